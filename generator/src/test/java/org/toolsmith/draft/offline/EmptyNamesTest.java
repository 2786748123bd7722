package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/** No record kind or field is called "Hi", "Ok", "It", "Of them" or "Eso" ({@link EmptyNames}). */
class EmptyNamesTest {
    private static final AppSpec ORDERS = RefineFixtures.spec("""
            {"spec": 1, "name": "Orders", "entities": [
              {"key": "order", "name": "Order", "plural": "Orders", "fields": [
                {"key": "number", "label": "Number", "type": "text", "required": true},
                {"key": "placed_on", "label": "Placed on", "type": "date"}]}]}
            """);

    @Test
    void pronouns_greetings_and_fillers_name_nothing() {
        for (String empty : List.of("Hi", "Ok", "Dear colleague", "Hola equipo", "It", "Of them", "It to the", "Eso", "L", "Ça", "The", "One")) {
            assertTrue(EmptyNames.empty(empty), empty);
        }
        // prepositions alone label real fields (a trip's from and to); real words are never empty
        for (String real : List.of("From", "To", "Du", "Au", "Von", "Out", "Team", "Personne", "Request", "L'abonné", "Day rate", "ID")) {
            assertFalse(EmptyNames.empty(real), real);
        }
    }

    @Test
    void greetings_and_fillers_at_the_start_are_left_out() {
        assertEquals("the print room keeps jobs", EmptyNames.unlead("ok so the print room keeps jobs"));
        assertEquals("it is for the print room", EmptyNames.unlead("it is for the print room"));
        assertEquals("we lend cameras to staff", EmptyNames.unlead("Dear colleague, we lend cameras to staff"));
        assertEquals("nous prêtons des vélos", EmptyNames.unlead("Bonjour - nous prêtons des vélos"));
        assertEquals("Orders of paint", EmptyNames.unlead("Orders of paint"));
    }

    @Test
    void a_request_opening_with_a_greeting_has_no_kind_named_by_it() {
        for (String request : List.of(
                "ok so the workshop lends drills. which drill, who borrowed it, the date it went out and whether it came back",
                "Hi - we lend drills out of the workshop: the drill, who borrowed it, when it went out, whether it came back")) {
            AppSpec spec = new OfflineDrafter().draft(request);
            for (Entity e : spec.entities()) {
                assertFalse(EmptyNames.empty(e.name()), request + " -> " + e.name());
                for (Field f : e.fields()) {
                    assertFalse(EmptyNames.empty(f.label()), request + " -> " + f.label());
                }
            }
        }
    }

    @Test
    void a_list_of_them_is_named_after_what_them_stands_for() {
        AppSpec after = new OfflineRefiner().refine(ORDERS,
                "We now buy from outside couriers, so we need a list of them (name, phone, rate per km)").spec();
        assertTrue(after.entities().stream().anyMatch(e -> e.name().equals("Courier")), after.entities().toString());
        assertTrue(after.entities().stream().noneMatch(e -> EmptyNames.empty(e.name())), after.entities().toString());
        // Spanish puts the adjective after the noun: the kind is the courier, not "external"
        AppSpec despues = new OfflineRefiner().refine(ORDERS, "Trabajamos con mensajeros externos, necesitamos una lista de ellos (nombre, teléfono)").spec();
        assertTrue(despues.entities().stream().anyMatch(e -> e.name().equals("Mensajero")), despues.entities().toString());
    }

    @Test
    void a_field_named_by_thanks_is_not_added() {
        AppSpec after = new OfflineRefiner().refine(ORDERS, "Hi both - for each order we should keep the invoice as a file. Ta!").spec();
        Entity order = after.entities().get(0);
        assertTrue(order.fields().stream().noneMatch(f -> EmptyNames.empty(f.label())), order.fields().toString());
        assertTrue(order.fields().stream().anyMatch(f -> f.label().toLowerCase().contains("invoice")), order.fields().toString());
    }
}
