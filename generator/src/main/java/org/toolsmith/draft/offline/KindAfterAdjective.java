package org.toolsmith.draft.offline;

import java.util.function.Function;
import org.toolsmith.spec.Entity;

/**
 * The kind in "one fixed desk", "einen festen Tisch", "un emplacement précis", "su caballo propio":
 * two words after the determiner of a link where one is a kind named exactly and the other a word
 * that only describes it. English and German put the describing word first (in German it is typed in
 * lower case, as adjectives are), French and Spanish mostly after. A compound like "room number"
 * never counts: the kind must be the noun the phrase ends on (English, German) or starts with.
 */
final class KindAfterAdjective {
    private KindAfterAdjective() {
    }

    static Entity of(RefineSession s, String words, Function<String, Entity> exact) {
        String[] w = words.strip().split("\\s+");
        if (w.length != 2 || RefineText.STOP.contains(RefineText.fold(w[0])) || RefineText.STOP.contains(RefineText.fold(w[1]))) {
            return null;
        }
        boolean after = s.lang == Lang.FR || s.lang == Lang.ES;
        if (s.lang == Lang.DE && !Character.isLowerCase(w[0].charAt(0))) {
            return null;
        }
        String noun = after ? w[0] : w[1];
        String other = after ? w[1] : w[0];
        if (exact.apply(other) != null || RefineResolver.field(s, new RefineClause(words)) != null
                && RefineResolver.field(s, new RefineClause(words)).score() >= 0.99) {
            return null;
        }
        return exact.apply(noun);
    }
}
