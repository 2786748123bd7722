package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** Choice options as people write them: "a, b or c", "a/b/c", "a -> b -> c", "(a or b)". */
final class Options {
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|/|\\|)\\s*|\\s+(?:->|=>|>)\\s+");

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
        List<String> out = new ArrayList<>();
        for (String piece : SEPARATORS.split(t)) {
            for (String alt : splitWords(piece, lex.or)) {
                for (String a2 : splitWords(alt, lex.and.stream().filter(a -> a.length() > 1).toList())) {
                    String clean = clean(a2, lex);
                    if (!clean.isEmpty()) {
                        out.add(clean);
                    }
                }
            }
        }
        return withoutUnit(dedupe(out));
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
            if (f.startsWith(a + " ") && f.length() > a.length() + 1) {
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
