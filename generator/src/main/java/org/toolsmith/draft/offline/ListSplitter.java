package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a list the way people write one into items: commas, semicolons, "and", "&", "+", bullets,
 * question marks ("ordered? ready?"), never inside parentheses. A choice written inline ("status
 * can be new, in progress or done", "type: a, b, c", "method - cash, card -") stays one item with
 * its options.
 */
final class ListSplitter {
    /** One list item and, when it carried them inline, its options. */
    record Item(String text, List<String> options) {
        Item(String text) {
            this(text, List.of());
        }
    }

    private final Lexicon lex;
    private final Pattern optionLead;

    ListSplitter(Lexicon lex) {
        this.lex = lex;
        this.optionLead = Pattern.compile("^(.{1,40}?)\\s*(?::|\\s-\\s|\\s(?:" + String.join("|", quoteAll(lex.optionMarkers))
                + ")\\s)\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    }

    List<Item> split(String text) {
        List<String> raw = splitDepthZero(text);
        return mergeOptions(raw);
    }

    /** Splits at separators outside parentheses. */
    List<String> splitDepthZero(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        String s = text;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
            if (depth == 0) {
                if (c == ',' || c == ';' || c == '\n' || c == '•') {
                    flush(parts, cur);
                    continue;
                }
                if (c == '?' && i + 1 < s.length() && s.charAt(i + 1) == ' ' && nextIsWord(s, i + 1)) {
                    cur.append('?');
                    flush(parts, cur);
                    continue;
                }
                int skip = conjunctionAt(s, i, cur);
                if (skip > 0) {
                    flush(parts, cur);
                    i += skip - 1;
                    continue;
                }
            }
            cur.append(c);
        }
        flush(parts, cur);
        return parts;
    }

    private static boolean nextIsWord(String s, int i) {
        int j = i;
        while (j < s.length() && s.charAt(j) == ' ') {
            j++;
        }
        return j < s.length() && Character.isLetter(s.charAt(j));
    }

    /** Length of an "and"-like word starting at i (with its spaces), or 0. */
    private int conjunctionAt(String s, int i, StringBuilder cur) {
        if (i == 0 || s.charAt(i) != ' ') {
            return 0;
        }
        String rest = Text.fold(s.substring(i + 1, Math.min(s.length(), i + 16)));
        for (String a : lex.and) {
            if (rest.startsWith(a + " ")) {
                if (keptTogether(cur, a, s.substring(i + 1 + a.length()))) {
                    return 0;
                }
                if (cur.toString().isBlank()) {
                    return 0;
                }
                return 1 + a.length() + 1;
            }
        }
        return 0;
    }

    /** "date and time" stays one item. */
    private boolean keptTogether(StringBuilder cur, String conj, String after) {
        List<String> before = Text.words(Text.fold(cur.toString()));
        List<String> next = Text.words(Text.fold(after));
        if (before.isEmpty() || next.isEmpty()) {
            return false;
        }
        return lex.keepTogether.contains(before.get(before.size() - 1) + " " + conj + " " + next.get(0));
    }

    private static void flush(List<String> parts, StringBuilder cur) {
        String t = cur.toString().strip();
        t = t.replaceAll("^[-*•·]+\\s*", "").replaceAll("[.!]+$", "").strip();
        if (!t.isEmpty()) {
            parts.add(t);
        }
        cur.setLength(0);
    }

    /** Joins "status: new", "open", "closed" back into one item with options. */
    private List<Item> mergeOptions(List<String> raw) {
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String part = raw.get(i);
            Matcher m = optionLead.matcher(part);
            if (m.matches() && looksLikeOption(m.group(2)) && !m.group(1).contains("(") && Text.wordCount(m.group(1)) <= 4) {
                List<String> opts = new ArrayList<>();
                boolean dash = part.contains(" - ");
                String first = m.group(2).strip();
                boolean closed = addOption(opts, first);
                int j = i + 1;
                while (!closed && j < raw.size()) {
                    String next = raw.get(j);
                    if (dash && next.contains(" - ")) {
                        int k = next.indexOf(" - ");
                        addOption(opts, next.substring(0, k));
                        raw.set(j, next.substring(k + 3));
                        break;
                    }
                    if (!looksLikeOption(next)) {
                        break;
                    }
                    closed = addOption(opts, next);
                    j++;
                }
                if (opts.size() >= 2) {
                    out.add(new Item(m.group(1).strip(), opts));
                    i = j - 1;
                    continue;
                }
            }
            out.add(new Item(part));
        }
        return out;
    }

    /** Adds one option, or several for "a or b" / "a/b"; returns true when the list ended ("or"). */
    private boolean addOption(List<String> opts, String text) {
        String t = text.strip().replaceAll("[.!)]+$", "");
        List<String> pieces = Options.splitAlternatives(t, lex);
        opts.addAll(pieces);
        return pieces.size() > 1 && Text.fold(t).matches(".*\\s(" + String.join("|", lex.or) + ")\\s.*");
    }

    /** Short, and neither a noun phrase with an article nor a field word. */
    boolean looksLikeOption(String text) {
        String f = Text.fold(text);
        List<String> w = Text.words(f);
        if (w.isEmpty() || w.size() > 4) {
            return false;
        }
        if (lex.articles.contains(w.get(0)) || lex.whStart(f)) {
            return false;
        }
        return w.size() < 2 || !FieldTyper.hasTypeWord(lex, f);
    }

    private static List<String> quoteAll(List<String> words) {
        return words.stream().map(Pattern::quote).toList();
    }
}
