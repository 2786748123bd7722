package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field said to be missing, with the kind it is missing from after the verb and no article in front, as
 * people type in a chat box: "Garantie ja/nein fehlt noch bei der Reparatur", "la photo manque sur les
 * visites", "el email falta en los socios", "the phone number is missing from members". Read as "add X to
 * the kind" when the place names a kind (a place that names a field, "Bogen fehlt bei Instrument", is a value
 * missing from a choice and is left to the choice readers). Also "al propietario le falta …" (Spanish "a el").
 */
final class MissingAtKind {
    private static final Pattern LACKS = Pattern.compile(
            "^(.{2,50}?)\\s+(?:fehlt|fehlen|manque|manquent|falta|faltan|is missing|are missing)\\s+(?:(?:noch|auch|uns|mir|encore|aussi|todavia|aun|tambien|still|too)\\s+)*"
                    + "(?:bei|beim|im|in|sur|dans|pour|a|au|aux|en|from|on|in|for)\\s+(?:(?:der|dem|den|die|das|le|la|les|l'|el|los|las|the|each|every|all|chaque|cada|jede[rmn]?)\\s+|l')?([\\w'-]+(?:\\s+[\\w'-]+)?)[.!?\\s]*$");
    private static final Pattern AL = Pattern.compile("^(?:(?:y|pero|tambien)\\s+)?al\\s+(?=[\\w-]+\\s+(?:le|les)\\s+(?:falta|faltan|faltaria|hace falta)\\b)");

    /** "who signs off each report is missing, and the root cause", "Ursache fehlt noch, und …": what is missing said first, no place. */
    private static final Pattern MISSING_FIRST = Pattern.compile(
            "^(?:(?:and|et|y|und|also|aussi|tambien|auch)\\s+)?(.{2,60}?)\\s*,?\\s+(?:(?:is|are)\\s+(?:still\\s+|also\\s+)?missing|fehlt|fehlen|manque|manquent|falta|faltan)"
                    + "(?:\\s+(?:noch|auch|uns|mir|hier|leider|encore|aussi|toujours|todavia|aun|tambien|still|too|here|as well))*\\s*(?=[,.;!]|$)");
    /** "the report still lacks a root cause", "the report is missing a root cause": the kind first, then what it lacks. */
    private static final Pattern KIND_LACKS = Pattern.compile(
            "^(?:(?:and|also)\\s+)?(?:the|each|every|our|all)\\s+([\\w'-]+)\\s+(?:still\\s+|also\\s+)?(?:lacks?|(?:is|are)\\s+(?:still\\s+|also\\s+)?missing)\\s+(?=\\S)");

    private MissingAtKind() {
    }

    static RefineClause plain(RefineSession s, RefineClause c) {
        Matcher al = c.match(AL);
        if (al.find()) {
            // "al propietario le falta el email": the kind, said with "a el"
            return new RefineClause("a el " + c.from(al.end()).orig);
        }
        Matcher m = c.match(LACKS);
        if (!m.find()) {
            return missingFirst(s, c);
        }
        RefineClause what = c.group(m, 1);
        RefineClause place = c.group(m, 2);
        if (what.text.matches("^(?:es|il|ca|cela|eso|esto|das|it|something|what|nothing|nichts|rien|nada)\\b.*") || what.text.contains(",")) {
            return c;
        }
        RefineMatcher.EntityRef kind = RefineMatcher.entity(s.spec, place.orig);
        if (kind == null || kind.score() < 0.99 || RefineResolver.entity(s, what) != null) {
            return c;
        }
        return new RefineClause("add " + what.orig + " to the " + place.orig);
    }

    private static final Pattern NOT_A_THING = Pattern.compile("^(?:es|il|ca|cela|eso|esto|das|it|something|what|nothing|nichts|rien|nada|que|was|etwas|quelque chose|algo|this|that)\\b.*");

    /** "X is missing, and Y" → "add X, and Y" in the language of the message; "the report lacks X" → "on the report add X". */
    private static RefineClause missingFirst(RefineSession s, RefineClause c) {
        Matcher kl = c.match(KIND_LACKS);
        if (kl.find()) {
            RefineMatcher.EntityRef kind = RefineMatcher.entity(s.spec, c.group(kl, 1).orig);
            return kind == null || kind.score() < 0.99 ? c : new RefineClause("on the " + c.group(kl, 1).orig + " add " + c.from(kl.end()).orig);
        }
        Matcher m = c.match(MISSING_FIRST);
        if (!m.find()) {
            return c;
        }
        RefineClause what = c.group(m, 1);
        if (NOT_A_THING.matcher(what.text).matches() || what.text.contains(",") || what.text.contains(":") || RefineResolver.entity(s, what) != null
                || RefineMatcher.field(s.spec, what.orig, null, s.originalFields) instanceof RefineMatcher.FieldRef f && f.score() >= 0.99) {
            return c;
        }
        String verb = switch (s.lang) {
            case FR -> "il manque ";
            case ES -> "falta ";
            case DE -> "es fehlt noch ";
            default -> "add ";
        };
        return new RefineClause(verb + what.orig + c.from(m.end()).orig);
    }
}
