package org.toolsmith.draft.offline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pairing record between two kinds described before it, said as "who did which": "we need to see
 * who signed up for which shift and whether they turned up", "track which member borrowed which
 * tool, when, and when it came back". Rewritten into the sentence the reader already knows: "Each
 * signup has the volunteer, the shift and whether they turned up". The record's name comes from
 * the verb ({@code pairings.nouns}: signed → signup, borrowed → loan); an unknown verb, or a side
 * that names no kind described earlier in the request, leaves the sentence alone. "who" is the
 * first kind listed before it that is not the other side.
 */
final class WhoDidWhich {
    private static final Pattern HEADING = Pattern.compile(
            "(?:^|[.!?:;(]\\s*|\\band (?:of )?|\\bof )(?:the |our |each |every |a list of )?(\\p{L}+)\\s*(?::|\\(| have | has | with )",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private final Pattern pairing;
    private final Map<String, String> nouns;

    private WhoDidWhich(Pattern pairing, Map<String, String> nouns) {
        this.pairing = pairing;
        this.nouns = nouns;
    }

    /** The block's rewriter, or null when the language has no {@code pairings} block. */
    static WhoDidWhich of(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        Map<String, String> nouns = new HashMap<>();
        n.path("nouns").properties().forEach(e -> nouns.put(e.getKey(), e.getValue().asText()));
        StringBuilder preps = new StringBuilder();
        n.path("preps").forEach(p -> preps.append(preps.isEmpty() ? "" : "|").append(Pattern.quote(p.asText())));
        Pattern pairing = Pattern.compile("(^|[.!?]\\s+)[^.!?]*?\\b(?:who|which (\\p{L}+))\\s+(\\p{L}+)(?: (?:up|in|out|on|off))?"
                + "(?:\\s+(?:" + preps + "))?\\s+which (\\p{L}+)([^.!?]*)([.!?]|$)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new WhoDidWhich(pairing, Map.copyOf(nouns));
    }

    /** The request with each "who did which X" pairing written as "Each record has the A, the B …". */
    String asRecords(String text) {
        if (!text.contains("which ")) {
            return text;
        }
        Matcher m = pairing.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String noun = nouns.get(m.group(3).toLowerCase(Locale.ROOT));
            String before = text.substring(0, m.start());
            String b = described(before, m.group(4), null);
            String a = m.group(2) == null ? firstKindOtherThan(before, b) : described(before, m.group(2), b);
            if (noun == null || a == null || b == null) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            String rest = m.group(5).strip();
            String sides = rest.isEmpty() ? "the " + a + " and the " + b
                    : "the " + a + ", the " + b + (rest.startsWith(",") ? "" : " ") + rest;
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "Each " + noun + " has " + sides + m.group(6)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The singular of word when it names a kind listed before (a heading "Tools:", "Members have …"), else null. */
    private static String described(String before, String word, String other) {
        String w = Inflector.singularWord(Lang.EN, word.toLowerCase(Locale.ROOT));
        Matcher h = HEADING.matcher(before);
        while (h.find()) {
            String k = Inflector.singularWord(Lang.EN, h.group(1).toLowerCase(Locale.ROOT));
            if (k.equals(w) && !k.equals(other)) {
                return w;
            }
        }
        return null;
    }

    private static String firstKindOtherThan(String before, String other) {
        if (other == null) {
            return null;
        }
        Matcher h = HEADING.matcher(before);
        while (h.find()) {
            String k = Inflector.singularWord(Lang.EN, h.group(1).toLowerCase(Locale.ROOT));
            if (!k.equals(other) && k.length() > 2) {
                return k;
            }
        }
        return null;
    }
}
