package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.entity;
import static org.toolsmith.draft.offline.SpecCheck.field;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.links;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/** Links between record kinds said in passing, join records, and the direction of each link, in four languages. */
class KindLinksTest {
    @Test
    void a_join_record_points_to_both_kinds_it_links() {
        AppSpec spec = draft("Guests have a name and an email. Rooms have a number and a floor. "
                + "A booking links a guest and a room, with the arrival date and the number of nights.");
        assertTrue(links(spec, "Booking", "Guest"), SpecCheck.names(spec));
        assertTrue(links(spec, "Booking", "Room"), SpecCheck.names(spec));
        assertFalse(links(spec, "Room", "Booking"));
        assertEquals(FieldType.DATE, field(entity(spec, "Booking"), "Arrival date").type());
        assertEquals(FieldType.INTEGER, field(entity(spec, "Booking"), "Number of nights").type());
    }

    @Test
    void a_join_record_to_a_person_with_no_kind_of_its_own_gets_a_person_field() {
        AppSpec spec = draft("Projects have a name, a client and a budget. "
                + "Each assignment connects a consultant to a project, with a start date and a daily rate.");
        assertTrue(links(spec, "Assignment", "Project"), SpecCheck.names(spec));
        assertEquals(FieldType.PERSON, field(entity(spec, "Assignment"), "Consultant").type());
        assertEquals(FieldType.MONEY, field(entity(spec, "Assignment"), "Daily rate").type());
    }

    @Test
    void a_french_record_that_concerns_two_kinds_links_to_both() {
        AppSpec spec = draft("Les salles ont un nom et une capacité. Les formateurs ont un nom et un email. "
                + "Chaque réservation concerne une salle et un formateur, avec la date et le nombre de participants.");
        assertTrue(links(spec, "Réservation", "Salle"), SpecCheck.names(spec));
        assertTrue(links(spec, "Réservation", "Formateur"), SpecCheck.names(spec));
    }

    @Test
    void for_each_owner_with_inverted_german_subject_links_the_records_to_the_owner() {
        AppSpec spec = draft("Jede Maschine hat eine Seriennummer und einen Standort. "
                + "Für jede Maschine erfassen wir Störungen: Datum, Ursache, Dauer in Minuten.");
        assertTrue(links(spec, "Störung", "Maschine"), SpecCheck.names(spec));
        assertFalse(links(spec, "Maschine", "Störung"));
    }

    @Test
    void records_listed_after_with_belong_to_the_kind_of_the_for_each_heading() {
        AppSpec spec = draft("Schools have a name and a district. "
                + "For each school we record inspections with the date, the inspector and the grade.");
        assertTrue(links(spec, "Inspection", "School"), SpecCheck.names(spec));
        assertEquals(FieldType.PERSON, field(entity(spec, "Inspection"), "Inspector").type());
        assertEquals(FieldType.DATE, field(entity(spec, "Inspection"), "Date").type());
    }

    @Test
    void a_record_about_a_kind_named_in_its_heading_points_to_it() {
        AppSpec spec = draft("We log every delivery to a store: the date, the driver, the number of crates. "
                + "Stores have a name, an address and a manager.");
        assertTrue(links(spec, "Delivery", "Store"), SpecCheck.names(spec));
        assertFalse(links(spec, "Store", "Delivery"));
    }

    @Test
    void a_heading_preposition_without_such_a_kind_adds_nothing() {
        AppSpec spec = draft("Requests for parking: licence plate, start date, end date, approved (yes/no).");
        assertEquals(1, spec.entities().size(), SpecCheck.names(spec));
        assertTrue(spec.entities().get(0).fields().stream().noneMatch(f -> f.label().equalsIgnoreCase("Parking")));
    }

    @Test
    void spanish_each_customer_has_several_orders() {
        AppSpec spec = draft("Cada proveedor tiene varias facturas. Proveedor: nombre, correo, teléfono. "
                + "Factura: número, fecha, importe, pagada (sí/no).");
        assertTrue(links(spec, "Factura", "Proveedor"), SpecCheck.names(spec));
        assertEquals(FieldType.BOOLEAN, field(entity(spec, "Factura"), "Pagada").type());
    }

    @Test
    void a_relation_verb_before_the_fields_links_the_kinds() {
        AppSpec spec = draft("Departments have a name and a budget holder. Each employee works for one department "
                + "and has a name, a job title and a start date.");
        assertTrue(links(spec, "Employee", "Department"), SpecCheck.names(spec));
        assertEquals(FieldType.DATE, field(entity(spec, "Employee"), "Start date").type());
        assertEquals(2, spec.entities().size(), SpecCheck.names(spec));
    }

