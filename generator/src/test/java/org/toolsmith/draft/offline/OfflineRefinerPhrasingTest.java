package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.RefineFixtures.ROOMS;
import static org.toolsmith.draft.offline.RefineFixtures.added;
import static org.toolsmith.draft.offline.RefineFixtures.field;
import static org.toolsmith.draft.offline.RefineFixtures.newFields;
import static org.toolsmith.draft.offline.RefineFixtures.refine;
import static org.toolsmith.draft.offline.RefineFixtures.unchangedExcept;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.draft.Refinement;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/** Less direct ways of asking, each in words of our own. */
class OfflineRefinerPhrasingTest {

    @Test
    void a_kind_that_needs_something_gets_a_field() {
        AppSpec out = refine(ROOMS, "rooms also need a building and an accessible yes/no").spec();
        List<Field> fresh = newFields(ROOMS, out, "room");
        assertEquals(List.of("Building", "Accessible"), fresh.stream().map(Field::label).toList());
        assertEquals(List.of(FieldType.TEXT, FieldType.BOOLEAN), fresh.stream().map(Field::type).toList());
        unchangedExcept(ROOMS, out);
    }

    @Test
    void a_field_named_after_another_kind_links_to_it() {
        AppSpec spec = refine(ROOMS, "remove the room from bookings").spec();
        AppSpec out = refine(spec, "add the room").spec();
        Field link = added(spec, out, "booking");
        assertEquals(FieldType.REFERENCE, link.type());
        assertEquals("room", link.target());
    }

    @Test
    void linking_to_a_colleague_adds_a_person_not_a_list() {
        AppSpec out = refine(ROOMS, "each booking should be assigned to a staff member").spec();
        assertEquals(FieldType.PERSON, added(ROOMS, out, "booking").type());
        assertEquals(2, out.entities().size());
    }

    @Test
    void places_a_new_choice_where_it_is_asked() {
        AppSpec out = refine(ROOMS, "add 'Provisional' between Requested and Confirmed").spec();
        assertEquals(List.of("Requested", "Provisional", "Confirmed", "Cancelled"), field(out, "booking", "status").options());
    }

    @Test
    void values_given_as_a_new_field_make_a_choice_field() {
        AppSpec out = refine(ROOMS, "add 'Internal' and 'External' as meeting types").spec();
        Field f = added(ROOMS, out, "booking");
        assertEquals("Meeting type", f.label());
        assertEquals(List.of("Internal", "External"), f.options());
    }

    @Test
    void capitalised_values_after_a_choice_field_are_choices() {
        AppSpec out = refine(ROOMS, "rename status to Stage and add Archived").spec();
        assertEquals("Stage", field(out, "booking", "status").label());
        assertTrue(field(out, "booking", "status").options().contains("Archived"));
        assertEquals(ROOMS.entity("booking").orElseThrow().fields().size(), out.entity("booking").orElseThrow().fields().size());
    }

    @Test
    void a_flag_after_an_item_applies_to_it() {
        AppSpec out = refine(ROOMS, "add a booking reference, unique").spec();
        Field f = added(ROOMS, out, "booking");
        assertEquals("Booking reference", f.label());
        assertTrue(f.unique());
    }

    @Test
    void a_field_that_should_go_is_removed() {
        AppSpec out = refine(ROOMS, "floor can go, nobody looks at it").spec();
        assertTrue(out.entity("room").orElseThrow().field("floor").isEmpty());
        unchangedExcept(ROOMS, out, "room.floor");
    }

    @Test
    void no_longer_unique_is_read_as_may_repeat() {
        AppSpec out = refine(ROOMS, "room names no longer have to be unique").spec();
        assertFalse(field(out, "room", "name").unique());
    }

    @Test
    void an_edit_already_in_place_is_said_not_refused() {
        Refinement r = refine(ROOMS, "the purpose can be left empty");
        assertEquals(ROOMS.entities(), r.spec().entities().stream().map(e -> e.withTitle(null)).toList());
        assertTrue(r.changes().get(0).contains("already"), r.changes().toString());
    }

    @Test
    void who_and_on_what_date_become_a_person_and_a_date() {
        AppSpec out = refine(ROOMS, "we want to see who checked the room afterwards and on what date").spec();
        List<Field> fresh = newFields(ROOMS, out, "booking");
        assertEquals(List.of(FieldType.PERSON, FieldType.DATE), fresh.stream().map(Field::type).toList());
        assertEquals("Checked by", fresh.get(0).label());
        assertEquals("Date checked", fresh.get(1).label());
    }

    @Test
    void whether_someone_needs_something_is_a_yes_no() {
        AppSpec out = refine(ROOMS, "add whether they need a flip chart").spec();
        Field f = added(ROOMS, out, "booking");
        assertEquals(FieldType.BOOLEAN, f.type());
        assertEquals("Flip chart needed", f.label());
    }

    @Test
    void a_value_list_for_a_new_field_can_follow_a_colon_or_parentheses() {
        AppSpec out = refine(ROOMS, "Add a layout for each booking: Boardroom, Theatre, U-shape").spec();
        Field f = added(ROOMS, out, "booking");
        assertEquals("Layout", f.label());
        assertEquals(List.of("Boardroom", "Theatre", "U-shape"), f.options());
    }

    @Test
    void a_sentence_with_a_comma_is_not_a_list_of_choices() {
        AppSpec out = refine(ROOMS, "purpose should be long text, people write a lot").spec();
        assertEquals(FieldType.LONG_TEXT, field(out, "booking", "purpose").type());
        assertTrue(field(out, "booking", "purpose").options().isEmpty());
    }
}
