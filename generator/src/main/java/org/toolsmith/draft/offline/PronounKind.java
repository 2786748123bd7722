package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The record kind a possessive points back to: "some of our customers are shops, it'd be nice to have a link
 * to their website" puts the website on Customer, the kind named last before "their" in the same sentence
 * ("leurs" likewise), when that kind was named in the plural. Used only when nothing else named a kind.
 */
final class PronounKind {
    /** "their" and "leur(s)" point back to a kind named in the plural; "su", "ihr" and "its" are too often someone else's. */
    private static final Pattern POSSESSIVE = Pattern.compile("\\b(?:their|leurs?)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}-]{3,}");

    private PronounKind() {
    }

    static RefineResolver.Scoped scope(RefineSession s, RefineResolver.Scoped found) {
        if (found.entityKey() != null || found.phrase() == null || !found.phrase().match(POSSESSIVE).find() || s.message == null || s.clauseSaid == null) {
            return found;
        }
        int at = s.message.indexOf(s.clauseSaid.strip());
        if (at < 0) {
            return found;
        }
        // the sentence up to the clause, and the clause up to its possessive ("most of our sailors race, a link to their …")
        Matcher own = POSSESSIVE.matcher(RefineText.fold(s.clauseSaid));
        String before = s.message.substring(0, at) + " " + (own.find() ? s.clauseSaid.substring(0, Math.min(own.start(), s.clauseSaid.length())) : "");
        int sentence = Math.max(Math.max(before.lastIndexOf(". "), before.lastIndexOf('\n')), Math.max(before.lastIndexOf("? "), before.lastIndexOf("! ")));
        before = before.substring(sentence + 1);
        String kind = null;
        Matcher w = WORD.matcher(before);
        while (w.find()) {
            RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, w.group());
            if (e != null && e.score() >= 0.99 && w.group().matches("(?iu).*[sx]") && !RefineText.fold(w.group()).equals(RefineText.fold(e.entity().name()))) {
                kind = e.entity().key();
            }
        }
        return kind == null ? found : new RefineResolver.Scoped(found.phrase(), kind);
    }
}
