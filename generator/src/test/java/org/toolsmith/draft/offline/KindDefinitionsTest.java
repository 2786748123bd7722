package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "X = a + b + c" definitions become colon lists, in any language; other signs stay as written. */
class KindDefinitionsTest {
    @Test
    void a_definition_with_plus_signs_becomes_a_colon_list() {
        assertEquals("we log repairs: bike, date. bike: frame number, brand, colour",
                KindDefinitions.asLists("we log repairs: bike, date. bike = frame number + brand + colour"));
        assertEquals("Lieferant: Name, Telefon, Ansprechpartner.",
                KindDefinitions.asLists("Lieferant = Name + Telefon + Ansprechpartner."));
    }

    @Test
    void a_definition_with_commas_becomes_a_colon_list() {
        assertEquals("Suivi des sorties. sortie: date, lieu, encadrant",
                KindDefinitions.asLists("Suivi des sorties. sortie = date, lieu, encadrant"));
    }

    @Test
    void arithmetic_and_plus_signs_inside_a_sentence_stay() {
        String formula = "total = 3 + 4";
        assertEquals(formula, KindDefinitions.asLists(formula));
        String inside = "Grundstück (Straße + Flurstück), Vorhaben";
        assertEquals(inside, KindDefinitions.asLists(inside));
        String single = "status = open";
        assertEquals(single, KindDefinitions.asLists(single));
    }

    @Test
    void a_defined_kind_is_drafted_and_linked_from_the_list_that_names_it() {
        var spec = SpecCheck.draft("we log repairs: bike, date, what was fixed, cost. bike = frame number + brand + owner name.");
        assertTrue(SpecCheck.links(spec, "Repair", "Bike"), SpecCheck.names(spec));
    }
}
