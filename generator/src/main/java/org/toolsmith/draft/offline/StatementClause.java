package org.toolsmith.draft.offline;

import java.util.regex.Pattern;

/**
 * A short clause that states something rather than naming a field, so it does not go on with the verb of
 * the clause before: a remark with its own subject and verb ("catering keeps asking", "suelen valer 30
 * días", "wir müssen das summieren", "ils le demandent tout le temps") or a word of correcting oneself
 * ("o sea", "no wait", "I mean", "enfin", "das heißt"). A question word in front ("who signed it", "ob
 * es zurückkam") still names a field and is not a statement.
 */
final class StatementClause {
    private static final Pattern CORRECTION = Pattern.compile(
            "^(?:o sea|es decir|mejor dicho|no espera|no wait|wait|i mean|or rather|hmm+|c'est-a-dire|enfin|ou plutot|das heisst|d\\.? ?h\\.?|besser gesagt|nee warte|nein warte)\\b[,.!\\s]*$");
    private static final Pattern WH = Pattern.compile(
            "^(?:who|when|whether|if|how|what|which|where|qui|quand|si|combien|quel\\w*|ou|quien|cuando|cuanto\\w*|cual\\w*|donde|wer|wann|ob|wie|welche\\w*|wo)\\b");
    /** Finite verbs and auxiliaries of a remark, in the four languages (folded). */
    private static final Pattern FINITE = Pattern.compile(
            "\\b(?:keeps?|kept|asks|asked|wants|wanted|complains?|complained|would|will|won't|doesn't|don't|didn't|isn't|aren't|uses|likes|needs to|has to|have to"
                    + "|demandent|demande|veulent|veut|doivent|aiment|utilisent|vont|va"
                    + "|suelen|suele|valen|vale|piden|pide|preguntan|pregunta|quieren|quiere|usan|usa|van|va|tenemos que|hay que"
                    + "|mussen|muss|wollen|will|fragen|fragt|brauchen|braucht|nutzen|nutzt|sollen|soll|konnen|kann)\\b");

    private StatementClause() {
    }

    static boolean is(RefineClause c) {
        String t = c.text.strip();
        if (CORRECTION.matcher(t).find()) {
            return true;
        }
        return !WH.matcher(t).find() && FINITE.matcher(t).find();
    }
}
