package org.toolsmith.draft.offline;

import java.util.List;
import org.toolsmith.spec.FieldType;

/**
 * A field's type from its label: multi-word phrases first ("cost center", "date of birth"), then a
 * head that names an identifier ("invoice number" is text), then any word, in the lexicon's order.
 */
final class FieldTyper {
    private FieldTyper() {
    }

    /** "rating from 1 to 5", "score out of 10", "note de 1 à 5": a whole number on a scale. */
    private static final java.util.regex.Pattern SCALE = java.util.regex.Pattern.compile(
            "\\b\\d{1,3} ?(?:to|-|–|a|à|bis) ?\\d{1,3}\\b|\\b(?:out of|sur|von|de) \\d{1,3}$");

    /** Types already worked out, per language and label: the lexicons never change, and kind tests ask often. */
    private static final java.util.Map<String, FieldType> SEEN = new java.util.concurrent.ConcurrentHashMap<>();

    static FieldType type(Lexicon lex, String label) {
        String key = lex.lang.code + '\u0000' + label;
        FieldType known = SEEN.get(key);
        if (known != null) {
            return known;
        }
        String f = Text.fold(label);
        FieldType t = TypeFamilies.adjust(lex, f, DoneFlags.adjust(lex, label, MeasureLabels.adjust(lex, f, DoerLabels.adjust(lex, f, byWords(lex, label)))));
        if (SEEN.size() > 50_000) {
            SEEN.clear();
        }
        SEEN.put(key, t);
        return t;
    }

