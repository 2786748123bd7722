package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.RefineFixtures.DE;
import static org.toolsmith.draft.offline.RefineFixtures.FR;
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

/** Links between kinds, and removing kinds, said in several ways. */
class OfflineRefinerLinksTest {

    @Test
    void has_many_puts_the_link_on_the_many_side() {
        AppSpec out = refine(ROOMS, "a room has several keys").spec();
        Field link = out.entity("key").orElseThrow().fields().stream().filter(f -> f.type() == FieldType.REFERENCE).findFirst().orElseThrow();
        assertEquals("room", link.target());
        unchangedExcept(ROOMS, out);
    }

    @Test
    void instead_of_moves_a_link_to_another_kind() {
        AppSpec spec = refine(ROOMS, "add a sites table with a name").spec();
        AppSpec out = refine(spec, "bookings should belong to a site instead of a room").spec();
        assertTrue(out.entity("booking").orElseThrow().field("room").isEmpty());
        assertEquals("site", added(spec, out, "booking").target());
    }

    @Test
    void a_kind_named_in_the_plural_is_removed_as_a_whole() {
        AppSpec out = refine(ROOMS, "we're dropping rooms altogether").spec();
        assertTrue(out.entity("room").isEmpty());
        assertEquals(FieldType.TEXT, field(out, "booking", "room").type());
        out = refine(ROOMS, "rooms aren't tracked any more").spec();
        assertTrue(out.entity("room").isEmpty());
    }

    @Test
    void the_word_field_keeps_a_removal_on_the_field() {
        AppSpec out = refine(ROOMS, "remove the room field").spec();
        assertTrue(out.entity("room").isPresent());
        assertTrue(out.entity("booking").orElseThrow().field("room").isEmpty());
    }

    @Test
    void a_choice_can_be_taken_out_by_saying_what_a_field_should_not_include() {
        AppSpec out = refine(ROOMS, "status should not include Cancelled any more").spec();
        assertEquals(List.of("Requested", "Confirmed"), field(out, "booking", "status").options());
    }

    @Test
    void a_later_flag_can_name_its_own_field() {
        AppSpec out = refine(ROOMS, "purpose must be required and the notes unique").spec();
        assertTrue(field(out, "booking", "purpose").required());
        assertTrue(field(out, "booking", "notes").unique());
        assertTrue(!field(out, "booking", "purpose").unique());
    }

    @Test
    void an_explanation_that_names_someone_makes_a_person() {
        AppSpec out = refine(ROOMS, "add host - someone from reception who greets the guests").spec();
        Field f = added(ROOMS, out, "booking");
        assertEquals("Host", f.label());
        assertEquals(FieldType.PERSON, f.type());
    }

    @Test
    void a_kind_named_first_scopes_the_german_and_french_lists() {
        AppSpec out = refine(DE, "füge bei den Buchungen einen Raum und die Kosten hinzu").spec();
        List<Field> fresh = newFields(DE, out, "buchung");
        assertEquals(List.of("Raum", "Kosten"), fresh.stream().map(Field::label).toList());
        assertEquals(FieldType.MONEY, fresh.get(1).type());
        out = refine(FR, "pour les réservations, ajoute le nombre de participants").spec();
        assertEquals(FieldType.INTEGER, added(FR, out, "reservation").type());
    }

    @Test
    void a_field_can_become_a_link_to_a_new_list() {
        AppSpec out = refine(ROOMS, "make purpose a link to a new activities list").spec();
        Field f = field(out, "booking", "purpose");
        assertEquals(FieldType.REFERENCE, f.type());
        assertEquals("Activity", out.entity(f.target()).orElseThrow().name());
    }
}
