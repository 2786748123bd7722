package org.toolsmith.draft.offline;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;

/**
 * The record kind a question-shaped field is about, when the question names it with an article: "whether
 * the repair is under warranty" goes on Repair, "wer den Sud abgefüllt hat" on Sud, "si le vin est bio" on
 * Vin. Used only when nothing else named a kind, and never for a kind the default one links to: "whether the
 * book was damaged on return" belongs to the loan of the book (a question asked as its own sentence about
 * that kind names it itself, {@link AskFrames}).
 */
final class QuestionKind {
    private static final Pattern WH = Pattern.compile("^(?:whether|if|who|whom|when|how|which|what|si|s'il|s'ils|s'elle|qui|quand|combien|quel\\w*|quien|cuando|cuant\\w*|que|cual\\w*|ob|wer|wen|wem|wann|wie|welch\\w*)\\b");
    private static final Pattern NAMED = Pattern.compile("\\b(?:the|le|la|les|l'|el|los|las|der|die|das|den|dem|des)\\s*([\\w-]{3,})\\b");
    /** A state of the thing: "is", "are", "has", "est", "a", "es", "tiene", "ist", "hat", "sind". */

    private QuestionKind() {
    }

    /** The scoped phrase with the kind its question names, or the phrase as it was. */
    static RefineResolver.Scoped scope(RefineSession s, RefineResolver.Scoped found) {
        RefineClause phrase = found.phrase();
        if (found.entityKey() != null || phrase == null || !phrase.match(WH).find()) {
            return found;
        }
        Set<String> kinds = new LinkedHashSet<>();
        Matcher m = phrase.match(NAMED);
        while (m.find()) {
            RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, m.group(1));
            if (e != null && e.score() >= 0.99) {
                kinds.add(e.entity().key());
            }
        }
        if (kinds.size() != 1) {
            return found;
        }
        String kind = kinds.iterator().next();
        String fallback = RefineResolver.targetEntity(s, null);
        Entity d = s.entity(fallback);
        boolean linked = d != null && d.fields().stream().anyMatch(f -> kind.equals(f.target()));
        if (kind.equals(fallback) || linked) {
            return found;
        }
        return new RefineResolver.Scoped(phrase, kind);
    }
}
