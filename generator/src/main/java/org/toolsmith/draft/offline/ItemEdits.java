package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Field;

/**
 * A choice field named before a colon, then edits of its values one item at a time rather than the new set of values
 * (session 20): "Sizes: we've dropped Small and added XL", "Niveaux : Moyen s'appelle maintenant Intermédiaire, et il
 * manque Expert", "Tallas: quitar la S y añadir la XXL", "Größe: Klein heißt jetzt Mini, und XL fehlt noch". Each item
 * is read on its own: one option named with a word of naming is renamed ("X heißt Y", "call X Y", "Y instead of X"),
 * options named with a word of removal go, an item with a word of adding and no option gives one new value, an item
 * that is an option as it stands is kept. Only when every item reads so, and at least one is an edit, are the edits
 * made; else the caller reads the list as before. The words of the edit never become values.
 */
final class ItemEdits {
    /** What the items are joined by: a comma, a semicolon, "and / but" in the four languages. */
    private static final Pattern ITEM_BREAK = Pattern.compile("(?iu)\\s*(?:[,;]\\s*(?:(?:and|but|so|et|mais|donc|y|pero|und|aber|dann)\\s+)?"
            + "|\\s+(?:and|but|et|mais|y|pero|und|aber)\\s+)");
    private static final String WORD_END = "(?![\\p{L}\\p{N}'-])";
    private static final Pattern RENAME = p("(?<![\\p{L}\\p{N}'-])(?:renam\\w*|call\\w*|becomes?|became|instead of|rather than|now reads?|"
            + "renomm\\w*|appel\\w*|s'appell?e\\w*|devien\\w*|au lieu d[e']|plutot que|remplac\\w*|"
            + "cambi\\w*|llam\\w*|renombr\\w*|en vez de|en lugar de|pasa a ser|reemplaz\\w*|"
            + "heisst|heissen|heisse|nenn\\w*|umbenenn\\w*|wird zu|statt|anstatt|ersetz\\w*|replac\\w*)" + WORD_END);
    private static final Pattern REMOVE = p("(?<![\\p{L}\\p{N}'-])(?:remov\\w*|dropp?\\w*|delet\\w*|take (?:out|off)|taken (?:out|off)|took (?:out|off)|get rid|got rid|no longer|any ?more|gone|scrap\\w*|ditch\\w*|stop|stopped|stopping|"
            + "enlev\\w*|retir\\w*|supprim\\w*|arret\\w*|n'existe plus|plus de|"
            + "quit\\w*|elimin\\w*|borr\\w*|dej\\w* de|ya no|fuera|"
            + "streich\\w*|gestrichen|entfern\\w*|raus|weg|nicht mehr|losch\\w*|geloscht|eingestellt|abgeschafft)" + WORD_END);
    private static final Pattern ADD = p("(?<![\\p{L}\\p{N}'-])(?:add|adds|added|adding|new|missing|"
            + "ajout\\w*|rajout\\w*|nouve\\w*|manqu\\w*|"
            + "anad\\w*|agreg\\w*|nuev[oa]s?|falt\\w*|"
            + "erganz\\w*|fug|fuge|fugt|fugen|hinzu\\w*|dazu|neu|neue|neuer|neues|neuen|neuem|fehl\\w*)" + WORD_END);
    /** Words around a rename that are no part of the new name: "we call it … here", "heißt bei uns jetzt …", "pasa a llamarse …". */
    private static final Set<String> AROUND = RefineText.set("to", "into", "as", "by", "with", "now", "here", "from", "on", "just", "say", "says", "it", "that", "we", "i", "us", "is", "be", "should",
            "en", "par", "maintenant", "desormais", "ici", "chez", "nous", "on", "dit", "disons", "doit", "etre", "il", "elle", "se", "s", "est",
            "por", "a", "ahora", "aqui", "nosotros", "decimos", "debe", "ser", "se", "llamarse", "es",
            "zu", "durch", "mit", "in", "jetzt", "nun", "hier", "bei", "uns", "wir", "sagen", "soll", "sollte", "sein", "ab", "kunftig", "es", "das", "ist",
            // the rest of a cue said in two or three words: "rather than", "au lieu de", "en vez de"
            "rather", "than", "instead", "of", "au", "lieu", "de", "d", "plutot", "que", "vez", "lugar", "pasa", "wird", "the", "le", "la", "el", "der", "die");
    /** A word pointing back at the option just taken out: "„Heizung“ raus, das heißt bei uns …", "drop Fax, we call that …". */
    private static final Pattern BACK = p("^(?:that|this|it|we call (?:that|it)|ca|cela|ce|on (?:l'appelle|dit)|eso|esto|lo|das|dies|es)\\b");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'+.-]*");

    private ItemEdits() {
    }

    private enum Kind { KEEP, RENAME, REMOVE, ADD }

    private record Item(Kind kind, List<String> options, String value) {
    }

