package org.toolsmith.draft.offline;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * "Cleaned by", "nettoyé par", "revisado por", "geprüft von": a participle and the doer's
 * preposition name the person who did it, whatever the verb (the lexicon lists only common ones).
 */
final class DoerLabels {
    private DoerLabels() {
    }

    private static final Pattern EN = Pattern.compile("[a-z]{2,}(?:ed|en)|done|made|led|run|kept|held|sent|paid|brought|bought|taught|caught|read|set|put|told|sold|found|met");
    private static final Pattern FR = Pattern.compile("[a-z]{2,}(?:e|ee|es|i|ie|is|u|ue|it|ite|ert|erte)");
    private static final Pattern ES = Pattern.compile("[a-z]{2,}(?:ado|ada|ido|ida|cho|cha|to|ta)");
    private static final Pattern DE = Pattern.compile("(?:[a-z]*ge[a-z]{2,}(?:t|en)|[a-z]{3,}(?:iert|ert|elt|zt|st|ft|kt|pt|nt|lt|ht))");
    private static final Set<FieldType> LOOSE = Set.of(FieldType.TEXT, FieldType.BOOLEAN);
    /** "Needed by", "expected by", "paid by": a deadline or a means, not a doer. */
    private static final Set<String> NOT_DOERS = Set.of("needed", "required", "expected", "wanted", "scheduled", "planned",
            "due", "paid", "sent", "finished", "returned", "delivered", "ended", "done", "prevu", "prevue", "previsto", "prevista",
            "pagado", "paye", "payee", "bezahlt", "geplant", "erwartet", "fallig");

    static FieldType adjust(Lexicon lex, String folded, FieldType t) {
        if (!LOOSE.contains(t)) {
            return t;
        }
        List<String> w = Text.words(folded);
        if (w.size() != 2 || !lex.agentPreps.contains(w.get(1)) || NOT_DOERS.contains(w.get(0))) {
            return t;
        }
        Pattern p = switch (lex.lang) {
            case EN -> EN;
            case FR -> FR;
            case ES -> ES;
            case DE -> DE;
        };
        return p.matcher(w.get(0)).matches() ? FieldType.PERSON : t;
    }
}
