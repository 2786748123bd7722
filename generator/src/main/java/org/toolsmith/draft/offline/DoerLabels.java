package org.toolsmith.draft.offline;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * "Cleaned by", "nettoyé par", "revisado por", "geprüft von": a participle and the doer's
 * preposition name the person who did it, whatever the verb (the lexicon lists only common ones); "returned on",
 * "validé le", "devuelto el", "freigegeben am": a participle and the day's preposition name the date it was done.
 */
final class DoerLabels {
    private DoerLabels() {
    }

    private static final Pattern EN = Pattern.compile("[a-z]{2,}(?:ed|en)|done|made|led|run|kept|held|sent|paid|brought|bought|taught|caught|read|set|put|told|sold|found|met");
    private static final Pattern FR = Pattern.compile("[a-z]{2,}(?:e|ee|es|i|ie|is|u|ue|it|ite|ert|erte)");
    private static final Pattern ES = Pattern.compile("[a-z]{2,}(?:ado|ada|ido|ida|cho|cha|to|ta)");
    private static final Pattern DE = Pattern.compile("(?:[a-z]*ge[a-z]{2,}(?:t|en)|[a-z]{3,}(?:iert|ert|elt|zt|st|ft|kt|pt|nt|lt|ht))");
    private static final Set<FieldType> LOOSE = Set.of(FieldType.TEXT, FieldType.BOOLEAN, FieldType.FILE);
    /** The preposition of a day after a participle: "returned on", "validé le", "devuelto el", "freigegeben am". */
    private static final Map<Lang, String> DAY_PREPS = Map.of(Lang.EN, "on", Lang.FR, "le", Lang.ES, "el", Lang.DE, "am");
    /** "Needed by", "expected by", "paid by": a deadline or a means, not a doer. */
    private static final Set<String> NOT_DOERS = Set.of("needed", "required", "expected", "wanted", "scheduled", "planned",
            "due", "paid", "sent", "finished", "returned", "delivered", "ended", "done", "prevu", "prevue", "previsto", "prevista",
            "pagado", "paye", "payee", "bezahlt", "geplant", "erwartet", "fallig");

    static FieldType adjust(Lexicon lex, String folded, FieldType t) {
        if (!LOOSE.contains(t)) {
            return t;
        }
        List<String> w = Text.words(folded);
        Pattern p = switch (lex.lang) {
            case EN -> EN;
            case FR -> FR;
            case ES -> ES;
            case DE -> DE;
        };
        if (w.size() == 2 && w.get(1).equals(DAY_PREPS.get(lex.lang)) && p.matcher(w.get(0)).matches()) {
            // "validé le", "devuelto el", "zurückgegeben am": the day it was done ("reçu le" is no receipt)
            return FieldType.DATE;
        }
        if (w.size() != 2 || !lex.agentPreps.contains(w.get(1)) || NOT_DOERS.contains(w.get(0))) {
            return t;
        }
        return p.matcher(w.get(0)).matches() ? FieldType.PERSON : t;
    }

    private static final Pattern FR_DOER = Pattern.compile("^(\\p{L}+?(?:é|e|i|u|is|it|ert))(?:e|es) par$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A French doer's label in the form a field takes, whatever the record's gender: "qui l'a validée" names "Validé par",
     * "qui l'a saisie" "Saisi par", "qui l'a remise" "Remis par" (the participle agreed with the record it is said of).
     */
    static String doerLabel(Lang lang, String label) {
        if (lang != Lang.FR || label == null) {
            return label;
        }
        Matcher m = FR_DOER.matcher(label);
        return m.matches() ? m.group(1) + " par" : label;
    }
}
