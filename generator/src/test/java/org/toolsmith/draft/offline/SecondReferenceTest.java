package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.entity;
import static org.toolsmith.draft.offline.SpecCheck.field;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/** Two fields that qualify the same kind are two links to it. */
class SecondReferenceTest {
    @Test
    void from_and_to_warehouse_both_point_to_the_warehouse() {
        AppSpec spec = draft("Warehouses: name, city, manager. Transfers: from warehouse, to warehouse, item, quantity, date.");
        assertEquals(FieldType.REFERENCE, field(entity(spec, "Transfer"), "From warehouse").type(), SpecCheck.names(spec));
        assertEquals(FieldType.REFERENCE, field(entity(spec, "Transfer"), "To warehouse").type());
    }

    @Test
    void spanish_home_and_away_teams_both_point_to_the_team() {
        AppSpec spec = draft("Equipos: nombre, entrenador, categoría. Partidos: equipo local, equipo visitante, fecha, resultado.");
        assertEquals(FieldType.REFERENCE, field(entity(spec, "Partido"), "Equipo local").type(), SpecCheck.names(spec));
        assertEquals(FieldType.REFERENCE, field(entity(spec, "Partido"), "Equipo visitante").type());
    }

    @Test
    void a_bare_kind_word_beside_a_qualified_one_stays_one_link() {
        AppSpec spec = draft("Customers: name, email, phone. Orders: customer, customer contact, date, total.");
        assertEquals(FieldType.TEXT, field(entity(spec, "Order"), "Customer contact").type(), SpecCheck.names(spec));
    }

    @Test
    void qualified_pairs_need_a_second_word_on_both_sides() {
        assertTrue(SecondReference.qualifiedPair("Home team", "Away team"));
        assertFalse(SecondReference.qualifiedPair("Team", "Away team"));
        assertFalse(SecondReference.qualifiedPair("Home team", "home team"));
    }
}
