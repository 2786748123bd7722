package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.links;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.FieldType;

/** Kinds that no link touched: the detail list points to its owner, in four languages. */
class OrphanLinksTest {
    private static long references(AppSpec spec) {
        return spec.entities().stream().flatMap(e -> e.fields().stream()).filter(f -> f.type() == FieldType.REFERENCE).count();
    }

    private static String nameStarting(AppSpec spec, String start) {
        return spec.entities().stream().map(Entity::name).filter(n -> n.startsWith(start)).findFirst().orElse(start);
    }

    @Test
    void an_undated_detail_list_after_another_kind_points_to_it() {
        AppSpec spec = draft("Each tournament: name, venue, date. Then for each team entering: team name, captain, kit colour, "
                + "paid entry fee yes/no.");
        assertTrue(links(spec, nameStarting(spec, "Team"), "Tournament"), SpecCheck.names(spec));
        assertFalse(links(spec, "Tournament", nameStarting(spec, "Team")));
    }

    @Test
    void a_french_crew_list_after_the_boats_points_to_the_boats() {
        AppSpec spec = draft("Les voiliers du club : nom, longueur, place au port. Ensuite pour chaque équipier inscrit : nom, niveau, "
                + "licence à jour oui/non.");
        assertTrue(links(spec, "Équipier", "Voilier"), SpecCheck.names(spec));
    }

    @Test
    void a_german_sign_up_per_course_points_to_the_course() {
        AppSpec spec = draft("Kurse: Titel, Datum, Lehrer. Pro Kurs melden sich Schüler an: Name, Klasse, bezahlt ja/nein.");
        assertEquals(2, spec.entities().size(), SpecCheck.names(spec));
        assertTrue(links(spec, spec.entities().get(1).name(), "Kurs"), SpecCheck.names(spec));
    }

    @Test
    void the_spanish_records_point_to_the_kind_named_after_cada_where_they_were_introduced() {
        AppSpec spec = draft("Necesito fichas de los dueños (nombre, teléfono, correo), de los coches (matrícula, modelo, año) "
                + "y de las revisiones que hacemos a cada coche: fecha, kilómetros, taller.");
        assertTrue(links(spec, "Revisión", "Coche"), SpecCheck.names(spec));
        assertFalse(links(spec, "Revisión", spec.entities().get(0).name()), SpecCheck.names(spec));
    }

    @Test
    void a_first_kind_with_contact_data_that_nothing_touches_is_pointed_at_by_the_next() {
        AppSpec spec = draft("Landlords: name, phone, email. Flats: address, number of rooms, monthly rent.");
        assertTrue(links(spec, "Flat", "Landlord"), SpecCheck.names(spec));
        assertEquals(1, references(spec));
    }

    @Test
    void a_single_kind_gets_no_link() {
        AppSpec spec = draft("Each tournament: name, venue, date, entry fee and the organiser's phone.");
        assertEquals(0, references(spec), SpecCheck.names(spec));
    }

    @Test
    void spanish_loans_described_before_their_readers_point_to_the_readers() {
        AppSpec spec = draft("Cada préstamo tiene fecha de salida, fecha de devolución y si está devuelto. "
                + "De los lectores guardamos el nombre, el teléfono y el correo.");
        assertTrue(links(spec, "Préstamo", "Lector"), SpecCheck.names(spec));
        assertFalse(links(spec, "Lector", "Préstamo"));
    }

    @Test
    void a_described_list_with_a_name_is_no_log_entry_and_keeps_pointing_to_the_kind_before() {
        AppSpec spec = draft("Each tournament: name, venue, date. Then for each referee taking part: name, phone, email.");
        assertTrue(links(spec, nameStarting(spec, "Referee"), "Tournament"), SpecCheck.names(spec));
        assertFalse(links(spec, "Tournament", nameStarting(spec, "Referee")));
    }
}
