package org.toolsmith.draft.offline;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stops that end an abbreviation, not a sentence: "max. Teilnehmerzahl", "das Modul bzw. die
 * Lehrveranstaltung", "Lage z. B. 2. OG", "ca. 15 Baustellen", "approx. 40 rooms". The sentence model
 * of a language does not know every abbreviation of it; the piece after one goes on the sentence.
 */
final class AbbreviationStops {
    private AbbreviationStops() {
    }

    /** Abbreviations that are never the last word of a sentence ("etc." often is, so it is not here). */
    private static final Set<String> WORDS = Set.of("bzw", "usw", "ggf", "evtl", "inkl", "zzgl", "bspw", "ca", "max", "min",
            "vgl", "sog", "approx", "incl", "excl", "aprox", "nr", "tel", "tfno", "tlf", "env", "resp", "ref",
            "dr", "prof", "mr", "mrs", "ms", "st", "sr", "sra", "mme", "hr", "fr", "abt", "dept", "dpto", "depto", "str");
    /** Dotted pairs: "z. B.", "e.g.", "i.e.", "p. ej.", "p. ex.", "u. a.", "d. h.". */
    private static final Pattern DOTTED = Pattern.compile("(?:^|[\\s(])(?:z\\.\\s?b|e\\.\\s?g|i\\.\\s?e|p\\.\\s?ej|p\\.\\s?ex|u\\.\\s?a|d\\.\\s?h|o\\.\\s?a|s\\.\\s?o)\\.$");

    private static final Pattern ORDINAL = Pattern.compile("(?:^|\\s)\\d{1,2}\\.$");

    /** Whether {@code piece} ends with an abbreviation's stop rather than a sentence's. */
    static boolean endsWithOne(Lang lang, String piece) {
        String f = Text.fold(piece.strip());
        if (!f.endsWith(".")) {
            return false;
        }
        // German ordinals: "im 2. OG", "am 3. Mai"
        if (lang == Lang.DE && ORDINAL.matcher(f).find()) {
            return true;
        }
        if (DOTTED.matcher(f).find()) {
            return true;
        }
        int sp = Math.max(f.lastIndexOf(' '), f.lastIndexOf('('));
        String last = f.substring(sp + 1, f.length() - 1);
        return WORDS.contains(last);
    }
}
