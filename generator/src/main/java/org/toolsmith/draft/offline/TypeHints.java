package org.toolsmith.draft.offline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * What an aside after a field says of its type: "(external, just the name)" is typed text, "(one of
 * our staff)" a person, "(date and time)" a date with its time, "(kg)" or "(e.g. 3.5)" a measure,
 * "(e.g. 12,50 €)" money. Such an aside is never a list of options.
 */
final class TypeHints {
    private TypeHints() {
    }

    private static final Pattern MONEY = Pattern.compile("^(?:[€$£]\\s?\\d[\\d.,]*|\\d[\\d.,]*\\s?(?:€|\\$|£|eur|euros?|usd|gbp))$");
    private static final Pattern DECIMAL = Pattern.compile("^\\d+[.,]\\d+(?:\\s?(?:%|[\\p{L}°/²³]{1,6}))?$|^\\d+\\s?(?:%|h|hrs?|mins?|[\\p{L}°/²³]{1,4})$");
    private static final Pattern WHOLE = Pattern.compile("^\\d{1,6}$");
    private static final Pattern EXAMPLE_LEAD = Pattern.compile(
            "^(?:e\\.?\\s?g\\.?|eg|i\\.?e\\.?|like|say|such as|for example|ex\\.?|p\\.?\\s?ex\\.?|par exemple|comme|ej\\.?|p\\.?\\s?ej\\.?|por ejemplo|como|z\\.?\\s?b\\.?|zb|zum beispiel|etwa|bspw\\.?)[:,]?\\s*");
    private static final Set<FieldType> LOOSE = EnumSet.of(FieldType.TEXT, FieldType.CHOICE, FieldType.LONG_TEXT);

    /**
     * Parts of an aside that say how the value is written, by family (session 25, helper s25y): a long or free text
     * ("free text, can be long", "texto libre, a veces largo", "Freitext, auch mal länger", "plusieurs paragraphes"),
     * decimals ("decimals ok", "avec décimales", "mit Komma") and a file ("upload", "PDF", "à joindre", "zum Hochladen").
     * Before, "(texto libre, a veces largo)" and "(kg, decimals ok)" were read as two options.
     */
    private static final String SOFT = "(?:(?:can|may|might) be |sometimes |quite |very |parfois |peut etre |assez |tres |a veces |puede ser |bastante |muy |auch mal |gern |gerne |oft |eher |ruhig |ok |okay )*";
    private static final Pattern LONG_PART = Pattern.compile("^" + SOFT + "(?:free ?text|free text box|texte libre|texto libre|freitext|long|longer|long text|texte long|texto largo|langer text|langer|lang|largo|larga|mas largo|ausfuhrlich|detailed|detaille|detaillee|detallado|detallada|"
            + "(?:a few|several|some) paragraphs|paragraphs|plusieurs paragraphes|quelques paragraphes|varios parrafos|algunos parrafos|mehrere absatze|ein paar absatze|"
            + "(?:a )?long comment|(?:a )?long description|notes? libres?)$");
    private static final Pattern DECIMAL_PART = Pattern.compile("^" + SOFT + "(?:decimals?(?: ok| allowed| are fine)?|with decimals|avec (?:des )?decimales|decimales (?:ok|acceptees|possibles)|a virgule|con decimales|decimales|mit komma|mit nachkommastellen|kommazahl|dezimal|dezimalzahl)$");
    private static final Pattern FILE_PART = Pattern.compile("^" + SOFT + "(?:upload|file|file upload|image upload|upload(?:ed)? image|pdf|scan|scanned|attachment|as an attachment|a joindre|piece jointe|en piece jointe|fichier|fichier image|fichier pdf|"
            + "adjunto|archivo|archivo adjunto|subir imagen|subir archivo|imagen|zum hochladen|hochladen|bild hochladen|datei|anhang|als anhang|pdf-datei)$");

    private static final Pattern PART_MARKS = Pattern.compile(",|;|\\s/\\s");

