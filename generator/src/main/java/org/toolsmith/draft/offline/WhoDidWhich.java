package org.toolsmith.draft.offline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
    /**
     * A kind described before: its noun right before a colon or bracket, or before "have / has / with" when it opens a
     * clause or list item ("Tools:", "the gigs (…)", "I want crew members (…)", "and members have …").
     */
    private static final Pattern HEADING = Pattern.compile(
            "(?:(?:^|[.!?:;(,]\\s*|\\band (?:of )?|\\bof )(?:the |our |each |every |a list of )?(\\p{L}+)\\s*(?: have | has | with )"
            + "|(\\p{L}+)\\s*(?::|\\())",
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
    /**
     * "keep track of sign-ups: which member for which class", "Loans (which reader - which book)": the record named
     * before a colon, dash or bracket, then the two sides with no verb.
     */
    private static final Pattern NAMED_PAIR = Pattern.compile(
            "\\b([\\p{L}-]{4,})\\s*(?::|\\(|\\s-)\\s*(?:who|which (\\p{L}+))\\s*(?:(?:for|in|on|at|to|with|and|-|/|→|->)\\s*)?which (\\p{L}+)\\)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The heading shape before session 22, kept for "who was trained on which press" (exactly two kinds before). */
    private static final Pattern STRICT_HEADING = Pattern.compile(
            "(?:^|[.!?:;(]\\s*|\\band (?:of )?|\\bof )(?:the |our |each |every |a list of )?(\\p{L}+)\\s*(?::|\\(| have | has | with )",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** What ends a sentence's part before its pairing: ", and also we need to see" after the last bracket or colon. */
    private static final Pattern LEAD_TAIL = Pattern.compile("[\\s,;]*(?:\\b(?:and|plus|also|then)\\b[\\s,;]*)*(?:[^)(:,;]*\\b(?:see|know|track|log|record|note|keep)\\b[^)(:,;]*)?$",
            Pattern.CASE_INSENSITIVE);
    private final Lang lang;
    private final Pattern pairing;
    private final Pattern heading;
    private final Map<String, String> nouns;
    /** The record's name when the verb between the two sides is not in {@code nouns} ({@code pairings.default}). */
    private final String fallback;

    private WhoDidWhich(Lang lang, Pattern pairing, Pattern heading, Map<String, String> nouns, String fallback) {
        this.lang = lang;
        this.pairing = pairing;
        this.heading = heading;
        this.nouns = nouns;
        this.fallback = fallback;
    }

    /**
     * The block's rewriter, or null when the language has no {@code pairings} block. English builds its pattern
     * from {@code preps}; another language gives its own {@code clause} (groups a, verb, b, rest: "qui est inscrit
     * à quel atelier", "wer sich für welchen Kurs angemeldet hat") and the words a kind's heading takes ({@code has}).
     */
    static WhoDidWhich of(JsonNode n, Lang lang) {
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        Map<String, String> nouns = new HashMap<>();
        n.path("nouns").properties().forEach(e -> nouns.put(Text.fold(e.getKey()), e.getValue().asText()));
        if (n.has("clause")) {
            StringBuilder has = new StringBuilder();
            n.path("has").forEach(p -> has.append('|').append(Pattern.quote(p.asText())));
            Pattern heading = Pattern.compile("(?:^|[.!?:;(]\\s*|\\n)\\s*(?:[-*•]\\s*)?(?:\\p{L}+ )?(\\p{L}+)\\s*(?::|\\(" + has
                    + "(?= ))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            return new WhoDidWhich(lang, Pattern.compile(n.path("clause").asText(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    heading, Map.copyOf(nouns), n.path("default").asText(null));
        }
        StringBuilder preps = new StringBuilder();
        n.path("preps").forEach(p -> preps.append(preps.isEmpty() ? "" : "|").append(Pattern.quote(p.asText())));
        Pattern pairing = Pattern.compile("(^|[.!?]\\s+)[^.!?]*?\\b(?:who|which (\\p{L}+))\\s+(\\p{L}+)(?:\\s+(?:a|an|the) (\\p{L}+)|\\s+(\\p{L}+ed))?(?: (up|in|out|on|off))?"
                + "(?:\\s+(?:" + preps + "))?\\s+(?:which (\\p{L}+)|what\\b)([^.!?]*)([.!?]|$)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new WhoDidWhich(lang, pairing, HEADING, Map.copyOf(nouns), n.path("default").asText(null));
    }

    /** The request with each "who did which X" pairing written as "Each record has the A, the B …". */
    String asRecords(String text) {
        if (lang != Lang.EN) {
            return clauses(text);
        }
        text = presence(text);
        if (!text.contains("which ") && !text.contains("what")) {
            return text;
        }
        text = namedPairs(text);
        Matcher m = pairing.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String noun = noun(m.group(3), m.group(4) != null ? m.group(4) : m.group(5), m.group(6));
            // "we keep drivers (…), the vans (…) plus who drives which van": kinds described earlier in the
            // same sentence count as sides, and that part of the sentence is kept
            int who = m.group(2) != null ? m.start(2) - "which ".length() : text.toLowerCase(Locale.ROOT).lastIndexOf("who", m.start(3));
            String lead = text.substring(m.end(1), who);
            lead = lead.contains("(") || lead.contains(":") ? LEAD_TAIL.matcher(lead).replaceFirst("") + ". " : "";
            String before = text.substring(0, lead.isEmpty() ? m.start() : who);
            String a;
            String b;
            if (m.group(7) == null) {
                // "log who was trained on which press": only when exactly two kinds were described before
                List<String> kinds = kinds(before);
                a = kinds.size() == 2 && m.group(2) == null ? kinds.get(0) : null;
                b = a == null ? null : kinds.get(1);
            } else {
                b = described(before, m.group(7), null);
                a = m.group(2) == null ? firstKindOtherThan(before, b) : described(before, m.group(2), b);
            }
            if (noun == null && m.group(7) != null) {
                // "who washed which van": a verb the block does not know still pairs two described kinds
                noun = fallback;
            }
            if (noun == null || a == null || b == null) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            String rest = TIME_AFTER.matcher(m.group(8)).replaceFirst("").strip();
            String sides = rest.isEmpty() ? "the " + a + " and the " + b
                    : "the " + a + ", the " + b + (rest.startsWith(",") ? "" : " ") + rest;
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + lead + "Each " + noun + " has " + sides + m.group(9)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "sign-ups: which member for which class" → "sign-ups: each signup has the member and the class". */
    private String namedPairs(String text) {
        Matcher m = NAMED_PAIR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String before = text.substring(0, m.start());
            String record = Inflector.singularWord(Lang.EN, m.group(1).replace("-", "").toLowerCase(Locale.ROOT));
            String b = described(before, m.group(3), null);
            String a = m.group(2) == null ? firstKindOtherThan(before, b) : described(before, m.group(2), b);
            if (a == null || b == null || record.equals(a) || record.equals(b) || described(before, m.group(1), null) != null) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(". Each " + record + " has the " + a + " and the " + b + "."));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * "qui est inscrit à quel atelier", "quién se apuntó a qué curso", "wer sich für welchen Kurs angemeldet hat":
     * written as the heading the reader knows, "Inscription : bénévole, atelier[, rest]."
     */
    private String clauses(String text) {
        Matcher m = pairing.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        // "Hay que ver qué socio reservó qué pista": a failed start ("que ver …") is retried one letter on
        for (int from = 0; from < text.length() && m.find(from); ) {
            String before = text.substring(0, m.start());
            String b = kindOf(before, m.group("b"), null);
            String a = m.group("a") == null ? firstKindOtherThan(before, b) : kindOf(before, m.group("a"), b);
            String noun = null;
            String[] verb = Text.fold(m.group("verb")).split("\\s+");
            for (int i = verb.length - 1; i >= 0 && noun == null; i--) {
                noun = nouns.get(verb[i]);
            }
            if (noun == null) {
                noun = fallback;
            }
            if (noun == null || a == null || b == null) {
                from = m.start() + 1;
                continue;
            }
            String rest = m.group("rest").strip();
            rest = rest.startsWith(",") && rest.length() > 1 ? rest : "";
            String lead = before.strip();
            String sep = lead.isEmpty() || lead.endsWith(".") || lead.endsWith("!") || lead.endsWith("?") || lead.endsWith(":") ? "" : ". ";
            out.append(text, last, m.start()).append(sep).append(noun).append(lang == Lang.FR ? " : " : ": ").append(a).append(", ").append(b).append(rest);
            last = m.end();
            from = m.end();
        }
        return last == 0 ? text : out.append(text, last, text.length()).toString();
    }

    /** The word as the heading spelt it (singular) when a kind described before is that word, else null. */
    private String kindOf(String before, String word, String other) {
        String w = Text.fold(Inflector.singularWord(lang, word.toLowerCase(Locale.ROOT)));
        Matcher h = heading.matcher(before);
        while (h.find()) {
            String k = Inflector.singularWord(lang, head(h).toLowerCase(Locale.ROOT));
            if (Text.fold(k).equals(w) && !k.equals(other)) {
                return k;
            }
        }
        return null;
    }

    /** The distinct kinds described before, in order. */
    private List<String> kinds(String before) {
        List<String> out = new ArrayList<>();
        Matcher h = (lang == Lang.EN ? STRICT_HEADING : heading).matcher(before);
        while (h.find()) {
            String k = Inflector.singularWord(lang, head(h).toLowerCase(Locale.ROOT));
            if (k.length() > 2 && !out.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * The record a verb names: "has a seat" by verb and object, "is assigned" by the participle, else the verb
     * alone; an object or participle the block does not know names nothing ("has a dog in which room").
     */
    private String noun(String verb, String object, String particle) {
        String v = verb.toLowerCase(Locale.ROOT);
        if (particle != null && nouns.containsKey(v + " " + particle.toLowerCase(Locale.ROOT))) {
            return nouns.get(v + " " + particle.toLowerCase(Locale.ROOT));
        }
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
            String k = Inflector.singularWord(Lang.EN, head(h).toLowerCase(Locale.ROOT));
            if (k.equals(w) && !k.equals(other)) {
                return w;
            }
        }
        return null;
    }

    /** The noun a heading match names (English matches name it in one of two groups). */
    private static String head(Matcher h) {
        return h.group(1) != null || h.groupCount() < 2 ? h.group(1) : h.group(2);
    }

    private String firstKindOtherThan(String before, String other) {
        if (other == null) {
            return null;
        }
        Matcher h = heading.matcher(before);
        while (h.find()) {
            String k = Inflector.singularWord(lang, head(h).toLowerCase(Locale.ROOT));
            if (!k.equals(other) && k.length() > 2) {
                return k;
            }
        }
        return null;
    }
}
