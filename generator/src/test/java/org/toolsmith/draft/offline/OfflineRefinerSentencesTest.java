package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.RefineFixtures.DE;
import static org.toolsmith.draft.offline.RefineFixtures.ES;
import static org.toolsmith.draft.offline.RefineFixtures.ROOMS;
import static org.toolsmith.draft.offline.RefineFixtures.added;
import static org.toolsmith.draft.offline.RefineFixtures.newFields;
import static org.toolsmith.draft.offline.RefineFixtures.refine;
import static org.toolsmith.draft.offline.RefineFixtures.unchangedExcept;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/** Longer sentences: clauses inside items, people as subjects, kinds that do not exist yet. */
class OfflineRefinerSentencesTest {

    @Test
    void keeps_the_choices_of_an_item_that_has_a_when_clause() {
        AppSpec out = refine(ROOMS, "also record the state of the room when the meeting ends: tidy, messy, damaged").spec();
        Field f = added(ROOMS, out, "booking");
        assertEquals("State of the room", f.label());
        assertEquals(List.of("Tidy", "Messy", "Damaged"), f.options());
    }

    @Test
    void people_who_note_things_add_fields_to_the_main_kind() {
        AppSpec out = refine(ROOMS, "organisers should also note the catering order and whether guests were signed in").spec();
        List<Field> fresh = newFields(ROOMS, out, "booking");
        assertEquals(List.of(FieldType.TEXT, FieldType.BOOLEAN), fresh.stream().map(Field::type).toList());
        assertEquals("Guests signed in", fresh.get(1).label());
    }

    @Test
    void an_unknown_kind_that_needs_fields_is_created() {
        AppSpec out = refine(ROOMS, "visitors need a name, a company and a badge number").spec();
        assertEquals(List.of("Name", "Company", "Badge number"),
                out.entity("visitor").orElseThrow().fields().stream().map(Field::label).toList());
        unchangedExcept(ROOMS, out);
    }

    @Test
    void a_yes_no_for_whether_is_named_by_the_question() {
        AppSpec out = refine(ROOMS, "add a yes/no for whether the room was cleaned").spec();
        assertEquals("Room cleaned", added(ROOMS, out, "booking").label());
    }

    @Test
    void on_which_date_takes_the_verb_before_it() {
        AppSpec out = refine(ROOMS, "we need to know who confirmed it and on which date").spec();
        List<Field> fresh = newFields(ROOMS, out, "booking");
        assertEquals(List.of("Confirmed by", "Date confirmed"), fresh.stream().map(Field::label).toList());
    }

    @Test
    void german_choices_after_hinzu_and_spanish_yes_no() {
        AppSpec out = refine(DE, "füge eine Dringlichkeit hinzu (hoch, normal), und die Notizen sollen Pflicht sein").spec();
        Field f = added(DE, out, "buchung");
        assertEquals(List.of("Hoch", "Normal"), f.options());
        assertTrue(out.entity("buchung").orElseThrow().field("notizen").orElseThrow().required());
        out = refine(ES, "añade si la reserva ya está pagada").spec();
        Field paid = added(ES, out, "reserva");
        assertEquals(FieldType.BOOLEAN, paid.type());
        assertEquals("Pagada", paid.label());
    }

    @Test
    void numbered_and_bulleted_edits_are_each_applied() {
        AppSpec out = refine(ROOMS, "Can you: 1) make purpose required 2) add a catering note 3) drop the notes").spec();
        assertTrue(out.entity("booking").orElseThrow().field("purpose").orElseThrow().required());
        assertEquals("Catering note", added(ROOMS, out, "booking").label());
        assertTrue(out.entity("booking").orElseThrow().field("notes").isEmpty());
        out = refine(ROOMS, "- remove the notes\n- add a cost code").spec();
        assertEquals("Cost code", added(ROOMS, out, "booking").label());
    }

    @Test
    void a_priority_added_without_values_gets_the_usual_ones() {
        Field f = added(ROOMS, refine(ROOMS, "add a priority").spec(), "booking");
        assertEquals(FieldType.CHOICE, f.type());
        assertEquals(List.of("Low", "Medium", "High"), f.options());
    }
}
