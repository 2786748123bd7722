package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.toolsmith.draft.offline.RefineFixtures.ROOMS;
import static org.toolsmith.draft.offline.RefineFixtures.field;
import static org.toolsmith.draft.offline.RefineFixtures.refine;
import static org.toolsmith.draft.offline.RefineFixtures.unchangedExcept;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/** A type change said without naming the type, or naming it loosely. */
class OfflineRefinerTypesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "purpose needs more space, people explain a lot | purpose | LONG_TEXT",
        "purpose: long text | purpose | LONG_TEXT",
        "the purpose box is too small | purpose | LONG_TEXT",
        "starts at only needs the day, not the time | starts_at | DATE",
        "floor can have halves, some rooms are on a mezzanine | floor | DECIMAL",
        "organiser is just a name we type | organiser | TEXT",
        "organiser should be a one-liner | organiser | TEXT",
        "has projector is really a date - the day it was installed | has_projector | DATE",
        "floor is a whole number | floor | INTEGER",
        "the organiser isn't a colleague, it's an email address | organiser | EMAIL",
        "status can have more than one value | status | MULTI_CHOICE",
        "purpose should be picked from the staff directory | purpose | PERSON"})
    void reads_the_type_from_what_the_field_holds(String message, String key, FieldType type) {
        AppSpec out = refine(ROOMS, message).spec();
        String entity = ROOMS.entity("booking").orElseThrow().field(key).isPresent() ? "booking" : "room";
        assertEquals(type, field(out, entity, key).type());
        unchangedExcept(ROOMS, out, entity + "." + key);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "status should say Open, Held or Closed | Open;Held;Closed",
        "status should be a dropdown of the usual steps: New, Booked, Done | New;Booked;Done",
        "status: replace Requested with Asked | Asked;Confirmed;Cancelled"})
    void reads_option_lists_in_loose_phrasings(String message, String options) {
        AppSpec out = refine(ROOMS, message).spec();
        assertEquals(List.of(options.split(";")), field(out, "booking", "status").options());
    }
}
