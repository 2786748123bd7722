package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;

/**
 * Who each record of a new kind belongs to, said beside the list of its fields rather than in front of it, in the four
 * languages: a participle of linking with its owner ("…, each linked to its client", "…, rattachée à l'abonné", "…, cada
 * uno vinculado a un curso", "…, jeweils einem Auftrag zugeordnet"), a German "jeweils zu einem X", or a distributive
 * "per / for each / pour chaque / par / por cada / pro / je / für jede X" inside the list. The owner must be a kind the
 * spec has; the phrase is cut out of the list so that it is not read as one more field.
 */
final class KindOwnerTail {
    private static final String KIND = "([\\w'-]+(?:\\s+[\\w'-]+)?)";
    private static final String LEAD = "(?:^|[,;(]\\s*|\\s+[-–—]\\s+|\\s+(?:and|et|y|und)\\s+)";
    private static final String EACH = "(?:(?:each(?:\\s+one)?|every\\s+one|all|chacune?|tous|toutes|cada\\s+un[oa]|tod[oa]s|jeweils|jede[rsmn]?(?:\\s+davon)?|alle)\\s+)?";
    /** The article before the owner, a whole word ("an animal" is no "a" before "n animal"). */
    private static final String ARTICLE = "(?:(?:its|their|an|a|one|the|son|sa|leur|une|un|le|la|l'|su|una|el|seinem|seiner|seinen|ihrem|ihrer|ihren|einem|einer|einen|dem|der|den)\\b\\s*)?";
    /** "linked to its client", "rattachée à l'abonné", "vinculado a un curso", "verknüpft mit einem Auftrag". */
    private static final Pattern LINKED = p(LEAD + EACH + "(?:(?:is|are|being|est|sont|es|son|ist|sind|wird|werden)\\s+)?"
            + "(?:linked|attached|tied|belonging|connected|assigned|allocated|allotted|related|hooked up|liee?s?|rattachee?s?|associee?s?|reliee?s?|attachee?s?|affectee?s?|attribuee?s?|appartenant|"
            + "vinculad[oa]s?|ligad[oa]s?|asociad[oa]s?|enlazad[oa]s?|asignad[oa]s?|adscrit[oa]s?|perteneciente|verknupft|verbunden|zugeordnet|zugewiesen|gehorig|gehorend)"
            + "\\s+(?:to|with|a|au|aux|avec|al|con|mit|zu|zum|zur|an)\\s+" + ARTICLE + KIND + "(?=\\s*(?:[,.;:!?)]|$))");
    /** "jeweils zu einem Vertrag", "jeweils einem Auftrag zugeordnet", "die jeweils zu einer Maschine gehören": the German owner without a participle first. */
    private static final Pattern JEWEILS = p(LEAD + "(?:(?:die|der|das|welche)\\s+)?(?:jeweils|jede[rsmn]?\\s+davon)\\s+(?:(?:zu|an|bei|fur|von|mit)\\s+)?(?:einem|einer|einen|dem|der|den|ihrem|ihrer|seinem|seiner)\\s+"
            + "([\\w'-]+(?:\\s+(?!(?:zugeordnet|zugewiesen|verknupft|verbunden|gehorig|gehorend|gehoren|gehort|sind|ist|werden|wird)\\b)[\\w'-]+)?)"
            + "(?:\\s+(?:zugeordnet|zugewiesen|verknupft|verbunden|gehorig|gehorend|gehoren|gehort)(?:\\s+(?:sind|ist|werden|wird))?)?(?=\\s*(?:[,.;:!?)]|$))");
    /** "pro Parzelle das Ablesedatum …", "for each room the date …", "pour chaque client la date …": inside the list. */
    private static final Pattern PER = p("(?:^|(?<=[\\s,;:(]))(?:for\\s+(?:each|every)|per|pour\\s+chaque|par|por\\s+cada|para\\s+cada|por|pro|je|fur\\s+jede[nmrs]?|zu\\s+jede[mnrs]?)\\s+"
            + "(?:(?:the|le|la|l'|el)\\s*)?" + KIND);

    record Cut(Entity owner, RefineClause rest) {
    }

    private KindOwnerTail() {
    }

    /** The owner said in this list or tail and the text without it, or null when none names a kind of the spec. */
    static Cut find(RefineSession s, RefineClause text) {
        return find(s, text, false);
    }

    /** The same, only when the phrase opens the text ("each belonging to a permit", after a list in brackets). */
    static Cut leading(RefineSession s, RefineClause text) {
        return find(s, text, true);
    }

    private static Cut find(RefineSession s, RefineClause text, boolean atStart) {
        for (Pattern pattern : new Pattern[] {LINKED, JEWEILS, PER}) {
            Matcher m = text.match(pattern);
            while (m.find()) {
                Entity owner = atStart && m.start() > 0 ? null : owner(s, text.group(m, 1));
                if (owner != null) {
                    String before = text.sub(0, m.start()).orig;
                    String after = text.from(m.end()).orig;
                    String rest = (before + (pattern == PER ? " " : "") + after).replaceAll("\\s+", " ")
                            .replaceAll("^[\\s,;:–—-]+|[\\s,;:–—-]+$", "").replaceAll("\\s+([,;.])", "$1");
                    return new Cut(owner, new RefineClause(rest));
                }
            }
        }
        return null;
    }

    /** A kind of the spec said by one or two words, the longest first ("its return" is the Customer return). */
    private static Entity owner(RefineSession s, RefineClause words) {
        String[] w = words.orig.strip().split("\\s+");
        for (int n = Math.min(2, w.length); n >= 1; n--) {
            String said = String.join(" ", java.util.Arrays.copyOf(w, n));
            RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, said);
            if (e != null && e.score() >= 0.9 && s.originalEntities.contains(e.entity().key())) {
                return e.entity();
            }
            String folded = RefineText.fold(said);
            for (Entity k : s.spec.entities()) {
                if (s.originalEntities.contains(k.key()) && (RefineText.fold(k.name()).equals(folded) || RefineText.fold(k.plural()).equals(folded)
                        || RefineText.fold(k.name()).endsWith(" " + folded))) {
                    return k;
                }
            }
        }
        return null;
    }
}
