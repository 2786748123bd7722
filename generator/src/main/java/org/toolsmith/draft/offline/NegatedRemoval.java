package org.toolsmith.draft.offline;

import java.util.regex.Pattern;

/**
 * A removal said with a negation in front of it: "please don't remove the loans", "we should not delete the
 * laptop list", "never drop the notes", "ne supprimez pas les prêts", "no borres los préstamos", "die Ausleihen
 * bitte nicht löschen". Such a clause asks to keep something, so it removes nothing; the person is told what was
 * kept. "We don't need the notes any more" is a removal said with need, not a negated removal verb, and is not
 * matched here. Matched on folded text.
 */
final class NegatedRemoval {
    private NegatedRemoval() {
    }

    private static final String EN_VERB = "(?:remove|delete|drop|erase|get rid of|take out|take away|lose|scrap|bin|kill)";
    // "why not remove …", "can't we just remove …", "can you not delete …": suggestions and requests, not negations
    private static final Pattern EN = Pattern.compile("(?<!why )\\b(?:don'?t|do not|dont|never|not|shouldn'?t|should not|mustn'?t|must not|can'?t|cannot|won'?t)"
            + "(?!\\s+(?:we|you|i|they|just)\\b)\\s+(?:\\w+\\s+){0,2}?" + EN_VERB + "\\b");
    private static final Pattern FR = Pattern.compile("\\b(?:ne|n')\\s*(?:\\w+\\s+){0,2}?(?:supprime[zrs]?|supprimons|efface[zrs]?|enleve[zrs]?|retire[zrs]?|jette[zrs]?)\\s+(?:pas|jamais|surtout pas)\\b"
            + "|\\bne\\s+(?:pas|jamais)\\s+(?:supprimer|effacer|enlever|retirer)\\b");
    private static final Pattern ES = Pattern.compile("\\bno\\s+(?:\\w+\\s+){0,2}?(?:borr|elimin|quit|sac|suprim)\\w*\\b|\\bnunca\\s+(?:borr|elimin|quit|suprim)\\w*\\b");
    private static final Pattern DE = Pattern.compile("\\b(?:nicht|nie|niemals|keinesfalls)\\s+(?:\\w+\\s+){0,2}?(?:loschen|entfernen|streichen|rausnehmen|wegnehmen)\\b"
            + "|\\b(?:losche|loscht|entferne|entfernt|streiche|streicht)\\s+(?:\\w+\\s+){0,4}?(?:nicht|nie)\\b");

    /** Whether the clause says not to remove something. */
    static boolean said(RefineSession s, RefineClause c) {
        String t = c.text;
        Pattern p = switch (s.lang) {
            case FR -> FR;
            case ES -> ES;
            case DE -> DE;
            default -> EN;
        };
        return p.matcher(t).find() || s.lang != Lang.EN && EN.matcher(t).find();
    }
}
