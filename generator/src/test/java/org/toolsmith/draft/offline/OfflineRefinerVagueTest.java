package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.toolsmith.draft.offline.RefineFixtures.ROOMS;
import static org.toolsmith.draft.offline.RefineFixtures.newFields;
import static org.toolsmith.draft.offline.RefineFixtures.refine;
import static org.toolsmith.draft.offline.RefineFixtures.unchangedExcept;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/** Requests that describe what people want to know rather than naming fields. */
class OfflineRefinerVagueTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "we'd like to know how long each meeting lasts | Duration | DECIMAL",
        "I want to know how long it took to set up the room | Time to set | DECIMAL",
        "we need to see who's responsible for the keys | Responsible | PERSON",
        "track what each booking cost us | Cost | MONEY",
        "we must know where each booking came from | Source | TEXT",
        "and who signed it off | Signed off by | PERSON",
        "we want to know by when it must be confirmed | Deadline | DATE",
        "we want to know in what state the room was left | State | TEXT",
        "please record how much the caterer charged | Amount charged | MONEY",
        "we need to know whether the guests were briefed | Guests briefed | BOOLEAN",
        "also who cleaned up afterwards | Cleaned up by | PERSON",
        "note how many chairs were set out | Number of chairs | INTEGER"})
    void adds_the_field_a_question_asks_for(String message, String label, FieldType type) {
        AppSpec out = refine(ROOMS, message).spec();
        List<Field> fresh = newFields(ROOMS, out, "booking");
        assertEquals(1, fresh.size(), () -> fresh.toString());
        assertEquals(label, fresh.get(0).label());
        assertEquals(type, fresh.get(0).type());
        unchangedExcept(ROOMS, out);
    }
}
