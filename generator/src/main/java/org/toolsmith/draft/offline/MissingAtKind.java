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
            return c;
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
}
