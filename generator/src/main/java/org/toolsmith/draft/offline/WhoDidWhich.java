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
    /** "tick off every pupil present or absent at each lesson": an attendance between two kinds. */
    private static final Pattern PRESENCE = Pattern.compile(
            "(^|[.!?]\\s+)[^.!?]*?\\b(?:mark|marks|record|records|log|logs|note|tick off|check off|track)\\s+(?:every|each|all(?: the)?|the|our) (\\p{L}+)"
            + " (?:as )?(?:present or absent|present/absent|absent or present|in or out|attended or not|present)\\s+(?:at|for|in|on|during)"
            + " (?:each|every|all(?: the)?|the) (\\p{L}+)([^.!?]*)([.!?]|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "which kid is in which group this term": a closing time qualifier is no detail of the record. */
    private static final Pattern TIME_AFTER = Pattern.compile(
            "^\\s*(?:this|each|every|per|next|for the) (?:term|week|month|year|season|day|semester|session)\\s*",
            Pattern.CASE_INSENSITIVE);
    /** "At each lesson the teacher marks every pupil as present, late, off sick or excused": the occasion said first, a status list. */
    private static final Pattern PRESENCE_FOR_EACH = Pattern.compile(
            "(^|[.!?]\\s+)(?:for|at|in|on) (?:each|every) (\\p{L}+),? [^.!?]{0,40}?\\b(?:mark|record|log|note|tick off|check off)s? (?:every|each|all(?: the)?|the|our) (\\p{L}+)"
            + " as ((?:present|absent)(?:(?:, | or | and |/)\\p{L}+)*)([^.!?]*)([.!?]|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** ", possibly with a short comment" after a status list: one more detail of the record. */
    private static final Pattern WITH_AFTER = Pattern.compile(
            "^\\s*,?\\s*(?:(?:possibly|maybe|optionally|plus|and) )?(?:with )?", Pattern.CASE_INSENSITIVE);
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
        Pattern pairing = Pattern.compile("(^|[.!?]\\s+)[^.!?]*?\\b(?:who|which (\\p{L}+))\\s+(\\p{L}+)(?:\\s+(?:a|an|the) (\\p{L}+)|\\s+(\\p{L}+ed))?(?: (?:up|in|out|on|off))?"
                + "(?:\\s+(?:" + preps + "))?\\s+which (\\p{L}+)([^.!?]*)([.!?]|$)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new WhoDidWhich(pairing, Map.copyOf(nouns));
    }

    /** The request with each "who did which X" pairing written as "Each record has the A, the B …". */
    String asRecords(String text) {
        text = presence(text);
        if (!text.contains("which ")) {
            return text;
        }
        Matcher m = pairing.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String noun = noun(m.group(3), m.group(4) != null ? m.group(4) : m.group(5));
            String before = text.substring(0, m.start());
            String b = described(before, m.group(6), null);
            String a = m.group(2) == null ? firstKindOtherThan(before, b) : described(before, m.group(2), b);
            if (noun == null || a == null || b == null) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            String rest = TIME_AFTER.matcher(m.group(7)).replaceFirst("").strip();
            String sides = rest.isEmpty() ? "the " + a + " and the " + b
                    : "the " + a + ", the " + b + (rest.startsWith(",") ? "" : " ") + rest;
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "Each " + noun + " has " + sides + m.group(8)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The record a verb names: "has a seat" by verb and object, "is assigned" by the participle, else the verb
     * alone; an object or participle the block does not know names nothing ("has a dog in which room").
     */
    private String noun(String verb, String object) {
        String v = verb.toLowerCase(Locale.ROOT);
        if (object == null) {
            return nouns.get(v);
        }
        String o = object.toLowerCase(Locale.ROOT);
        String both = nouns.get(v + " " + o);
        return both != null ? both : nouns.get(o);
    }

    /** "tick off every pupil present or absent at each lesson" → "Each attendance has the pupil, the lesson and whether they were present". */
    private static String presence(String text) {
        if (!text.contains("present") && !text.contains(" in or out") && !text.contains("attended or not")) {
            return text;
        }
        Matcher m = PRESENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String before = text.substring(0, m.start());
            String a = described(before, m.group(2), null);
            String b = described(before, m.group(3), a);
            if (a == null || b == null) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            String rest = m.group(4).strip();
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "Each attendance has the " + a + ", the " + b
                    + (rest.isEmpty() ? " and whether they were present" : ", whether they were present " + rest) + m.group(5)));
        }
        m.appendTail(out);
        return presenceForEach(out.toString());
    }

    /** "At each lesson we mark every pupil as present, late or absent" → "Each attendance has the pupil, the lesson and a status (present, late or absent)". */
    private static String presenceForEach(String text) {
        Matcher m = PRESENCE_FOR_EACH.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String before = text.substring(0, m.start());
            String b = named(before, m.group(2));
            String a = named(before, m.group(3));
            if (a == null || b == null || a.equals(b)) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            String status = m.group(4).contains(",") || m.group(4).matches("\\p{L}+ (?:or|/) \\p{L}+") && !m.group(4).contains("absent")
                    ? "a status (" + m.group(4) + ")" : "whether they were present";
            String rest = WITH_AFTER.matcher(m.group(5)).replaceFirst("").strip();
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "Each attendance has the " + a + ", the " + b
                    + (rest.isEmpty() ? " and " + status : ", " + status + " and " + rest) + m.group(6)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The singular of word when a kind lists it before, or the word itself (or its plural) was said before; else null. */
    private static String named(String before, String word) {
        String w = Inflector.singularWord(Lang.EN, word.toLowerCase(Locale.ROOT));
        if (described(before, word, null) != null) {
            return w;
        }
        String low = before.toLowerCase(Locale.ROOT);
        for (int i = low.indexOf(w); w.length() > 2 && i >= 0; i = low.indexOf(w, i + 1)) {
            int end = i + w.length() + (low.startsWith("es", i + w.length()) ? 2 : low.startsWith("s", i + w.length()) ? 1 : 0);
            if ((i == 0 || !Character.isLetter(low.charAt(i - 1))) && (end == low.length() || !Character.isLetter(low.charAt(end)))) {
                return w;
            }
        }
        return null;
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
