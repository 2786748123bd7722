package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;

/**
 * A link asked as what one wants to know: "we need to see which store each complaint comes from",
 * "savoir de quel magasin vient chaque réclamation", "saber de qué proveedor es cada pedido",
 * "wissen, zu welchem Projekt jede Buchung gehört". The kind after "each" gets the reference to the
 * kind after "which" (each complaint has one store). Both must be record kinds, and the clause must
 * say it is about knowing, seeing or recording.
 */
final class RefineWhichEach {
    private static final String W = "([a-z][\\w-]*(?:\\s+[a-z][\\w-]*)?)";
    private static final Pattern WHICH = p("\\b(?:which|what|quel|quelle|quels|quelles|que|cual|cuales|welche[mnrs]?)\\s+" + W);
    private static final Pattern EACH = p("\\b(?:each|every|chaque|cada|jede[mnrs]?)\\s+" + W);
    private static final Pattern KNOW = p("\\b(?:know|see|say|show|tell|record|track|note|indicate|savoir|voir|indiquer|noter|preciser|saber|ver|indicar|registrar|anotar|"
            + "wissen|sehen|angeben|erfassen|festhalten|notieren)\\b");

    private RefineWhichEach() {
    }

    static boolean read(RefineSession s, RefineClause c) {
        if (!c.match(KNOW).find()) {
            return false;
        }
        Matcher which = c.match(WHICH);
        Matcher each = c.match(EACH);
        if (!which.find() || !each.find()) {
            return false;
        }
        Entity one = kind(s, c.group(which, 1));
        Entity many = kind(s, c.group(each, 1));
        if (one == null || many == null || one.key().equals(many.key())) {
            return false;
        }
        s.link(many.key(), one.key());
        return true;
    }

    /** The kind the first one or two words name. */
    private static Entity kind(RefineSession s, RefineClause words) {
        String[] w = words.orig.strip().split("\\s+");
        for (int n = w.length; n >= 1; n--) {
            RefineClause part = new RefineClause(String.join(" ", java.util.Arrays.copyOf(w, n)));
            RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, part.orig);
            if (e == null) {
                e = RefineMatcher.entity(s.spec, s.singular(part.orig));
            }
            if (e != null && e.score() >= 0.9) {
                return e.entity();
            }
        }
        return null;
    }
}
