package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.RefineFixtures.ROOMS;
import static org.toolsmith.draft.offline.RefineFixtures.added;
import static org.toolsmith.draft.offline.RefineFixtures.field;
import static org.toolsmith.draft.offline.RefineFixtures.refine;
import static org.toolsmith.draft.offline.RefineFixtures.unchangedExcept;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/** Edits of the shape of the app: order, kinds of their own, who does what, whole option lists. */
class OfflineRefinerStructureTest {

    @Test
    void moves_a_field_in_the_form_without_changing_it() {
        AppSpec out = refine(ROOMS, "move the notes field to the top").spec();
        List<String> keys = out.entity("booking").orElseThrow().fields().stream().map(Field::key).toList();
        assertEquals(List.of("notes", "room", "organiser", "starts_at", "purpose", "status"), keys);
        assertEquals(new java.util.HashSet<>(ROOMS.entity("booking").orElseThrow().fields()),
                new java.util.HashSet<>(out.entity("booking").orElseThrow().fields()));
    }

    @Test
    void a_text_field_can_become_a_kind_of_its_own() {
        AppSpec out = refine(ROOMS, "purpose should be its own list with a name and a cost code").spec();
        assertEquals(FieldType.REFERENCE, field(out, "booking", "purpose").type());
        String target = field(out, "booking", "purpose").target();
        assertEquals(List.of("Name", "Cost code"), out.entity(target).orElseThrow().fields().stream().map(Field::label).toList());
        unchangedExcept(ROOMS, out, "booking.purpose");
    }

    @Test
    void done_by_someone_adds_a_person() {
        AppSpec out = refine(ROOMS, "every booking must be approved by a facilities manager").spec();
        Field f = added(ROOMS, out, "booking");
        assertEquals(FieldType.PERSON, f.type());
        assertEquals("Facilities manager", f.label());
    }

    @Test
    void replaces_a_whole_option_list() {
        AppSpec out = refine(ROOMS, "replace the status choices with Open, Held, Closed").spec();
        assertEquals(List.of("Open", "Held", "Closed"), field(out, "booking", "status").options());
        out = refine(ROOMS, "Status: add On hold").spec();
        assertEquals(List.of("Requested", "Confirmed", "Cancelled", "On hold"), field(out, "booking", "status").options());
        out = refine(ROOMS, "drop Cancelled as a status").spec();
        assertEquals(List.of("Requested", "Confirmed"), field(out, "booking", "status").options());
    }

    @Test
    void flags_given_with_a_new_field_apply_to_it() {
        AppSpec out = refine(ROOMS, "add an invoice number (unique, required)").spec();
        Field f = added(ROOMS, out, "booking");
        assertEquals("Invoice number", f.label());
        assertEquals(FieldType.TEXT, f.type());
        assertTrue(f.unique() && f.required());
    }

    @Test
    void several_flags_on_one_field_each_with_its_own_negation() {
        AppSpec out = refine(ROOMS, "make the room name optional and not unique").spec();
        Field name = field(out, "room", "name");
        assertFalse(name.required());
        assertFalse(name.unique());
    }

    @Test
    void a_date_can_gain_a_time() {
        AppSpec spec = refine(ROOMS, "change starts at to a date").spec();
        AppSpec out = refine(spec, "starts at should include the time").spec();
        assertEquals(FieldType.DATETIME, field(out, "booking", "starts_at").type());
    }

    @Test
    void a_kind_that_no_longer_needs_a_field_loses_it() {
        AppSpec out = refine(ROOMS, "bookings don't need notes any more").spec();
        assertTrue(out.entity("booking").orElseThrow().field("notes").isEmpty());
        unchangedExcept(ROOMS, out, "booking.notes");
    }
}
