package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.entity;
import static org.toolsmith.draft.offline.SpecCheck.links;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/** "who did which X", "every P must do Xs": the record that ties people to a thing points to both. */
class PairingRecordsTest {
    @Test
    void who_took_which_exam_links_the_sitting_to_the_exam_and_the_students() {
        AppSpec spec = draft("The school office wants to see who sat which exam. Exams have a subject, a date and a room. "
                + "Students have a name and a class. For each sitting we keep the grade and whether they were absent.");
        assertTrue(links(spec, "Sitting", "Exam"), SpecCheck.names(spec));
        assertTrue(links(spec, "Sitting", "Student"), SpecCheck.names(spec));
        assertTrue(entity(spec, "Exam").fields().stream().noneMatch(f -> f.type() == FieldType.PERSON), SpecCheck.names(spec));
    }

    @Test
    void a_duty_of_every_member_links_the_record_of_it_to_both_kinds() {
        AppSpec spec = draft("Every volunteer must attend safety briefings. Briefings have a topic and a date. "
                + "Volunteers have a name and a phone number. For each attendance we record the date signed and the signature.");
        assertTrue(links(spec, "Attendance", "Briefing"), SpecCheck.names(spec));
        assertTrue(links(spec, "Attendance", "Volunteer"), SpecCheck.names(spec));
    }

    @Test
    void spanish_which_person_which_thing() {
        AppSpec spec = draft("Queremos saber qué socio reservó qué pista. Las pistas tienen un número y una superficie. "
                + "Los socios tienen nombre y teléfono. De cada reserva guardamos la fecha y la hora.");
        assertTrue(links(spec, "Reserva", "Pista"), SpecCheck.names(spec));
        assertTrue(links(spec, "Reserva", "Socio"), SpecCheck.names(spec));
    }

    @Test
    void german_who_which_with_the_verb_last() {
        AppSpec spec = draft("Wir wollen wissen, wer welches Werkzeug ausgeliehen hat. Werkzeuge haben eine Bezeichnung und eine Nummer. "
                + "Mitarbeiter haben einen Namen und eine Abteilung. Pro Ausleihe speichern wir das Datum und die Rückgabe.");
        assertTrue(links(spec, "Ausleihe", "Werkzeug"), SpecCheck.names(spec));
    }

    @Test
    void having_several_is_no_duty() {
        AppSpec spec = draft("Each customer has several invoices. Customers have a name and an email. "
                + "Invoices have a number, a date and an amount.");
        assertTrue(links(spec, "Invoice", "Customer"), SpecCheck.names(spec));
        assertFalse(links(spec, "Customer", "Invoice"));
    }

    @Test
    void people_who_may_join_several_things_are_paired_through_the_record_described_beside_them() {
        AppSpec spec = draft("Un socio puede apuntarse a varios talleres. Los talleres tienen nombre, día y monitor. "
                + "De los socios guardamos nombre y teléfono. Cada inscripción tiene la fecha y si ha pagado.");
        assertTrue(links(spec, "Inscripción", "Taller"), SpecCheck.names(spec));
        assertTrue(links(spec, "Inscripción", "Socio"), SpecCheck.names(spec));
        assertFalse(links(spec, "Taller", "Socio"));
    }

    @Test
    void with_no_record_beside_them_the_things_point_to_the_people() {
        AppSpec spec = draft("Each client places several orders. Clients have a name and an email. Orders have a date and a total.");
        assertTrue(links(spec, "Order", "Client"), SpecCheck.names(spec));
    }

    @Test
    void the_loose_question_and_the_record_described_later_are_one_kind() {
        AppSpec spec = draft("Necesitamos saber qué socio alquiló qué barco y cuándo. Los barcos tienen nombre y eslora. "
                + "Los socios tienen nombre y teléfono. Para cada alquiler guardamos la fecha, las horas y el precio.");
        assertTrue(links(spec, "Alquiler", "Barco"), SpecCheck.names(spec));
        assertTrue(spec.entities().size() == 3, SpecCheck.names(spec));
    }
}
