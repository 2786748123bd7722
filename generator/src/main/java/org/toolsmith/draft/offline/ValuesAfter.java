package org.toolsmith.draft.offline;

import java.util.List;
import org.toolsmith.spec.FieldType;

/**
 * "Can the deadlines have a type? Filing, hearing, limitation, or internal.", "Kannst du noch den Beruf ergänzen? A, B oder C.": a sentence that
 * is only a list of short values, right after a clause that added a field, gives that field its choices.
 */
final class ValuesAfter {
    private ValuesAfter() {
    }

    /** Whether the clause was the values of the field the clause before added (and they were set). */
    static boolean read(RefineSession s, RefineClause c) {
        RefineMatcher.FieldRef last = s.last();
        if (last == null || !"add".equals(s.lastIntent) || !RefineSplitter.isBareList(c)
                || s.originalFields.contains(last.entity().key() + "." + last.field().key())
                || last.field().type() != FieldType.TEXT && !last.field().type().hasOptions()) {
            return false;
        }
        List<String> values = RefineText.values(c.orig.replaceAll("[.!?;]+$", ""));
        if (values.size() < 2 || values.stream().anyMatch(v -> v.split("\\s+").length > 3)) {
            return false;
        }
        FieldType type = last.field().type() == FieldType.MULTI_CHOICE ? FieldType.MULTI_CHOICE : FieldType.CHOICE;
        s.setType(last.entity().key(), last.field().key(), type, values, null);
        return true;
    }
}
