package org.toolsmith.draft.offline;

import java.util.List;
import org.toolsmith.spec.FieldType;

/**
 * A record made each time something happens or each day has a date even when the writer does not list
 * one: "drivers log every fill up - which van, litres, cost", "Chaque jour, l'équipe remplit une fiche",
 * "cada día hay que pasar lista". Only a kind read from such a sentence, with no date of its own.
 */
final class EventDates {
    private EventDates() {
    }

    static void apply(Lexicon lex, List<DraftEntity> entities) {
        List<String> cues = TypeCues.of(lex.lang).eventDates;
        for (DraftEntity e : entities) {
            if (e.because == null || e.fields.isEmpty() || e.fields.stream().anyMatch(f -> f.type == FieldType.DATE || f.type == FieldType.DATETIME)
                    || e.fields.stream().allMatch(f -> f.suggested)) {
                continue;
            }
            if (TypeCues.any(cues, Text.fold(e.because))) {
                DraftField date = new DraftField(lex.dateLabel, FieldType.DATE, e.because);
                e.add(date);
            }
        }
    }
}
