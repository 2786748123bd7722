package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kind defined with an equals sign, as people jot it down: "audit = name + year + lead auditor",
 * "machine = serial number, model, location". Rewritten into the colon list the reader already
 * knows ("audit: name, year, lead auditor"), in every language, since the signs carry no words.
 * The name before the sign is one to three words at the start of a sentence (no digits, so
 * "x = 5" and "line 1 = packaging" stay as they are), and what follows must be a list: two items
 * or more, joined by "+" or ",". A "+" inside a sentence without that shape ("Straße + Flurstück")
 * is left alone.
 */
final class KindDefinitions {
    private static final Pattern DEFINITION = Pattern.compile(
            "(^|[.!?;]\\s+|\\n\\s*)(\\p{L}[\\p{L}'’\\-]*(?: \\p{L}[\\p{L}'’\\-]*){0,3}) ?= ?([^=.!?;\\n+,]+(?:(?: ?\\+ ?|, ?)[^=.!?;\\n+,]+)+)(?=[.!?;]|\\n|$)");
    /** Every item holds a letter: "total = 3 + 4" is arithmetic. */
    private static final Pattern ITEM_WITH_LETTER = Pattern.compile("[^+,]*\\p{L}[^+,]*(?:[+,][^+,]*\\p{L}[^+,]*)+");
    private static final Pattern PLUS = Pattern.compile(" ?\\+ ?");
    /**
     * ", and a route has a name, a van and a day", ", et une tournée a un nom, …", ", y una ruta tiene …", ", und eine Tour
     * hat …": a kind described after a sentence about something else ("Each delivery belongs to a route, and a route has …").
     */
    private static final Pattern AND_DEFINED = Pattern.compile(
            ",?\\s+(?:and|et|y|und)\\s+((?:a|an|one|each|every|une?|chaque|una?|cada|eine?|jede[rs]?)\\s+\\p{L}[\\p{L}'’\\-]*(?:\\s\\p{L}[\\p{L}'’\\-]*)?)"
            + "\\s+(has|have|a|poss[eè]de|comporte|tiene|lleva|hat)\\s+(?!(?:been|to|got to|just|already|[ée]t[ée]|que|sich|schon|keine?n?)(?!\\p{L}))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * ", each bay has a number, a width …", "; every room comes with …", " - chaque salle a …", ", cada curso tiene …", ", jedes
     * Fach hat …": a kind described by its parts after a comma inside a longer sentence ("Levels 1 to 4, each bay has …").
     * The each-word opens a sentence of its own, which the "each X has" readers take from there. The noun is one or two
     * words (a "de" between them in French and Spanish), never a time ("each month has"), a pronoun or "of them".
     */
    private static final Pattern EACH_DEFINED = Pattern.compile(
            "(?:[,;:]|[ \\t][-–—])[ \\t]+(?:(?:where|so|but|plus|o[uù]|donc|mais|donde|as[ií] que|pero|wobei|aber)\\s+)?"
            + "((?:each|every|any|chaque|tout|toute|cada|jede[rs]?)\\s+"
            + "(?!(?:time|month|week|day|year|morning|evening|night|weekend|one|of|mois|semaine|jour|ann[ée]e|an|fois|mes|semana|d[ií]a|a[ñn]o|vez|uno|una|"
            + "Monat|Woche|Tag|Jahr|Mal|davon|has|have|gets|comes|is|are|a|needs|includes|belongs|goes|tiene|lleva|hat|est|es|ist)(?!\\p{L}))\\p{L}[\\p{L}'’\\-]*(?:\\s(?:de\\s|d'|del\\s)?(?!(?:has|have|gets|comes|is|a|tiene|lleva|hat|we|on|nous|can|could|may|might|will|should|must|peut|puede|kann)(?!\\p{L}))\\p{L}[\\p{L}'’\\-]*)?)"
            + "\\s+(has|have|gets|comes with|includes|needs|is linked to|is tied to|is for|belongs to|goes to|poss[eè]de|comporte|a|est li[ée]e? [àa]|appartient [àa]|"
            + "tiene|lleva|incluye|est[áa] vinculad[oa] a|pertenece a|hat|bekommt|geh[öo]rt zu)\\s+"
            + "(?!(?:been|to|got to|just|already|one|a single|many|several|plusieurs|varios|varias|mehrere|[ée]t[ée]|que|sich|schon|keine?n?)(?!\\p{L}))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SEVERAL_BEFORE = Pattern.compile(
            "\\b(?:several|many|multiple|a few|plusieurs|de nombreu(?:x|ses)|varios|varias|muchos|muchas|mehrere[n]?|viele[n]?)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FOR_EACH_BEFORE = Pattern.compile(
            "\\b(?:for|per|pour|par|para|por|f[üu]r|zu|bei)\\s+(?:each|every|chaque|cada|jede[mnrs]?)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FRENCH_EACH = Pattern.compile("(?:chaque|tout|toute)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;\\n]");

    /** The sentence up to {@code at}. */
    private static String sentenceBefore(String text, int at) {
        Matcher end = SENTENCE_END.matcher(text);
        int from = 0;
        while (end.find() && end.end() <= at) {
            from = end.end();
        }
        return text.substring(from, at);
    }

    /** What the described kind has is a list: two items or more before the sentence ends. */
    private static final Pattern LIST_AHEAD = Pattern.compile("^[^.!?;\\n]*(?:,|\\s(?:and|et|y|und)\\s)", Pattern.CASE_INSENSITIVE);

    private KindDefinitions() {
    }

    /** The request with each ", and a X has a, b and c" said as a sentence of its own: ". A X has a, b and c". */
    static String definedAfterAnd(String text) {
        // "For each sample we carry out several analyses, and an analysis has …": the record clause reads it whole
        return split(text, AND_DEFINED, m -> SEVERAL_BEFORE.matcher(sentenceBefore(text, m.start())).find());
    }

    /** The request with each ", each X has a, b and c" inside a longer sentence said as a sentence of its own. */
    static String definedAfterComma(String text) {
        return split(text, EACH_DEFINED, m -> {
            String before = sentenceBefore(text, m.start());
            // "each line being a menu item": the French verb "a" only after "chaque"; "For each sample we run several
            // analyses, each analysis has …": the record clause reads it whole ("we repair many bikes, each bike has …" is split)
            return m.group(2).equalsIgnoreCase("a") && !FRENCH_EACH.matcher(m.group(1)).lookingAt()
                    || FOR_EACH_BEFORE.matcher(before).find() && SEVERAL_BEFORE.matcher(before).find();
        });
    }

    /**
     * Each match of {@code shape} (group 1 the kind, group 2 its verb) with a list ahead and not skipped starts a
     * sentence of its own: ". Kind verb …".
     */
    private static String split(String text, Pattern shape, java.util.function.Predicate<Matcher> skip) {
        Matcher m = shape.matcher(text);
        StringBuilder out = null;
        int from = 0;
        while (m.find()) {
            if (skip.test(m) || !LIST_AHEAD.matcher(text.substring(m.end())).find()) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 8);
            }
            String kind = m.group(1);
            out.append(text, from, m.start()).append(". ").append(Character.toUpperCase(kind.charAt(0))).append(kind, 1, kind.length())
                    .append(' ').append(m.group(2)).append(' ');
            from = m.end();
        }
        return out == null ? text : out.append(text.substring(from)).toString();
    }

    /** The request with each "X = a + b + c" definition written as "X: a, b, c". */
    static String asLists(String text) {
        if (text.indexOf('=') < 0) {
            return text;
        }
        Matcher m = DEFINITION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (!ITEM_WITH_LETTER.matcher(m.group(3)).matches()) {
                continue;
            }
            String items = PLUS.matcher(m.group(3).strip()).replaceAll(", ");
            // a definition opens a sentence: "surface m2. une intervention = …" ends the sentence before it even when the
            // stop follows a unit or an abbreviation, so its kind is written with a capital
            String kind = m.group(1).isEmpty() || m.group(1).startsWith("\n") ? m.group(2) : Text.capitalize(m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + kind + ": " + items));
        }
        m.appendTail(out);
        return out.toString();
    }
}
