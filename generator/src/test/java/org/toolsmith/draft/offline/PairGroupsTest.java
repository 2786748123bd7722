package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.entity;
import static org.toolsmith.draft.offline.SpecCheck.field;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/** A plural with two fields in brackets is a kind when the request also names it as a thing elsewhere. */
class PairGroupsTest {
    @Test
    void two_fields_make_a_kind_beside_other_groups_in_four_languages() {
        AppSpec en = draft("We need kilns (name, max temperature), firings (kiln, date, peak temperature, who loaded it) "
                + "and the pieces (owner, description, the firing it went into).");
        assertEquals(FieldType.DECIMAL, field(entity(en, "Kiln"), "Max temperature").type());
        assertTrue(SpecCheck.links(en, "Firing", "Kiln"), SpecCheck.names(en));
        AppSpec fr = draft("Il nous faut les fours (nom, température maximale), les cuissons (four, date, température, qui a chargé) "
                + "et les pièces (propriétaire, description, cuisson).");
        assertTrue(SpecCheck.links(fr, "Cuisson", "Four"), SpecCheck.names(fr));
        AppSpec es = draft("Necesitamos hornos (nombre, temperatura máxima) y hornadas (horno, fecha, temperatura, quién lo cargó).");
        assertTrue(SpecCheck.links(es, "Hornada", "Horno"), SpecCheck.names(es));
        AppSpec de = draft("Wir brauchen Maschinen (Name, Baujahr) und Wartungen (Maschine, Datum, Kosten, Techniker).");
        assertTrue(SpecCheck.links(de, "Wartung", "Maschine"), SpecCheck.names(de));
    }

    @Test
    void a_plural_named_in_another_record_gets_its_two_fields() {
        AppSpec spec = draft("Each booking has a date, a guest, the room and a price. We also keep the rooms (number, floor).");
        assertEquals(FieldType.INTEGER, field(entity(spec, "Room"), "Floor").type());
        assertTrue(SpecCheck.links(spec, "Booking", "Room"), SpecCheck.names(spec));
    }

    @Test
    void two_values_in_brackets_are_no_kind() {
        AppSpec spec = draft("Each job has a date, the crew, the site and the hours. The sites (north yard, south yard) are fixed.");
        assertEquals(1, spec.entities().size(), SpecCheck.names(spec));
    }
}