    @Test
    void we_verb_every_kind_and_note_fields_makes_a_record_about_that_kind() {
        AppSpec spec = draft("Shops have an address. We audit every shop twice a year and note the date, the auditor and the score.");
        assertTrue(links(spec, "Audit", "Shop"), SpecCheck.names(spec));
        assertEquals(FieldType.PERSON, field(entity(spec, "Audit"), "Auditor").type());
        assertEquals(FieldType.TEXT, field(entity(spec, "Shop"), "Address").type());
    }

    @Test
    void one_record_per_kind_and_members_of_each_kind_point_to_that_kind() {
        AppSpec spec = draft("We want one reading per meter per week, with the date, the value and who read it. Meters: number, location.");
        assertTrue(links(spec, "Reading", "Meter"), SpecCheck.names(spec));
        AppSpec members = draft("Players of each club: name, position, birth date. Clubs have a name and a city.");
        assertTrue(links(members, "Player", "Club"), SpecCheck.names(members));
        AppSpec fr = draft("Une visite par chantier et par mois : date, inspecteur, remarques. Chantiers : adresse, responsable.");
        assertTrue(links(fr, "Visite", "Chantier"), SpecCheck.names(fr));
    }

    @Test
    void a_spanish_or_french_list_about_each_record_keeps_plain_nouns() {
        AppSpec es = draft("Cada curso tiene un nombre y un profesor. De cada matrícula guardamos el alumno, el curso, la fecha y si ha pagado.");
        assertTrue(links(es, "Matrícula", "Curso"), SpecCheck.names(es));
        assertEquals(FieldType.BOOLEAN, field(entity(es, "Matrícula"), "Pagado").type());
        AppSpec fr = draft("Chaque salle a un nom et une capacité. De chaque réservation nous gardons la salle, le demandeur, la date et l'horaire.");
        assertTrue(links(fr, "Réservation", "Salle"), SpecCheck.names(fr));
    }

    @Test
    void several_things_with_fields_are_a_kind_of_their_own_pointing_to_the_owner() {
        AppSpec spec = draft("We keep a list of suppliers (name, country, rating). Each supplier has several certificates "
                + "with a title, an expiry date and a scan.");
        assertTrue(links(spec, "Certificate", "Supplier"), SpecCheck.names(spec));
        assertEquals(FieldType.DATE, field(entity(spec, "Certificate"), "Expiry date").type());
        assertTrue(entity(spec, "Supplier").fields().stream().noneMatch(f -> f.label().equals("Expiry date")));
    }

    @Test
    void a_one_kind_join_followed_by_has_keeps_the_verb_out_of_the_field_labels() {
        AppSpec spec = draft("Volunteers have a name and a phone. "
                + "Each shift is for a volunteer and has a start time and a location.");
        assertTrue(links(spec, "Shift", "Volunteer"), SpecCheck.names(spec));
        assertEquals(FieldType.TEXT, field(entity(spec, "Shift"), "Location").type());
        assertTrue(entity(spec, "Shift").fields().stream().noneMatch(x -> x.label().toLowerCase().startsWith("has")),
                SpecCheck.names(spec));
    }

    @Test
    void a_spanish_one_kind_join_followed_by_tiene_keeps_the_verb_out_of_the_field_labels() {
        AppSpec spec = draft("Los voluntarios tienen nombre y teléfono. "
                + "Cada turno es para un voluntario y tiene hora de inicio y lugar.");
        assertTrue(links(spec, "Turno", "Voluntario"), SpecCheck.names(spec));
        assertTrue(entity(spec, "Turno").fields().stream().noneMatch(x -> x.label().toLowerCase().startsWith("tiene")),
                SpecCheck.names(spec));
    }

    @Test
    void a_has_verb_inside_the_list_after_a_link_is_no_part_of_the_label() {
        AppSpec spec = draft("Rooms have a number and a floor. "
                + "Every class is held in a room and has a title, a start time and a level.");
        assertTrue(links(spec, "Class", "Room"), SpecCheck.names(spec));
        assertEquals(FieldType.TEXT, field(entity(spec, "Class"), "Title").type());
        assertTrue(entity(spec, "Class").fields().stream().noneMatch(x -> x.label().toLowerCase().startsWith("has")),
                SpecCheck.names(spec));
    }
}
