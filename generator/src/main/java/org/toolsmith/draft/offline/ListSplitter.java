package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * Cuts a list the way people write one into items: commas, semicolons, "and", "&", "+", bullets,
 * question marks ("ordered? ready?"), never inside parentheses. A choice written inline ("status
 * can be new, in progress or done", "type: a, b, c", "method - cash, card -", "whether they
 * attended, cancelled or no-showed") stays one item with its options.
 */
final class ListSplitter {
    /** One list item; {@code joined} when "and" (not a comma) came before it. */
    record Item(String text, List<String> options, boolean joined) {
        Item(String text) {
            this(text, List.of(), false);
        }

        Item(String text, List<String> options) {
            this(text, options, false);
        }
    }

    private final Lexicon lex;
    private final Pattern optionLead;

    ListSplitter(Lexicon lex) {
        this.lex = lex;
        this.optionLead = lex.optionLead;
    }

    List<Item> split(String text) {
        return mergeOptions(splitDepthZero(text));
    }

    /** Splits at separators outside parentheses. */
    List<Item> splitDepthZero(String s) {
        List<Item> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        boolean joined = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
            if (depth == 0) {
                boolean digitComma = c == ',' && i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1))
                        && Character.isDigit(s.charAt(i + 1));
                if ((c == ',' || c == ';' || c == '\n' || c == '•') && !digitComma) {
                    flush(parts, cur, joined);
                    joined = false;
                    continue;
                }
                if (c == '?' && i + 1 < s.length() && s.charAt(i + 1) == ' ' && nextIsWord(s, i + 1)) {
                    cur.append('?');
                    flush(parts, cur, joined);
                    joined = false;
                    continue;
                }
                int skip = conjunctionAt(s, i, cur);
                if (skip > 0) {
                    flush(parts, cur, joined);
                    joined = true;
                    i += skip - 1;
                    continue;
                }
            }
            cur.append(c);
        }
        flush(parts, cur, joined);
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
        if (i == 0 || s.charAt(i) != ' ' || cur.toString().isBlank()) {
            return 0;
        }
        String rest = Text.fold(s.substring(i + 1, Math.min(s.length(), i + 20)));
        for (String a : lex.and) {
            if (rest.startsWith(a + " ") && !keptTogether(cur, a, s.substring(i + 1 + a.length()))) {
                return 1 + a.length() + 1;
            }
        }
        for (String w : lex.withSplit) {
            if (rest.startsWith(w + " ")) {
                // "the form number with the scan": the article stays with the next item
                return 1 + w.indexOf(' ') + 1;
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

    private void flush(List<Item> parts, StringBuilder cur, boolean joined) {
        String t = cur.toString().strip();
        cur.setLength(0);
        t = END_MARKS.matcher(LEAD_MARKS.matcher(t).replaceAll("")).replaceAll("").strip();
        boolean again = true;
        while (again) {
            again = false;
            String f = Text.fold(t);
            for (String a : lex.and) {
                // "+ name" (after "tag, + name"): a sign opens the item as "and" does
                if (f.startsWith(a + " ") && f.length() == t.length()) {
                    t = t.substring(a.length() + 1).strip();
                    joined = true;
                    again = true;
                    break;
                }
            }
        }
        if (!t.isEmpty()) {
            parts.add(new Item(t, List.of(), joined));
        }
    }

    /** Joins "status: new", "open", "closed" back into one item with options. */
    private List<Item> mergeOptions(List<Item> raw) {
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Item item = raw.get(i);
            String part = item.text();
            if (whetherChain(raw, i, out)) {
                i = skipTo;
                continue;
            }
            String tail = afterOptionLead(part);
            if (tail != null && !out.isEmpty() && out.get(out.size() - 1).options().isEmpty()) {
                // "the length, which is one of 10, 20 or 40 minutes": the options of the item before
                List<String> opts = new ArrayList<>();
                boolean closed = addOption(opts, tail);
                int j = i + 1;
                while (!closed && j < raw.size() && looksLikeOption(raw.get(j).text())) {
                    closed = addOption(opts, raw.get(j).text());
                    j++;
                }
                if (opts.size() >= 2) {
                    Item before = out.remove(out.size() - 1);
                    out.add(new Item(before.text(), opts, before.joined()));
                    i = j - 1;
                    continue;
                }
            }
            Item bare = bareChoice(raw, i);
            if (bare != null) {
                out.add(bare);
                i = skipTo;
                continue;
            }
            Matcher m = optionLead.matcher(part);
            if (m.matches() && looksLikeOption(m.group(2)) && !m.group(1).contains("(") && Text.wordCount(m.group(1)) <= 4) {
                List<String> opts = new ArrayList<>();
                boolean dash = part.contains(" - ");
                boolean closed = addOption(opts, m.group(2).strip());
                int j = i + 1;
                while (!closed && j < raw.size()) {
                    String next = raw.get(j).text();
                    if (dash && next.strip().endsWith("-")) {
                        addOption(opts, next.strip().replaceAll("\\s*-$", ""));
                        j++;
                        break;
                    }
                    if (dash && next.contains(" - ")) {
                        int k = next.indexOf(" - ");
                        addOption(opts, next.substring(0, k));
                        raw.set(j, new Item(next.substring(k + 3), raw.get(j).options(), raw.get(j).joined()));
                        break;
                    }
                    if (!looksLikeOption(next)) {
                        break;
                    }
                    closed = addOption(opts, next);
                    j++;
                }
                boolean details = dash && opts.stream().filter(o -> ContactRuns.detail(lex.lang, o)).count() >= 2;
                if (opts.size() >= 2 && !details) {
                    out.add(new Item(m.group(1).strip(), opts, item.joined()));
                    i = j - 1;
                    continue;
                }
                if (details && ContactRuns.detail(lex.lang, m.group(2))) {
                    // "calls - name, phone, subject": what is noted of each call, no values of a choice
                    out.add(new Item(m.group(2).strip(), List.of(), item.joined()));
                    continue;
                }
            }
            out.add(item);
        }
        return out;
    }

    /** "which is one of a, b", "that can be a or b": the options after the lead, or null. */
    private String afterOptionLead(String part) {
        String f = Text.fold(part.strip());
        if (f.length() != part.strip().length()) {
            return null;
        }
        for (String lead : lex.optionLeads) {
            if (!f.startsWith(lead + " ")) {
                continue;
            }
            String rest = f.substring(lead.length()).strip();
            for (String m : lex.optionMarkers) {
                if (rest.startsWith(m + " ")) {
                    return part.strip().substring(part.strip().length() - rest.length() + m.length()).strip();
                }
            }
            return null;
        }
        return null;
    }

    private int skipTo;

    /** "whether they attended", "cancelled or no-showed" → one item. */
    private boolean whetherChain(List<Item> raw, int i, List<Item> out) {
        String f = Text.fold(raw.get(i).text());
        if (lex.whether.stream().noneMatch(w -> f.startsWith(w + " ")) || i + 1 >= raw.size()) {
            return false;
        }
        StringBuilder joined = new StringBuilder(raw.get(i).text());
        for (int j = i + 1; j < raw.size(); j++) {
            String next = raw.get(j).text();
            if (!looksLikeOption(next) && !(Text.wordCount(next) <= 6 && Text.words(Text.fold(next)).stream().anyMatch(lex.or::contains))) {
                return false;
            }
            joined.append(", ").append(next);
            if (Text.words(Text.fold(next)).stream().anyMatch(lex.or::contains)) {
                out.add(new Item(joined.toString(), List.of(), raw.get(i).joined()));
                skipTo = j;
                return true;
            }
        }
        return false;
    }

    /**
     * "heating type gas oil or electric", "bike size small, medium or large", "Heizungsart Gas, Öl oder Strom": a label ending
     * in a choice word (head-last languages) and then its values with no bracket or colon, closed by "or". Each value is one
     * word with no type of its own; the label is at most four words. Sets {@code skipTo} to the last item it took.
     */
    private Item bareChoice(List<Item> raw, int i) {
        Item item = raw.get(i);
        if (!lex.lang.headLast() || !item.options().isEmpty() || item.text().contains("(") || item.text().contains(":")) {
            return null;
        }
        String[] words = BARE_SPACES.split(item.text().strip());
        int k = -1;
        for (int w = 0; w < words.length - 1 && w < 4; w++) {
            if (choiceHead(Text.fold(words[w]))) {
                k = w;
                break;
            }
        }
        if (k < 0) {
            return null;
        }
        List<String> opts = new ArrayList<>();
        boolean closed = false;
        for (int w = k + 1; w < words.length; w++) {
            String f = Text.fold(words[w]);
            if (lex.or.contains(f)) {
                closed = w + 1 < words.length && !opts.isEmpty();
                continue;
            }
            if (f.isEmpty() || lex.articles.contains(f) || lex.npStop.contains(f)) { // inside the item, "cash card or cheque" may name types
                return null;
            }
            opts.add(END_MARKS.matcher(words[w]).replaceAll(""));
        }
        int j = i;
        while (!closed && j + 1 < raw.size() && raw.get(j + 1).options().isEmpty()) {
            String[] next = BARE_SPACES.split(raw.get(j + 1).text().strip());
            if (next.length > 3) {
                return null;
            }
            for (String n : next) {
                String f = Text.fold(n);
                if (lex.or.contains(f)) {
                    closed = true;
                } else if (value(f)) {
                    opts.add(END_MARKS.matcher(n).replaceAll(""));
                } else {
                    return null;
                }
            }
            j++;
            closed |= raw.get(j).joined() && opts.size() >= 3;
        }
        if (!closed || opts.size() < 2) {
            return null;
        }
        skipTo = j;
        return new Item(String.join(" ", java.util.Arrays.copyOfRange(words, 0, k + 1)), opts, item.joined());
    }

    /** A bullet, or a "+" / "&" left in front of an item ("tag + name + age" cut at its spaces). */
    private static final Pattern LEAD_MARKS = Pattern.compile("^(?:[-*•·]+|[+&](?=\\s))\\s*");
    private static final Pattern BARE_SPACES = Pattern.compile("\\s+");
    private static final Pattern END_MARKS = Pattern.compile("[.!]+$");
    /** English choice heads, and German compound endings that name a choice ("Heizungsart", "Zahlungsart", "Kleidergröße"; folded, ß is one s). */
    private static final java.util.Set<String> CHOICE_HEADS = java.util.Set.of("type", "kind", "sort", "size", "level", "grade", "class",
            "tier", "method", "mode", "category", "status", "option", "style", "plan");
    private static final List<String> GERMAN_CHOICE_ENDS = List.of("art", "typ", "grosse", "grose", "stufe", "klasse", "methode", "kategorie", "status");

    private boolean choiceHead(String folded) {
        if (lex.lang == Lang.DE) {
            return GERMAN_CHOICE_ENDS.stream().anyMatch(e -> folded.endsWith(e) && folded.length() > e.length() + 2);
        }
        return lex.lang == Lang.EN && CHOICE_HEADS.contains(folded);
    }

    /** One word that could be a value: no article, no small word, no type of its own. */
    private boolean value(String folded) {
        return !folded.isEmpty() && !lex.articles.contains(folded) && !lex.npStop.contains(folded)
                && FieldTyper.type(lex, folded) == FieldType.TEXT && !FieldTyper.hasFieldWord(lex, folded);
    }

    /** Adds one option, or several for "a or b" / "a/b"; returns true when the list ended ("or"). */
    private boolean addOption(List<String> opts, String text) {
        String t = text.strip().replaceAll("[.!)]+$", "");
        List<String> pieces = Options.splitAlternatives(t, lex);
        opts.addAll(pieces);
        return pieces.size() > 1 && Text.words(Text.fold(t)).stream().anyMatch(lex.or::contains);
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
        return w.size() < 2 || w.stream().anyMatch(lex.or::contains) || !FieldTyper.hasFieldWord(lex, f);
    }
}
