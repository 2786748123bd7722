package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** Choice options as people write them: "a, b or c", "a/b/c", "a -> b -> c", "(a or b)". */
final class Options {
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|/|\\|)\\s*|\\s+(?:->|=>|>)\\s+");

    private static final char HARD_SPACE = '\u00a0';

    private Options() {
    }

    /** The alternatives in one piece of text, each capitalized, without duplicates. */
    static List<String> splitAlternatives(String text, Lexicon lex) {
        String t = text.strip().replaceAll("^(?i)(e\\.g\\.|eg|i\\.e\\.|ex\\.|z\\.b\\.|p\\.ex\\.)\\s*", "");
        t = t.replaceAll("\\.\\.\\.|…|\\betc\\.?", "").strip();
        t = TypeHints.withoutSeveralLead(lex, t);
        String ft = Text.fold(t);
        for (String m : lex.optionMarkers) {
            // "one of minor, major, blocker": the marker is no option ("like new" is, so one-word markers stay)
            if (m.contains(" ") && ft.startsWith(m + " ") && ft.length() == t.length()) {
                t = t.substring(m.length()).strip();
                break;
            }
        }
        t = keepHedgesWhole(t, lex);
        List<String> raw = new ArrayList<>();
        for (String piece : SEPARATORS.split(t)) {
            for (String alt : splitWords(piece, lex.or)) {
                raw.addAll(splitWords(alt, lex.and.stream().filter(a -> a.length() > 1).toList()));
            }
        }
        unhedge(raw, lex);
        List<String> out = new ArrayList<>();
        for (String a2 : raw) {
            String clean = clean(a2.replace(HARD_SPACE, ' '), lex);
            if (!clean.isEmpty()) {
                out.add(clean);
            }
        }
        return withoutUnit(dedupe(out));
    }

    /** "two or three X", "deux ou trois X": a hedge holding an "or" is not cut there (its spaces become hard ones). */
    private static String keepHedgesWhole(String t, Lexicon lex) {
        String f = Text.fold(t);
        if (f.length() != t.length()) {
            return t;
        }
        for (String h : lex.optionHedges) {
            if (h.indexOf(' ') < 0 || lex.or.stream().noneMatch(o -> h.contains(" " + o + " "))) {
                continue;
            }
            int at = f.indexOf(h + " ");
            while (at >= 0) {
                if (at == 0 || !Character.isLetterOrDigit(f.charAt(at - 1))) {
                    t = t.substring(0, at) + t.substring(at, at + h.length()).replace(' ', HARD_SPACE) + t.substring(at + h.length());
                }
                at = f.indexOf(h + " ", at + 1);
            }
        }
        return t;
    }

    /**
     * "mostly holstein, some jersey and a couple of brown swiss", "surtout X, quelques Y": when two or more values are led
     * by a word of how common they are, those words are no part of the values. One such word alone stays ("none, some
     * damage, heavy damage", "mostly fine, needs work").
     */
    private static void unhedge(List<String> alts, Lexicon lex) {
        if (alts.size() < 2 || lex.optionHedges.isEmpty()) {
            return;
        }
        int[] cut = new int[alts.size()];
        int hedged = 0;
        for (int i = 0; i < alts.size(); i++) {
            String whole = alts.get(i).replace(HARD_SPACE, ' ');
            String a = whole.strip();
            String f = Text.fold(a);
            for (String h : lex.optionHedges) {
                if (f.length() == a.length() && f.startsWith(h + " ") && f.length() > h.length() + 1) {
                    cut[i] = whole.indexOf(a) + h.length() + 1;
                    hedged++;
                    break;
                }
            }
        }
        if (hedged < 2) {
            return;
        }
        for (int i = 0; i < alts.size(); i++) {
            if (cut[i] > 0) {
                alts.set(i, alts.get(i).replace(HARD_SPACE, ' ').substring(cut[i]).strip());
            }
        }
    }

    /** "10, 20 or 40 minutes": the unit after the last number is no part of the options. */
    private static List<String> withoutUnit(List<String> options) {
        int n = options.size();
        if (n < 2 || !options.subList(0, n - 1).stream().allMatch(o -> o.matches("\\d+(?:[.,]\\d+)?"))) {
            return options;
        }
        String last = options.get(n - 1);
        if (!last.matches("\\d+(?:[.,]\\d+)?\\s+\\p{L}+")) {
            return options;
        }
        List<String> out = new ArrayList<>(options.subList(0, n - 1));
        out.add(last.split("\\s+")[0]);
        return out;
    }

    private static List<String> splitWords(String text, List<String> words) {
        List<String> out = new ArrayList<>();
        out.add(text);
        for (String w : words) {
            List<String> next = new ArrayList<>();
            for (String s : out) {
                next.addAll(List.of(s.split("(?i)\\s+" + Pattern.quote(w) + "\\s+")));
            }
            out = next;
        }
        return out;
    }

    private static String clean(String option, Lexicon lex) {
        String s = option.strip().replaceAll("^[\"'(]+|[\"').!?:]+$", "").strip();
        String f = Text.fold(s);
        for (String a : lex.articles) {
            // "some damage", "usually late": a word of how much or how often, alone in its list, is part of the value
            if (f.startsWith(a + " ") && f.length() > a.length() + 1 && !lex.optionHedges.contains(a)) {
                s = s.substring(a.length() + 1).strip();
                f = Text.fold(s);
            }
        }
        if (s.length() > 40 || s.isEmpty()) {
            return "";
        }
        return Text.capitalize(s);
    }

    private static List<String> dedupe(List<String> options) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String o : options) {
            if (seen.add(Text.fold(o))) {
                out.add(o);
            }
        }
        return out;
    }

    /** Whether options are just yes and no ("yes/no", "y/n", "oui/non"). */
    static boolean isYesNo(List<String> options) {
        if (options.size() != 2) {
            return false;
        }
        String a = Text.fold(options.get(0));
        String b = Text.fold(options.get(1));
        return YES.matcher(a).matches() && NO.matcher(b).matches();
    }

    private static final Pattern YES = Pattern.compile("yes|y|oui|o|si|s|ja|j|true|vrai");
    private static final Pattern NO = Pattern.compile("no|n|non|nein|false|faux|not|pas");

    /** Options that read as the stages of a record ("new", "approved"): the field is then a status. */
    static boolean lookLikeStatus(List<String> options, Lexicon lex) {
        long hits = options.stream().filter(o -> lex.statusWords.contains(Text.fold(o))).count();
        return hits * 2 >= options.size();
    }
}
