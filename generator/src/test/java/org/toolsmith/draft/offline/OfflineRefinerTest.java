package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.RefineFixtures.ROOMS;
import static org.toolsmith.draft.offline.RefineFixtures.added;
import static org.toolsmith.draft.offline.RefineFixtures.field;
import static org.toolsmith.draft.offline.RefineFixtures.newFields;
import static org.toolsmith.draft.offline.RefineFixtures.refine;
import static org.toolsmith.draft.offline.RefineFixtures.unchangedExcept;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.draft.DraftException;
import org.toolsmith.draft.Refinement;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

class OfflineRefinerTest {

    @Test
    void adds_a_date_field_to_the_main_kind() {
        AppSpec out = refine(ROOMS, "add a delivery date").spec();
        Field f = added(ROOMS, out, "booking");
        assertEquals("Delivery date", f.label());
        assertEquals(FieldType.DATE, f.type());
        unchangedExcept(ROOMS, out);
    }

    @Test
    void adds_fields_with_types_from_their_words() {
        AppSpec out = refine(ROOMS, "please also track the invoice amount, the contact email, a website link and the caterer's phone").spec();
        List<Field> fresh = newFields(ROOMS, out, "booking");
        assertEquals(List.of(FieldType.MONEY, FieldType.EMAIL, FieldType.URL, FieldType.PHONE), fresh.stream().map(Field::type).toList());
        unchangedExcept(ROOMS, out);
    }

    @Test
    void adds_people_files_counts_and_yes_no_questions() {
        AppSpec out = refine(ROOMS, "add the number of guests, who approved it, a photo of the setup and whether catering is needed").spec();
        List<Field> fresh = newFields(ROOMS, out, "booking");
        assertEquals(List.of(FieldType.INTEGER, FieldType.PERSON, FieldType.FILE, FieldType.BOOLEAN), fresh.stream().map(Field::type).toList());
        assertEquals("Approved by", fresh.get(1).label());
        unchangedExcept(ROOMS, out);
    }

    @Test
    void reads_a_vague_request_for_who_and_when() {
        AppSpec out = refine(ROOMS, "I'd also like to know who cancelled it and when").spec();
        List<Field> fresh = newFields(ROOMS, out, "booking");
        assertEquals(2, fresh.size());
        assertEquals(FieldType.PERSON, fresh.get(0).type());
        assertEquals("Cancelled by", fresh.get(0).label());
        assertEquals(FieldType.DATE, fresh.get(1).type());
        assertTrue(fresh.get(1).label().toLowerCase().contains("cancel"), fresh.get(1).label());
    }

    @Test
    void adds_a_choice_field_with_the_listed_options() {
        AppSpec out = refine(ROOMS, "add a priority (low, normal, urgent)").spec();
        Field f = added(ROOMS, out, "booking");
        assertEquals(FieldType.CHOICE, f.type());
        assertEquals(List.of("Low", "Normal", "Urgent"), f.options());
    }

    @Test
    void puts_a_field_on_the_kind_the_message_names() {
        AppSpec out = refine(ROOMS, "track the number of seats on each room").spec();
        Field f = added(ROOMS, out, "room");
        assertEquals(FieldType.INTEGER, f.type());
        unchangedExcept(ROOMS, out);
    }

    @Test
    void removes_a_field_and_nothing_else() {
        AppSpec out = refine(ROOMS, "we don't need the notes anymore").spec();
        assertTrue(out.entity("booking").orElseThrow().field("notes").isEmpty());
        unchangedExcept(ROOMS, out, "booking.notes");
    }

    @Test
    void renames_a_label_and_keeps_the_key() {
        Refinement r = refine(ROOMS, "Could you rename Purpose to \"Reason for booking\"?");
        assertEquals("Reason for booking", field(r.spec(), "booking", "purpose").label());
        assertEquals(FieldType.TEXT, field(r.spec(), "booking", "purpose").type());
        unchangedExcept(ROOMS, r.spec(), "booking.purpose");
        assertTrue(r.summary().contains("Reason for booking"));
    }

    @Test
    void changes_a_type() {
        AppSpec out = refine(ROOMS, "change starts at to a date").spec();
        assertEquals(FieldType.DATE, field(out, "booking", "starts_at").type());
        unchangedExcept(ROOMS, out, "booking.starts_at");
    }

    @Test
    void makes_a_box_bigger_as_long_text() {
        AppSpec out = refine(ROOMS, "the purpose box is too short for what people write").spec();
        assertEquals(FieldType.LONG_TEXT, field(out, "booking", "purpose").type());
    }

    @Test
    void turns_a_person_into_free_text() {
        AppSpec out = refine(ROOMS, "organiser should be typed in as free text, guests book too").spec();
        assertEquals(FieldType.TEXT, field(out, "booking", "organiser").type());
        unchangedExcept(ROOMS, out, "booking.organiser");
    }

