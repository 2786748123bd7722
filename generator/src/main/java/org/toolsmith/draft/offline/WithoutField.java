package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field a "without" names when required is said by what is worthless without it ("a reading without an
 * index is no reading", "sans index", "sin certificado", "ohne Matrikelnummer"): the field named right after
 * the preposition, within a few words, is the one that must be filled in — not one named elsewhere in the clause.
 */
final class WithoutField {
    private static final Pattern WITHOUT = p("\\b(?:without|sans|sin|ohne)\\s+");

    private WithoutField() {
    }

    /** The field named within three words after "without" (a pronoun: the field last spoken of), else {@code fallback}. */
    static RefineMentions.Hit or(RefineSession s, RefineMentions m, RefineClause c, RefineMentions.Hit fallback) {
        Matcher w = c.match(WITHOUT);
        while (w.find()) {
            if (s.last() != null && c.text.substring(w.end()).matches("(?s)^(?:it|them|one|lui|elle|eux|el|ella|ellos|ihn|sie|es)\\b.*")) {
                // "… sans lui": the field last spoken of
                return new RefineMentions.Hit(s.last().entity(), s.last().field(), 1, -1, true);
            }
            int from = RefineMentions.wordIndex(c.text, w.end());
            for (RefineMentions.Hit h : m.fields) {
                if (h.full() && h.at() >= from && h.at() <= from + 2) {
                    return h;
                }
            }
        }
        return fallback;
    }
}
