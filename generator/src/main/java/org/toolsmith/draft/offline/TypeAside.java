package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * A field and its new type said with no verb beside another edit: "Completed on must be filled in, and notes as a
 * longer text", "'Erledigt am' soll Pflicht sein und 'Hinweis' als längerer Text", "les remarques en texte long, et la
 * quantité obligatoire", "la fecha tiene que rellenarse y las notas en texto largo". The aside is read as a type change
 * of that field and cut from the clause, so that the other edit (a flag, mostly) does not spread to it.
 */
final class TypeAside {
    private static final String ARTICLE = "(?:(?:the|le|la|les|el|los|las|der|die|das|den)\\s+|l')?";
    private static final String AS = "\\s+(?:as|als|en|como)\\s+";
    private static final String POLITE = "(?:\\s+(?:please|pls|svp|stp|s'il vous plait|por favor|bitte))?";
    /** "…, and notes as a longer text" at the end of the clause. */
    private static final Pattern TAIL = p("(?:\\s*,\\s*|\\s+)(?:and|et|y|und)\\s+" + ARTICLE + "([\\w'-]+(?:\\s+[\\w'-]+){0,3}?)" + AS + "([\\w'-]+(?:\\s+[\\w'-]+){0,4}?)" + POLITE + "\\s*[.!]?$");
    /** "les remarques en texte long, et …" at the start. */
    private static final Pattern HEAD = p("^" + ARTICLE + "([\\w'-]+(?:\\s+[\\w'-]+){0,3}?)" + AS + "([\\w'-]+(?:\\s+[\\w'-]+){0,4}?)" + POLITE + "\\s*,?\\s+(?:and|et|y|und)\\s+(?=\\S)");

    /** The rest has to be an edit of its own ("must be filled in", "obligatoire"), not the start of a list ("start and end time as …"). */
    private static final Pattern EDIT = p("\\b(?:must|should|has to|have to|needs? to|can't|cannot|can|required|mandatory|compulsory|optional|"
            + "doit|doivent|devrait|devraient|peut|obligatoires?|facultati\\w*|optionnel\\w*|debe|deben|deberia|tiene que|tienen que|puede|obligatori\\w*|opcional\\w*|"
            + "soll|sollen|sollte|muss|mussen|kann|pflicht\\w*|freiwillig)\\b");

    private TypeAside() {
    }

    /** The clause without the aside it read (the clause itself when there is none). */
    static RefineClause cut(RefineSession s, RefineClause c) {
        Matcher tail = c.match(TAIL);
        if (tail.find() && tail.start() > 0 && c.sub(0, tail.start()).match(EDIT).find() && retype(s, c.group(tail, 1), c.group(tail, 2))) {
            return c.sub(0, tail.start());
        }
        Matcher head = c.match(HEAD);
        if (head.find() && head.end() < c.text.length() && c.from(head.end()).match(EDIT).find() && retype(s, c.group(head, 1), c.group(head, 2))) {
            return c.from(head.end());
        }
        return c;
    }

    private static boolean retype(RefineSession s, RefineClause named, RefineClause typeWords) {
        Optional<FieldType> type = RefineRetype.named(typeWords.text);
        if (type.isEmpty() || type.get().hasOptions() || type.get() == FieldType.REFERENCE || type.get() == FieldType.PERSON) {
            return false;
        }
        RefineMatcher.FieldRef f = RefineResolver.field(s, named);
        if (f == null || f.score() < 0.99 || f.field().type() == type.get() || f.field().type() == FieldType.REFERENCE) {
            return false;
        }
        s.setType(f.entity().key(), f.field().key(), type.get(), java.util.List.of(), null);
        return true;
    }
}
