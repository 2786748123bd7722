package org.toolsmith.draft.offline;

import java.util.List;

/**
 * Words that only stress a kind's name ("the trucks themselves", "die Lieferwagen selbst", "les vélos
 * eux-mêmes", "los camiones en sí") are no part of it. The words are the lexicon's
 * {@code owner_fillers}; a kind's name may already be singular, so their singular counts too. In
 * German, a verb in small letters after a noun is no part of it ("Stunde trägt" → "Stunde").
 */
final class KindFillers {
    private KindFillers() {
    }

    /** The name without a trailing filler, or the name as it was. */
    static String strip(Lexicon lex, String name) {
        if (name == null || !name.contains(" ")) {
            return name;
        }
        String[] w = name.strip().split("\\s+");
        if (w.length >= 2 && (w[0].matches("\\d{1,5}") || lex.numberWords.contains(Text.fold(w[0]).toLowerCase(java.util.Locale.ROOT)))
                && Character.isLetter(w[1].charAt(0)) && !lex.stopwords.contains(Text.fold(w[1]))) {
            // "40 kit", "Onze médiathèques" (from "we have 40 bits of kit", "nous avons onze médiathèques"): the count is no part of the name
            return strip(lex, Text.capitalize(Inflector.singular(lex.lang, name.strip().substring(w[0].length()).strip())));
        }
        if (w.length >= 2 && lex.passingAdverbs.contains(Text.fold(w[w.length - 1])) && !name.endsWith(w[w.length - 1].toUpperCase(java.util.Locale.ROOT))) {
            // "Die Hotels selber nur mit Name …": an adverb after the stressing word ("selber nur", "themselves only") goes first
            return strip(lex, name.strip().substring(0, name.strip().length() - w[w.length - 1].length()).strip());
        }
        if (lex.lang == Lang.DE && w.length == 2 && Character.isUpperCase(w[0].charAt(0)) && Character.isLowerCase(w[1].charAt(0))
                && w[1].endsWith("t") && !w[1].endsWith("st")) {
            // "Nach jeder Stunde trägt der Tutor ein": after a German noun, a verb in small letters (its subject follows)
            return w[0];
        }
        String f = Text.fold(name);
        for (String filler : lex.ownerFillers) {
            String ff = Text.fold(filler);
            for (String form : List.of(ff, Text.fold(Inflector.singular(lex.lang, ff)))) {
                if (f.endsWith(" " + form) && f.length() == name.length()) {
                    // "Fahrzeuge selbst" was made singular at its last word: the noun is made singular now
                    return Inflector.singular(lex.lang, name.substring(0, name.length() - form.length()).strip());
                }
            }
        }
        return name;
    }
}