    private static FieldType byWords(Lexicon lex, String label) {
        String f = Text.fold(label);
        if (SCALE.matcher(f).find() && !f.matches(".*\\d{1,2}[:h.]\\d{2}.*")) {
            return FieldType.INTEGER;
        }
        for (Lexicon.TypeWords tw : lex.types) {
            for (String p : tw.phrases()) {
                if (Text.containsPhrase(f, p)) {
                    return tw.type();
                }
            }
        }
        List<String> words = Text.words(f);
        if (words.isEmpty()) {
            return FieldType.TEXT;
        }
        // "checked on", "fällig am": a date
        if (words.size() >= 2 && lex.dateSuffix.contains(words.get(words.size() - 1))) {
            return FieldType.DATE;
        }
        String head = head(lex, words);
        if (lex.identifier.contains(head)) {
            // "número de personas" counts; "número de pedido" names
            for (Lexicon.TypeWords tw : lex.types) {
                if (tw.type() == FieldType.INTEGER && words.stream().anyMatch(w -> !w.equals(head) && tw.words().contains(w))) {
                    return FieldType.INTEGER;
                }
            }
            return FieldType.TEXT;
        }
        // the head decides first for types that a head word settles: "price per day" is money
        for (Lexicon.TypeWords tw : lex.types) {
            if (STRONG.contains(tw.type()) && tw.words().contains(head)) {
                return tw.type();
            }
        }
        // "total weight", "gross weight": a measure named by its head; "total" and the like only qualify it
        int headAt = words.indexOf(head);
        if (words.size() >= 2 && headAt > 0 && typeOfWord(lex, head) == FieldType.DECIMAL
                && words.subList(0, headAt).stream().allMatch(w -> QUALIFIERS.contains(w) || typeOfWord(lex, w) == null)) {
            return FieldType.DECIMAL;
        }
        // "brakes ok", "horn working": a check that passes or not
        if (words.size() >= 2 && CHECK_ENDS.contains(words.get(words.size() - 1))) {
            return FieldType.BOOLEAN;
        }
        int complement = complementStart(lex, words, head);
        for (Lexicon.TypeWords tw : lex.types) {
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                if (tw.words().contains(w) || (lex.lang == Lang.DE && compoundEndsWith(w, tw.words()))) {
                    if (tw.type() == FieldType.PERSON && i >= complement) {
                        continue; // "training needs of the employee", "poste du salarié": about the person, not a person
                    }
                    return tw.type();
                }
            }
        }
        return FieldType.TEXT;
    }

    /** Words that qualify a measure without naming a type of their own: "total weight", "peso bruto". */
    private static final java.util.Set<String> QUALIFIERS = java.util.Set.of("total", "gross", "net", "average", "avg",
            "overall", "brut", "brute", "nette", "totale", "moyen", "moyenne", "bruto", "neto", "media", "medio",
            "brutto", "netto", "gesamt", "durchschnittliche", "durchschnittlicher");
    /** Last words that make a label a pass/fail check: "brakes ok", "lights working". */
    private static final java.util.Set<String> CHECK_ENDS = java.util.Set.of("ok", "okay", "working", "functioning");

    /** The type whose word list holds {@code w}, or null. */
    private static FieldType typeOfWord(Lexicon lex, String w) {
        for (Lexicon.TypeWords tw : lex.types) {
            if (tw.words().contains(w)) {
                return tw.type();
            }
        }
        return null;
    }

    /** Heads that name the person said after them: "name of the approver", "nom du responsable". */
    private static final java.util.Set<String> NAME_HEADS = java.util.Set.of("name", "names", "nom", "noms", "nombre",
            "nombres", "namen", "vorname", "nachname");

    /**
     * Where the complement after the head starts ("of the employee", "du salarié", "del empleado", "des
     * Mitarbeiters"): a person word there says whose the value is, not that the value is a person. No
     * complement, or a head that is a name, gives the label's length.
     */
    private static int complementStart(Lexicon lex, List<String> words, String head) {
        if (NAME_HEADS.contains(head)) {
            return words.size();
        }
        int at = words.indexOf(head);
        for (int i = Math.max(1, at + 1); i < words.size(); i++) {
            if (lex.npStop.contains(words.get(i))) {
                return i == at + 1 ? i : words.size();
            }
        }
        return words.size();
    }

    private static final java.util.Set<FieldType> STRONG = java.util.EnumSet.of(FieldType.FILE, FieldType.EMAIL,
            FieldType.PHONE, FieldType.URL, FieldType.PERSON, FieldType.DATETIME, FieldType.DATE, FieldType.MONEY,
            FieldType.INTEGER, FieldType.CHOICE);

    /** The word a noun phrase is about: last in English and German, first in French and Spanish. */
    static String head(Lexicon lex, List<String> words) {
        if (!lex.lang.headLast()) {
            return words.get(0);
        }
        // "date of birth", "price per day": the head comes before the preposition
        for (int i = 1; i < words.size(); i++) {
            if (lex.npStop.contains(words.get(i))) {
                return words.get(i - 1);
            }
        }
        return words.get(words.size() - 1);
    }

    /** German compounds: "Lieferdatum" ends with "datum". */
    private static boolean compoundEndsWith(String word, java.util.Set<String> stems) {
        if (word.length() < 6) {
            return false;
        }
        for (String s : stems) {
            if (s.length() >= 4 && word.endsWith(s)) {
                return true;
            }
        }
        return false;
    }

    /** Like {@link #hasTypeWord} but ignoring words that are often option values ("paid", "open"). */
    static boolean hasFieldWord(Lexicon lex, String folded) {
        List<String> words = Text.words(folded);
        for (Lexicon.TypeWords tw : lex.types) {
            if (tw.type() == FieldType.TEXT || tw.type() == FieldType.BOOLEAN) {
                continue;
            }
            if (words.stream().anyMatch(tw.words()::contains)) {
                return true;
            }
        }
        return !words.isEmpty() && lex.identifier.contains(words.get(words.size() - 1));
    }

    /** Whether any word or phrase of the label is in the type lexicon. */
    static boolean hasTypeWord(Lexicon lex, String folded) {
        List<String> words = Text.words(folded);
        for (Lexicon.TypeWords tw : lex.types) {
            if (tw.type() == FieldType.TEXT) {
                continue;
            }
            for (String w : words) {
                if (tw.words().contains(w)) {
                    return true;
                }
            }
            for (String p : tw.phrases()) {
                if (Text.containsPhrase(folded, p)) {
                    return true;
                }
            }
        }
        return lex.identifier.contains(words.isEmpty() ? "" : words.get(words.size() - 1));
    }
}
