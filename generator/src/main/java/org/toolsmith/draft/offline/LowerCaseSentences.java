package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences of a request typed all in small letters ("registrar visitas. guías: nombre, …"): a
 * full stop, a space and a small letter end a sentence too when what follows opens a list with a
 * heading of one to three words and a colon, unless the word before the stop is an abbreviation
 * ("e.g.", "etc.", "z. B.", "p. ej.", "approx.") or a single letter. Rule-based splitting only cut
 * before a capital, and the sentence models of some languages are missing. Splitting before any
 * small letter was tried and not kept: "banco de alimentos: registrar donaciones. donante (…) y
 * cada donación …" then read its heading sentence alone and lost the link.
 */
final class LowerCaseSentences {
    private static final Pattern STOP_THEN_SMALL = Pattern.compile(
            "(?<=[\\p{L}\\p{N})\\]])\\.\\s+(?=\\p{Ll}[\\p{L}'\\-]*(?: [\\p{L}'\\-]+){0,2} ?:)");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.]+)$");
    /** Abbreviations written with a stop in the four languages, folded, without their last stop. */
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "eg", "ie", "etc", "approx", "vs", "ca", "cf",
            "incl", "excl", "min", "max", "no", "nr", "nº", "tel", "dept", "st", "mr", "mrs", "ms", "dr", "sr", "sra",
            "srta", "ej", "p.ej", "aprox", "pag", "núm", "num", "art", "bzw", "usw", "z.b", "d.h", "u.a", "ggf", "evtl",
            "inkl", "zzgl", "vgl", "bsp", "z", "b", "ex", "env", "cad", "c.-à-d", "c.a.d", "p", "pp", "av", "ave", "dpt",
            "resp", "jr", "co", "inc", "ltd", "corp", "fig", "vol", "ref", "réf", "hr", "hrs", "mo", "tue", "wed", "thu",
            "fri", "sat", "sun", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private LowerCaseSentences() {
    }

    /** The piece cut at each full stop followed by a small letter that ends a sentence. */
    static List<String> split(String piece) {
        List<String> out = new ArrayList<>();
        Matcher m = STOP_THEN_SMALL.matcher(piece);
        int start = 0;
        while (m.find()) {
            Matcher w = LAST_WORD.matcher(piece.substring(start, m.start()));
            String word = w.find() ? Text.fold(w.group(1)).replaceAll("^\\.+", "") : "";
            if (word.length() <= 1 || ABBREVIATIONS.contains(word) || word.contains(".")) {
                continue;
            }
            out.add(piece.substring(start, m.start() + 1));
            start = m.end();
        }
        out.add(piece.substring(start));
        return out;
    }
}
