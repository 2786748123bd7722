package org.toolsmith.draft.offline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kind named first and described after, rewritten into the colon list the reader already knows:
 * <ul>
 * <li>"Then shifts, which is a date, start time and end time" → "Shifts: a date, start time and end
 * time" (a lead word, one to three words of name, a relative, a list); ", and then payments, which
 * are …" opens a new list;</li>
 * <li>"We also have suppliers. For them we need name, phone and email" → "Suppliers: name, phone and
 * email" (an announcing sentence that is only the name, then a sentence that opens with a word
 * pointing back to it and a verb of recording).</li>
 * </ul>
 * Every word comes from the lexicon's {@code announced_kinds} block; a language without it is left alone.
 */
final class AnnouncedKinds {
    private static final String NAME = "(\\p{L}[\\p{L}'\\-]*(?: \\p{L}[\\p{L}'\\-]*){0,2})";
    private final Pattern which;
    private final Pattern announced;
    private final List<String> notNames;

    private AnnouncedKinds(Pattern which, Pattern announced, List<String> notNames) {
        this.which = which;
        this.announced = announced;
        this.notNames = notNames;
    }

    /** The block's rewriter, or null when the language has no {@code announced_kinds} block. */
    static AnnouncedKinds of(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        String leads = alt(n.path("leads"));
        String relatives = alt(n.path("relatives"));
        String announcers = alt(n.path("announcers"));
        String anaphors = alt(n.path("anaphors"));
        String subjects = alt(n.path("subjects"));
        String verbs = alt(n.path("verbs"));
        String dets = alt(n.path("determiners"));
        String thenLeads = alt(n.path("list_breaks"));
        int f = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        Pattern which = Pattern.compile("(^|[.!?;:]\\s+|\\n\\s*|,?\\s+(?:" + thenLeads + ")\\s+)(?:(?:" + leads + ")\\s+)?(?:(?:" + dets
                + ")\\s+)?" + NAME + ",\\s+(?:" + relatives + ")\\s+([^.!?;:\\n]+?)(?=[.!?;\\n]|,?\\s+(?:" + thenLeads + ")\\s|$)", f);
        Pattern announced = Pattern.compile("(^|[.!?]\\s+|\\n\\s*)(?:" + announcers + ")\\s+(?:(?:" + dets + ")\\s+)?" + NAME
                + "\\s*[.!?]\\s+(?:" + anaphors + ")\\s*,?\\s+(?:" + subjects + ")\\b[^.!?,:]{0,30}?\\b(?:" + verbs
                + ")\\s+([^.!?\\n]+?)(?=[.!?\\n]|$)", f);
        List<String> notNames = new ArrayList<>();
        n.path("not_names").forEach(w -> notNames.add(w.asText()));
        return new AnnouncedKinds(which, announced, List.copyOf(notNames));
    }

    private static String alt(JsonNode words) {
        return Text.orNever(Text.alternation(words, w -> w, false));
    }

    /** The request with each announced kind written as "Name: list". */
    String asLists(String text) {
        return rewrite(announced, rewrite(which, text));
    }

    private String rewrite(Pattern p, String text) {
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(2);
            String items = m.group(3).strip();
            if (!isName(name) || !isList(items)) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            String boundary = m.group(1);
            String open = boundary.isEmpty() || boundary.matches("[.!?]\\s+|\\n\\s*") ? boundary : ". ";
            m.appendReplacement(out, Matcher.quoteReplacement(open + Character.toUpperCase(name.charAt(0)) + name.substring(1) + ": " + items));
        }
        m.appendTail(out);
        return out.toString();
    }

    private boolean isName(String name) {
        for (String w : name.toLowerCase(java.util.Locale.ROOT).split(" ")) {
            if (notNames.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Two items or more, the first not a participle ("raised by staff and closed by IT" is no list). */
    private static boolean isList(String items) {
        String first = items.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        return (items.contains(",") || items.matches("(?s).*\\s(?:and|or)\\s.*")) && !first.endsWith("ed");
    }
}
