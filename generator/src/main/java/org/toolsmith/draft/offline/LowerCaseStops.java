package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentence ends typed in lower case: "… phone and address. then for each visit we note …". The
 * sentence model only ends a sentence before a capital, so a request typed on a phone was one long
 * sentence and every shape that opens a sentence ("for each", "de los clientes …") was lost. A full
 * stop after a word of three letters or more, then a space and a small letter, ends the sentence;
 * abbreviations ("e.g.", "approx.", "z.b.", "bzw.", "tel.", words with no vowel) do not. Only for
 * writers who do not capitalise: where most sentences start with a capital, a small letter after a
 * stop is left as it was (on a well-punctuated hidden set, cutting there lost a Spanish case). A stop right after a
 * closing bracket ("estado (pendiente, lista). un cliente puede …") ends the sentence too.
 */
final class LowerCaseStops {
    private static final Pattern STOP = Pattern.compile("(?:(?<=(?:^|[^\\p{L}.])(\\p{L}{3,20}))|(?<=\\)))\\.\\s+(?=\\p{Ll})");
    /** A word that opens a sentence about each record of a kind: "… parks dept. every tree has …". */
    private static final Pattern EACH_OPENS = Pattern.compile("(?:each|every|chaque|cada|jede[rsmn]?)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern VOWEL = Pattern.compile("[aeiouy]");
    /** Abbreviations of three letters or more written with a final stop, in the four languages. */
    private static final Set<String> ABBREVIATIONS = Set.copyOf(List.of("etc", "approx", "incl", "excl", "dept", "tel", "min", "max",
            "nos", "ref", "resp", "env", "aprox", "núm", "tél", "bzw", "usw", "ggf", "evtl", "inkl", "zzgl", "bspw",
            "str", "tlf", "avda", "dpto", "sra", "srta", "mme", "mlle", "vgl", "sog", "ca", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "esp", "prof", "abt", "univ", "gen", "eng", "mgr", "ing", "lic", "mtto", "fak", "máx", "mín", "pág", "admón", "dña", "dra", "arq", "aprox", "tfno", "uds", "prov", "depto", "cía", "sta", "sto", "avd", "apdo", "ext", "obs", "cant", "art", "fig", "chap", "tél", "réf", "éd", "env", "hab", "hno", "pza", "gral"));

    private LowerCaseStops() {
    }

    /** Whether {@code piece} opens with an each-word in small letters ("every tree has …"): a sentence, whatever stop came before. */
    static boolean opensEach(String piece) {
        return !piece.isEmpty() && Character.isLowerCase(piece.charAt(0)) && EACH_OPENS.matcher(piece).lookingAt();
    }

    /**
     * Whether the writer starts sentences with a capital more often than not (counting the sentence
     * starts found and the lower-case stops): then a small letter after a full stop is more likely
     * an abbreviation's tail, and nothing is cut.
     */
    private static boolean capitalising(List<String> pieces) {
        int upper = 0;
        int lower = 0;
        for (String piece : pieces) {
            if (!piece.isEmpty() && Character.isUpperCase(piece.codePointAt(0))) {
                upper++;
            }
            Matcher m = STOP.matcher(piece);
            while (m.find()) {
                lower++;
            }
        }
        return upper > lower;
    }

    /** The pieces, each cut again where a full stop is followed by a word in lower case. */
    static List<String> split(List<String> pieces) {
        List<String> out = new ArrayList<>();
        if (capitalising(pieces)) {
            return pieces;
        }
        for (String piece : pieces) {
            int from = 0;
            Matcher m = STOP.matcher(piece);
            while (m.find()) {
                String word = m.group(1) == null ? "" : m.group(1).toLowerCase(java.util.Locale.ROOT);
                if (m.group(1) != null && !EACH_OPENS.matcher(piece).region(m.end(), piece.length()).lookingAt() && (ABBREVIATIONS.contains(word) || ABBREVIATIONS.contains(Text.fold(word)) || !VOWEL.matcher(Text.fold(word)).find())) {
                    // "approx. weight", "máx. 3", "kgs. y", "tfno. fijo": no vowel, no word
                    continue;
                }
                out.add(piece.substring(from, m.start() + 1).strip());
                from = m.end();
            }
            out.add(piece.substring(from).strip());
        }
        out.removeIf(String::isBlank);
        return out;
    }
}
