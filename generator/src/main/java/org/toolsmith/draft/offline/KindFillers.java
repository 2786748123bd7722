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
        if (name == null || !name.contains(" ") || lex.ownerFillers.isEmpty()) {
            return name;
        }
        String[] w = name.strip().split("\\s+");
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