    /** Reads the items after a choice field's colon; true when every item was read and the edits made. */
    static boolean read(RefineSession s, RefineMatcher.FieldRef ref, String said) {
        Field f = ref.field();
        if (!f.type().hasOptions() || f.options().isEmpty()) {
            return false;
        }
        List<Item> items = new ArrayList<>();
        for (String part : ITEM_BREAK.split(said.strip().replaceAll("[.!?]+$", ""))) {
            if (part.isBlank()) {
                continue;
            }
            Item item = item(s, f, part.strip());
            Item before = items.isEmpty() ? null : items.get(items.size() - 1);
            if (item == null && before != null && before.kind() == Kind.REMOVE && before.options().size() == 1
                    && BACK.matcher(RefineText.fold(part.strip())).find() && RENAME.matcher(RefineText.fold(part)).find()) {
                // "„Heizung“ raus, das heißt bei uns „Wärmemengenzähler“": the option taken out is named anew
                String to = value(s, part, AROUND, RENAME, false);
                item = to == null ? null : new Item(Kind.RENAME, before.options(), to);
                items.remove(before);
            }
            if (item == null) {
                return false;
            }
            items.add(item);
        }
        if (items.stream().allMatch(i -> i.kind() == Kind.KEEP)) {
            return false;
        }
        List<String> options = new ArrayList<>(f.options());
        List<String> removed = new ArrayList<>();
        for (Item i : items) {
            if (i.kind() == Kind.RENAME) {
                options.set(options.indexOf(i.options().get(0)), i.value());
            } else if (i.kind() == Kind.REMOVE) {
                options.removeAll(i.options());
                removed.addAll(i.options());
            }
        }
        for (Item i : items) {
            if (i.kind() == Kind.ADD && options.stream().noneMatch(o -> RefineText.fold(o).equals(RefineText.fold(i.value())))) {
                options.add(i.value());
            }
        }
        if (options.isEmpty()) {
            return false;
        }
        s.replaceOptions(ref.entity().key(), f.key(), options, f.label() + " now offers: " + String.join(", ", options)
                + (removed.isEmpty() ? "." : " (" + String.join(", ", removed) + " taken out)."));
        return true;
    }

    /** One item: an option kept, renamed or taken out, or one value added; null when it reads as none of these. */
    private static Item item(RefineSession s, Field f, String part) {
        String text = RefineText.fold(RefineText.unquote(part)).strip();
        List<String> named = named(text, f);
        if (named.size() == 1 && RefineText.fold(named.get(0)).equals(text)) {
            return new Item(Kind.KEEP, named, null);
        }
        if (RENAME.matcher(text).find()) {
            if (named.size() != 1) {
                return null;
            }
            String rest = cut(part, named.get(0));
            String to = value(s, rest, AROUND, RENAME, false);
            return to == null ? null : new Item(Kind.RENAME, named, to);
        }
        if (REMOVE.matcher(text).find()) {
            String rest = part;
            for (String o : named) {
                rest = cut(rest, o);
            }
            // nothing but the options and the words of removal: "we've dropped 7 days", "„Heizung“ bitte raus"
            return named.isEmpty() || value(s, rest, AROUND, REMOVE, true) != null ? null : new Item(Kind.REMOVE, named, null);
        }
        if (ADD.matcher(text).find()) {
            // "added Extra large" beside Large: the value said whole, which may hold an option's word
            String v = value(s, part, AROUND, ADD, true);
            return v == null ? null : new Item(Kind.ADD, List.of(), v);
        }
        return null;
    }

    /** The options of the field said in the text as whole words, the longest first so "Gold 585" is not "Gold". */
    private static List<String> named(String text, Field f) {
        List<String> out = new ArrayList<>();
        String left = text;
        for (String o : f.options().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            String folded = RefineText.fold(o);
            int at = folded.isEmpty() ? -1 : Text.indexOfPhrase(left, folded);
            if (at >= 0) {
                out.add(o);
                left = left.substring(0, at) + " | " + left.substring(at + folded.length());
            }
        }
        return out;
    }

    /** The part with the option's words taken out (they are folded alike, so the cut is made by position on the folded text). */
    private static String cut(String part, String option) {
        String folded = RefineText.fold(part);
        String phrase = RefineText.fold(option);
        int at = phrase.isEmpty() ? -1 : Text.indexOfPhrase(folded, phrase);
        if (at < 0 || folded.length() != part.length()) {
            return part.replaceAll("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(option) + "(?![\\p{L}\\p{N}])", " | ");
        }
        return part.substring(0, at) + " | " + part.substring(at + phrase.length());
    }

    /**
     * The one value left in the words once the cue, the words around it and the fillers are trimmed from the edges:
     * one to four words in one run, not a field's label or a kind's name; null when nothing or more than one run is left. A
     * new name keeps its own first word ("One week"): only the words of naming are trimmed from it.
     */
    private static String value(RefineSession s, String words, Set<String> around, Pattern cue, boolean trimAll) {
        List<int[]> tokens = new ArrayList<>();
        Matcher t = TOKEN.matcher(words);
        while (t.find()) {
            tokens.add(new int[] {t.start(), t.end()});
        }
        List<Boolean> filler = new ArrayList<>();
        for (int[] k : tokens) {
            String w = RefineText.fold(words.substring(k[0], k[1]));
            filler.add(around.contains(w) || trimAll && ChoiceListEdits.trims(w) && !w.equals("extra") || cue.matcher(w).matches()
                    || RENAME.matcher(w).matches() || ADD.matcher(w).matches() || REMOVE.matcher(w).matches());
        }
        int a = 0;
        int b = tokens.size();
        while (a < b && filler.get(a)) {
            a++;
        }
        while (b > a && filler.get(b - 1)) {
            b--;
        }
        if (a >= b || b - a > 4) {
            return null;
        }
        String v = words.substring(tokens.get(a)[0], tokens.get(b - 1)[1]);
        if (v.contains("|") || cue.matcher(RefineText.fold(v)).find() || RENAME.matcher(RefineText.fold(v)).find()) {
            return null;
        }
        v = RefineText.capitalize(RefineText.unquote(v).replaceAll("^[\"'«„“‘\\s]+|[\"'»“”’\\s]+$", "").strip());
        String fv = RefineText.fold(v);
        boolean label = s.spec.entities().stream().anyMatch(e -> RefineText.fold(e.name()).equals(fv) || RefineText.fold(e.plural()).equals(fv)
                || e.fields().stream().anyMatch(x -> RefineText.fold(x.label()).equals(fv)));
        return v.isBlank() || label ? null : v;
    }
}
