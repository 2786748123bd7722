package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link whose kind is followed by a relative clause: "every lesson ought to point to the tutor who taught
 * it", "make every reading belong to the round it was taken on", "chaque cours doit pointer vers le prof qui l'a
 * donné", "cada sesión debe ir vinculada al entrenador que la dio", "jede Sitzung gehört zu dem Trainer, der sie
 * gehalten hat". The clause is read again by the link readers without the relative clause (up to the next comma,
 * bracket or dash), but only when the one or two words before the pronoun name a kind of the spec.
 */
final class LinkRelative {
    private static final Pattern REL = p("\\s+(?:who|whom|whose|which|that|where|it|they|we|you|qui|que|qu'|dont|quien|quienes|donde)(?=[\\s'])"
            + "|\\s*,\\s*(?:der|die|das|dem|den|welche[rsnm]?)\\s");
    private static final Pattern END = Pattern.compile("[,;(\\[–—]|\\s-\\s");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ELIDED = Pattern.compile("^[\\p{L}]+'");

    private LinkRelative() {
    }

    /** The clause without a relative clause said after a kind, or null when there is none. */
    static RefineClause cut(RefineSession s, RefineClause c) {
        Matcher m = c.match(REL);
        while (m.find()) {
            String before = c.sub(0, m.start()).orig.strip();
            String[] w = SPACES.split(before);
            if (w.length < 3 || !namesKind(s, w)) {
                continue;
            }
            Matcher end = END.matcher(c.text);
            int stop = end.find(Math.min(c.text.length(), m.end())) ? end.start() : c.text.length();
            String rest = c.from(stop).orig.strip();
            return new RefineClause(rest.isEmpty() ? before : before + (rest.startsWith(",") ? "" : " ") + rest);
        }
        return null;
    }

    /** The last one or two words name a kind of the spec ("the trainer", "a site visit"). */
    private static boolean namesKind(RefineSession s, String[] w) {
        for (int n = Math.min(2, w.length - 1); n >= 1; n--) {
            String words = ELIDED.matcher(String.join(" ", java.util.Arrays.copyOfRange(w, w.length - n, w.length))).replaceFirst("");
            RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, words);
            if (e != null && e.score() >= 0.9) {
                return true;
            }
        }
        return false;
    }

    /** Reads the clause without its relative clause with the link readers; false (and nothing changed) when none of them does. */
    static boolean read(RefineSession s, RefineClause c) {
        RefineClause cut = cut(s, c);
        if (cut == null) {
            return false;
        }
        int waiting = s.pendingLinks.size();
        if (RefineLinks.link(s, cut) || LinkVerbs.read(s, cut) || RefineLinks.partOf(s, cut) || RefineEachLink.manyOf(s, cut) || RefineEachLink.read(s, cut)) {
            return true;
        }
        s.pendingLinks.subList(waiting, s.pendingLinks.size()).clear();
        return false;
    }
}