    private static java.util.List<String> parts(String fi) {
        return java.util.Arrays.stream(PART_MARKS.split(fi)).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    /** Whether every part of the aside says how the value is written (a unit, a long text, decimals, a file). */
    static boolean writtenAs(TypeCues c, String fi) {
        return writtenAs(c, parts(fi));
    }

    private static boolean writtenAs(TypeCues c, List<String> ps) {
        return !ps.isEmpty() && ps.stream().allMatch(x -> LONG_PART.matcher(x).matches() || DECIMAL_PART.matcher(x).matches()
                || FILE_PART.matcher(x).matches() || MeasureLabels.unitOnly(c, x))
                && ps.stream().anyMatch(x -> !MeasureLabels.unitOnly(c, x) || ps.size() == 1);
    }

    /** The type a folded written-as aside says ("free text, can be long", "kg, decimals ok", "PDF"), or null. */
    static FieldType written(Lang lang, String folded) {
        return writtenType(TypeCues.of(lang), folded.strip());
    }

    private static FieldType writtenType(TypeCues c, String h) {
        List<String> ps = parts(h);
        if (!writtenAs(c, ps)) {
            return null;
        }
        if (ps.stream().anyMatch(x -> FILE_PART.matcher(x).matches())) {
            return FieldType.FILE;
        }
        if (ps.stream().anyMatch(x -> DECIMAL_PART.matcher(x).matches() || MeasureLabels.unitOnly(c, x))) {
            return FieldType.DECIMAL;
        }
        return FieldType.LONG_TEXT;
    }

    /** Whether the folded aside {@code fi} speaks of the value's type rather than listing options. */
    static boolean aside(Lexicon lex, String fi) {
        TypeCues c = TypeCues.of(lex.lang);
        if (writtenAs(c, fi)) {
            return true;
        }
        // "(court, filing, internal)" lists options even though "internal" is a cue
        boolean fewParts = PART_MARKS.split(fi).length <= 2;
        return fewParts && (TypeCues.any(c.outside, fi) || TypeCues.any(c.staff, fi) || TypeCues.any(c.datetime, fi))
                || TypeCues.any(c.outside.stream().filter(x -> x.contains(" ")).toList(), fi)
                || MeasureLabels.unitOnly(c, fi) || example(fi) != null || singleExample(lex, fi);
    }

    /** The type of a field labelled {@code type} once its aside {@code hint} is read. */
    static FieldType apply(Lexicon lex, CharSequence hint, FieldType type, String label) {
        if (hint.length() == 0) {
            return type;
        }
        String h = Text.fold(hint.toString());
        TypeCues c = TypeCues.of(lex.lang);
        FieldType written = writtenType(c, h.strip());
        if (written != null && (LOOSE.contains(type) || type == FieldType.INTEGER && written == FieldType.DECIMAL)) {
            // "instructions (free text, can be long)", "weight (kg, decimals ok)", "the contract (PDF)"
            return written;
        }
        if (TypeCues.any(c.outside, h) && (type == FieldType.PERSON || type == FieldType.CHOICE)) {
            return FieldType.TEXT;
        }
        if (TypeCues.any(c.staff, h) && !TypeCues.any(c.outside, h) && type == FieldType.TEXT) {
            return FieldType.PERSON;
        }
        if (TypeCues.any(c.multi, h) && dayField(lex, label)) {
            return FieldType.MULTI_CHOICE;
        }
        // "collected (date and time)": when it happened, to the minute
        if (TypeCues.any(c.datetime, h) && (type == FieldType.DATE || type == FieldType.BOOLEAN || LOOSE.contains(type))) {
            return FieldType.DATETIME;
        }
        FieldType ex = example(h);
        if (ex != null && (LOOSE.contains(type) || (type == FieldType.INTEGER && ex == FieldType.DECIMAL))) {
            return ex;
        }
        if (LOOSE.contains(type) && MeasureLabels.unitOnly(c, h)) {
            return FieldType.DECIMAL;
        }
        if (type == FieldType.INTEGER && label != null && MeasureLabels.unitOnly(c, h) && MeasureLabels.quantity(lex, Text.fold(label))) {
            // "quantity (kg)", "Betonmenge (m³)", "cantidad (l)": a bare quantity measured in a unit
            return FieldType.DECIMAL;
        }
        if (type == FieldType.MONEY && MeasureLabels.countLead(lex, c, h.strip())) {
            // "credit (number of credits)", "points (how many)": an aside that counts makes a whole number
            return FieldType.INTEGER;
        }
        if (type == FieldType.TEXT) {
            FieldType ht = FieldTyper.type(lex, hint.toString());
            // "Eingang: Datum": a one-word date hint says the type as well (helper d1)
            if (ht == FieldType.FILE || ht == FieldType.DECIMAL || ht == FieldType.INTEGER || ht == FieldType.MONEY
                    || (ht == FieldType.DATE || ht == FieldType.DATETIME) && Text.wordCount(hint.toString()) == 1) {
                return ht;
            }
        }
        return type;
    }

    /** "(z. B. WiSe 25/26)", "(e.g. Room 4)": one example after its lead is no list of options. */
    private static boolean singleExample(Lexicon lex, String fi) {
        java.util.regex.Matcher m = EXAMPLE_LEAD.matcher(fi.strip());
        if (!m.lookingAt() || m.end() == 0) {
            return false;
        }
        String rest = fi.strip().substring(m.end());
        return !rest.isBlank() && !rest.contains(",") && !rest.contains(";") && !rest.replaceAll("\\d/\\d", "").contains("/")
                && Text.wordCount(rest) <= 4
                && lex.or.stream().noneMatch(o -> Text.containsPhrase(rest, o));
    }

    /** The type an example value shows: "e.g. 3.5", "like 4,2 %", "z. B. 12,50 €", "2h"; null when it is no value. */
    static FieldType example(String folded) {
        String v = EXAMPLE_LEAD.matcher(folded.strip()).replaceFirst("").strip();
        if (v.isEmpty() || !Character.isDigit(v.charAt(0)) && "€$£".indexOf(v.charAt(0)) < 0) {
            return null;
        }
        if (MONEY.matcher(v).matches()) {
            return FieldType.MONEY;
        }
        if (DECIMAL.matcher(v).matches()) {
            return FieldType.DECIMAL;
        }
        boolean led = v.length() < folded.strip().length();
        return led && WHOLE.matcher(v).matches() ? FieldType.INTEGER : null;
    }

    private static final Pattern LEFTOVER = Pattern.compile("^[\\s(\\-–:,]*(?:(?:of|de|d'|parmi|von|among|from|entre)\\s+)?|[\\s()\\-–:,]*$");

    /**
     * Whether a choice may hold several values: "(one or more of …)", "any of …", "(plusieurs possibles)",
     * "mehrere möglich" in the item or inside its options. The cue words are taken out of the options.
     */
    static boolean several(Lexicon lex, List<String> options, String because) {
        TypeCues c = TypeCues.of(lex.lang);
        boolean found = TypeCues.any(c.multi, Text.fold(because));
        for (int i = options.size() - 1; i >= 0; i--) {
            String o = options.get(i);
            String fo = Text.fold(o);
            boolean cut = false;
            for (String cue : c.multi) {
                int at = fo.indexOf(cue);
                if (at >= 0 && Text.containsPhrase(fo, cue)) {
                    o = fo.length() == o.length() ? o.substring(0, at) + " " + o.substring(at + cue.length())
                            : fo.substring(0, at) + " " + fo.substring(at + cue.length());
                    fo = Text.fold(o);
                    cut = true;
                }
            }
            if (cut) {
                found = true;
                String rest = Text.squash(LEFTOVER.matcher(o.strip()).replaceAll(""));
                if (rest.isEmpty() || Text.words(Text.fold(rest)).isEmpty()) {
                    options.remove(i);
                } else {
                    options.set(i, Text.capitalize(rest));
                }
            }
        }
        return found;
    }

    /** Whether a label names days of the week to pick ("days", "jours de cours", "Wochentage"). */
    static boolean dayField(Lexicon lex, String label) {
        List<String> words = Text.words(Text.fold(label));
        return !words.isEmpty() && TypeCues.of(lex.lang).dayWords.contains(FieldTyper.head(lex, words));
    }

    /** "one or more of vegan, vegetarian": the cue before a list of options is none of them. */
    static String withoutSeveralLead(Lexicon lex, String text) {
        String f = Text.fold(text);
        for (String cue : TypeCues.of(lex.lang).multi) {
            if (f.startsWith(cue + " ") && f.length() == text.length()) {
                return LEFTOVER.matcher(text.substring(cue.length())).replaceFirst("");
            }
        }
        return text;
    }

    /**
     * Items that only say "several may apply" ("can be several", "une ou plusieurs parmi …"): their
     * options, if any, go to the field before, which becomes a multiple choice (days get the weekdays).
     */
    static void foldSeveralItems(Lexicon lex, List<DraftField> fields) {
        TypeCues c = TypeCues.of(lex.lang);
        for (int i = fields.size() - 1; i > 0; i--) {
            DraftField f = fields.get(i);
            String rest = Text.fold(f.label);
            for (String cue : c.multi) {
                rest = Text.squash((" " + rest + " ").replace(" " + cue + " ", " "));
            }
            rest = LEFTOVER.matcher(rest).replaceAll("");
            boolean only = !rest.equals(Text.fold(f.label)) && Text.words(rest).stream()
                    .allMatch(w -> lex.stopwords.contains(w) || lex.articles.contains(w) || lex.optionMarkers.contains(w));
            if (!only) {
                continue;
            }
            DraftField prev = fields.get(i - 1);
            if (!f.options.isEmpty() && prev.options.isEmpty() && !prev.type.hasOptions()) {
                prev.options(f.options);
                prev.type = FieldType.MULTI_CHOICE;
            } else if (prev.type == FieldType.CHOICE) {
                prev.type = FieldType.MULTI_CHOICE;
            } else if (dayField(lex, prev.label) && f.options.isEmpty()) {
                prev.type = FieldType.MULTI_CHOICE;
                prev.options(lex.defaultOptions("day"));
            } else if (prev.type != FieldType.MULTI_CHOICE) {
                continue;
            }
            fields.remove(i);
        }
    }

    /** "Minibar items used", "rooms booked": a plural noun before a participle names several things. */
    static boolean pluralThenParticiple(Lexicon lex, String label) {
        List<String> w = Text.words(Text.fold(label));
        if (lex.lang != Lang.EN || w.size() < 2) {
            return false;
        }
        String last = w.get(w.size() - 1);
        String noun = w.get(w.size() - 2);
        return (last.endsWith("ed") || lex.participles.contains(last)) && noun.length() > 3
                && !Inflector.singularWord(lex.lang, noun).equals(noun);
    }
}
