package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.RefineFixtures.ROOMS;
import static org.toolsmith.draft.offline.RefineFixtures.added;
import static org.toolsmith.draft.offline.RefineFixtures.field;
import static org.toolsmith.draft.offline.RefineFixtures.newFields;
import static org.toolsmith.draft.offline.RefineFixtures.refine;
import static org.toolsmith.draft.offline.RefineFixtures.unchangedExcept;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/** Messages as people type them in a chat: greetings, reasons, prefaces, pronouns. */
class OfflineRefinerConversationTest {

    @Test
    void ignores_greetings_thanks_and_the_reason_given() {
        AppSpec out = refine(ROOMS, "Hi! Since we invoice departments now, could we have the cost centre too? Thanks!").spec();
        assertEquals("Cost centre", added(ROOMS, out, "booking").label());
        unchangedExcept(ROOMS, out);
    }

    @Test
    void a_preface_before_a_colon_sets_the_scene_only() {
        AppSpec out = refine(ROOMS, "We lend projectors as well: add a projectors table with an asset number and a model").spec();
        var projector = out.entity("projector").orElseThrow();
        assertEquals(List.of("Asset number", "Model"), projector.fields().stream().map(Field::label).toList());
        unchangedExcept(ROOMS, out);
    }

    @Test
    void a_condition_in_front_of_the_request_is_dropped() {
        AppSpec out = refine(ROOMS, "When a booking is cancelled we need the cancellation reason").spec();
        assertEquals("Cancellation reason", added(ROOMS, out, "booking").label());
    }

    @Test
    void it_refers_to_the_field_just_named() {
        AppSpec out = refine(ROOMS, "Rename purpose to Meeting topic and make it required").spec();
        Field f = field(out, "booking", "purpose");
        assertEquals("Meeting topic", f.label());
        assertTrue(f.required());
    }

    @Test
    void a_required_field_that_does_not_exist_yet_is_added() {
        AppSpec out = refine(ROOMS, "the end time must be filled in").spec();
        Field f = added(ROOMS, out, "booking");
        assertEquals("End time", f.label());
        assertEquals(FieldType.DATETIME, f.type());
        assertTrue(f.required());
        unchangedExcept(ROOMS, out);
    }

    @Test
    void a_generic_word_alone_does_not_pick_a_field() {
        AppSpec out = refine(ROOMS, "the end date should be mandatory").spec();
        assertEquals(FieldType.DATETIME, field(out, "booking", "starts_at").type());
        assertTrue(!field(out, "booking", "starts_at").required());
        assertEquals("End date", added(ROOMS, out, "booking").label());
    }

    @Test
    void a_field_picked_from_a_new_list_links_to_it() {
        AppSpec out = refine(ROOMS, "purpose should be chosen from a list of activities with a name and a colour").spec();
        Field f = field(out, "booking", "purpose");
        assertEquals(FieldType.REFERENCE, f.type());
        assertEquals(List.of("Name", "Colour"), out.entity(f.target()).orElseThrow().fields().stream().map(Field::label).toList());
    }

    @Test
    void renames_and_replaces_a_single_choice() {
        AppSpec out = refine(ROOMS, "rename \"Requested\" to \"Pending\"").spec();
        assertEquals(List.of("Pending", "Confirmed", "Cancelled"), field(out, "booking", "status").options());
        out = refine(ROOMS, "status: replace Cancelled with Withdrawn").spec();
        assertEquals(List.of("Requested", "Confirmed", "Withdrawn"), field(out, "booking", "status").options());
        unchangedExcept(ROOMS, out, "booking.status");
    }

    @Test
    void reads_which_and_photo_phrasings() {
        AppSpec out = refine(ROOMS, "we need to know which catering package each booking has: None, Coffee, Lunch, and let hosts photograph the room layout").spec();
        List<Field> fresh = newFields(ROOMS, out, "booking");
        assertEquals("Catering package", fresh.get(0).label());
        assertEquals(List.of("None", "Coffee", "Lunch"), fresh.get(0).options());
        assertEquals(FieldType.FILE, fresh.get(1).type());
    }

    @Test
    void a_count_applies_to_each_noun_it_lists() {
        AppSpec out = refine(ROOMS, "track the number of chairs and tables").spec();
        List<Field> fresh = newFields(ROOMS, out, "booking");
        assertEquals(List.of("Number of chairs", "Number of tables"), fresh.stream().map(Field::label).toList());
        assertEquals(List.of(FieldType.INTEGER, FieldType.INTEGER), fresh.stream().map(Field::type).toList());
    }
}