    @Test
    void sets_required_optional_and_unique() {
        AppSpec out = refine(ROOMS, "Purpose has to be filled in. The organiser is optional now. Floor must be unique").spec();
        assertTrue(field(out, "booking", "purpose").required());
        assertFalse(field(out, "booking", "organiser").required());
        assertTrue(field(out, "room", "floor").unique());
        unchangedExcept(ROOMS, out, "booking.purpose", "booking.organiser", "room.floor");
    }

    @Test
    void reads_a_negated_requirement() {
        AppSpec out = refine(ROOMS, "organiser doesn't have to be mandatory").spec();
        assertFalse(field(out, "booking", "organiser").required());
    }

    @Test
    void replaces_choices() {
        AppSpec out = refine(ROOMS, "status should be Draft, Booked or Cancelled").spec();
        assertEquals(List.of("Draft", "Booked", "Cancelled"), field(out, "booking", "status").options());
        unchangedExcept(ROOMS, out, "booking.status");
    }

    @Test
    void extends_choices_in_several_phrasings() {
        AppSpec out = refine(ROOMS, "add Tentative and Waitlisted to the statuses").spec();
        assertEquals(List.of("Requested", "Confirmed", "Cancelled", "Tentative", "Waitlisted"), field(out, "booking", "status").options());
        out = refine(ROOMS, "status can also be 'On hold'").spec();
        assertEquals("On hold", field(out, "booking", "status").options().get(3));
        out = refine(ROOMS, "we need a Provisional status").spec();
        assertEquals("Provisional", field(out, "booking", "status").options().get(3));
        unchangedExcept(ROOMS, out, "booking.status");
    }

    @Test
    void turns_text_into_a_dropdown() {
        AppSpec out = refine(ROOMS, "purpose should be a dropdown: Meeting, Training, Interview").spec();
        Field f = field(out, "booking", "purpose");
        assertEquals(FieldType.CHOICE, f.type());
        assertEquals(List.of("Meeting", "Training", "Interview"), f.options());
    }

    @Test
    void links_to_a_new_kind_it_creates() {
        AppSpec out = refine(ROOMS, "each booking belongs to a department").spec();
        assertEquals("Department", out.entity("department").orElseThrow().name());
        Field link = added(ROOMS, out, "booking");
        assertEquals(FieldType.REFERENCE, link.type());
        assertEquals("department", link.target());
        unchangedExcept(ROOMS, out);
    }

    @Test
    void adds_a_kind_with_its_fields() {
        AppSpec out = refine(ROOMS, "add a caterer list with name, contact email and price per head").spec();
        var caterer = out.entity("caterer").orElseThrow();
        assertEquals(List.of(FieldType.TEXT, FieldType.EMAIL, FieldType.MONEY), caterer.fields().stream().map(Field::type).toList());
        unchangedExcept(ROOMS, out);
    }

    @Test
    void removes_a_kind_and_keeps_links_to_it_as_text() {
        AppSpec out = refine(ROOMS, "get rid of the rooms table").spec();
        assertTrue(out.entity("room").isEmpty());
        assertEquals(FieldType.TEXT, field(out, "booking", "room").type());
        assertNull(field(out, "booking", "room").target());
        unchangedExcept(ROOMS, out, "room", "booking.room");
    }

    @Test
    void applies_several_edits_in_one_message() {
        Refinement r = refine(ROOMS, "remove the notes, make purpose required and add a cost centre");
        AppSpec out = r.spec();
        assertTrue(out.entity("booking").orElseThrow().field("notes").isEmpty());
        assertTrue(field(out, "booking", "purpose").required());
        assertEquals("Cost centre", added(ROOMS, out, "booking").label());
        assertEquals(3, r.changes().size(), r.changes().toString());
        unchangedExcept(ROOMS, out, "booking.notes", "booking.purpose");
    }

    @Test
    void makes_several_fields_required_at_once() {
        AppSpec out = refine(ROOMS, "make purpose and starts at mandatory").spec();
        assertTrue(field(out, "booking", "purpose").required());
        assertTrue(field(out, "booking", "starts_at").required());
    }

    @Test
    void says_what_it_can_do_when_it_understands_nothing() {
        DraftException e = assertThrows(DraftException.class, () -> new OfflineRefiner().refine(ROOMS, "lovely weather today"));
        assertTrue(e.getMessage().contains("I can add a field"));
        assertThrows(DraftException.class, () -> new OfflineRefiner().refine(ROOMS, "  "));
    }

    @Test
    void keeps_keys_safe_whatever_the_label() {
        AppSpec out = refine(ROOMS, "add a field called \"x'; DROP TABLE t; --\"").spec();
        Field f = added(ROOMS, out, "booking");
        assertTrue(f.key().matches("^[a-z][a-z0-9_]{0,62}$"), f.key());
        assertTrue(f.label().contains("DROP TABLE t"), f.label());
        out = refine(ROOMS, "add <script>alert(1)</script>").spec();
        assertTrue(added(ROOMS, out, "booking").key().matches("^[a-z][a-z0-9_]{0,62}$"));
    }
}
