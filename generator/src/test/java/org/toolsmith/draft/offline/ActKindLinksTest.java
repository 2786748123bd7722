package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.links;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;

/**
 * A kind named by an act or a paper filed ("booking", "inscription", "Anmeldung") after a dated kind points to that
 * kind, even when it carries the booker's name, phone and email: it is an entry of the dated kind, not a master the
 * dated kind points to ({@link OrphanLinks}). Donors, customers and patients after a dated log stay masters.
 */
class ActKindLinksTest {
    /** Request, the kind that points, the kind it points to (as drafted). */
    private static final String[][] LINKS = {
            {"We hold quiz nights. Each quiz night has a date, a host and a pub. For each booking we keep the team name, the email and whether they've paid.", "Booking", "Quiz night"},
            {"Tours: date, start time, guide, meeting point. Reservations: name of the lead guest, phone number, email, number of people", "Reservation", "Tour"},
            {"We do boat trips. Every trip has a departure date, a boat and a skipper. For each reservation: customer name, phone, email, how many adults, how many kids.", "Reservation", "Trip"},
            {"Dinner nights at the restaurant - each night has a date, a theme and a price per head. Then the bookings (guest name, phone, number of guests, dietary needs).", "Booking", "Night"},
            {"Can you set up something for our open days? Each open day has a date, a campus and a capacity. Visitors register online, and for each registration we keep their name, email, phone and which course they're interested in.", "Registration", "Open day"},
            {"we run first aid courses. course: date, trainer, venue, places. enrolments: name, email, phone number, company, paid y/n", "Enrolment", "Course"},
            {"Vaccination clinics: date, location, nurse. Appointments - patient name, NHS number, phone, email, attended?", "Appointment", "Vaccination clinics"},
            {"Each webinar has a date, a time, a topic and a speaker. For every signup we record the name, email, company and whether they attended.", "Signup", "Webinar"},
            {"Hi, we let out the sports pitch. Every pitch slot has a date, a kick-off time and a finish time; for each booking we keep the captain's name, phone, email and whether the fee was settled. Cheers", "Booking", "Pitch slot"},
            {"Nous proposons des balades. Chaque balade a une date, un guide et une jauge. Pour chaque inscription : nom, portable, courriel, réglé oui/non.", "Inscription", "Balade"},
            {"Visites guidées : date, heure, guide, point de rendez-vous. Réservations : nom du client, téléphone, email, nombre de personnes.", "Réservation", "Visite guidée"},
            {"bonjour, on gere des stages de voile. chaque stage a une date de debut, un moniteur et un niveau. Pour chaque reservation on note le nom, le telephone, l'email et si c'est paye.", "Reservation", "Stage"},
            {"Les conférences ont une date, un thème et un intervenant. Pour chaque demande d'inscription : nom, email, téléphone, organisme.", "Demande d'inscription", "Conférence"},
            {"Organizamos talleres. Cada taller tiene una fecha, un profesor y un número de plazas. De cada inscripción: nombre, teléfono, email y si ha pagado.", "Inscripción", "Taller"},
            {"Excursiones: fecha, hora de salida, guía, punto de encuentro. Reservas: nombre del cliente, teléfono, email, número de personas.", "Reserva", "Excursión"},
            {"hola! llevamos las visitas a la bodega. cada visita tiene fecha, hora y idioma. para cada reserva apuntamos nombre, telefono, correo y si ha pagado", "Reserva", "Visita"},
            {"Cada curso tiene una fecha de inicio, un formador y un aula. Para cada solicitud necesitamos nombre, teléfono, email y empresa.", "Solicitud", "Curso"},
            {"Wir bieten Kochkurse an. Jeder Kurs hat ein Datum, einen Koch und eine maximale Teilnehmerzahl. Für jede Anmeldung: Name, Telefon, E-Mail, bezahlt ja/nein.", "Anmeldung", "Kurs"},
            {"Führungen: Datum, Uhrzeit, Führer, Treffpunkt. Buchungen: Name, Telefon, E-Mail, Anzahl Personen.", "Buchung", "Führung"},
            {"Hallo, jede Veranstaltung hat ein Datum, einen Ort und einen Referenten. Pro Reservierung brauchen wir Name, Telefon, E-Mail und ob bezahlt wurde.", "Reservierung", "Veranstaltung"},
            {"Weinproben: Datum, Thema, Preis pro Person. Reservierungen: Name, Telefon, E-Mail, Anzahl Personen.", "Reservierung", "Weinprobe"},
            {"hey! we put on pottery classes - each class has a date, a potter and a max number of seats. for each registration we keep the attendee's name, email, phone and whether they've paid", "Registration", "Class"},
            // the act has a date and a number of its own
            {"Each tour has a date, a guide and a meeting point. Bookings: booking reference, date booked, lead name, number of people.", "Booking", "Tour"},
            {"We run workshops: date, trainer, room. For every registration we keep the registration number, the date registered and the attendee.", "Registration", "Workshop"},
            {"Chaque atelier a une date et un animateur. Réservations : numéro de réservation, date de réservation, nom.", "Réservation", "Atelier"},
            {"Cada taller tiene fecha y profesor. Inscripciones: número de inscripción, fecha de inscripción, nombre.", "Inscripción", "Taller"},
            {"Jeder Kurs hat ein Datum und einen Trainer. Anmeldungen: Anmeldenummer, Anmeldedatum, Name.", "Anmeldung", "Kurs"},
            // must not fire: a thing after a dated log, and an act after another act
            {"Every service visit has a date and an engineer. Vehicles: registration number, make, model, MOT due date.", "Service visit", "Vehicle"},
            {"Each refund has a date and a sum. Invoices: invoice number, client name, phone, email.", "Refund", "Invoice"},
            // must not fire: people with contact data after a dated log are still pointed at
            {"We log donations: date, amount, method. Donors have a name, an email and a postcode.", "Donation", "Donor"},
            {"Each job has a date, an address and a price. Customers: name, phone, email.", "Job", "Customer"},
            {"Every visit has a date and notes. Patients: name, phone, email, date of birth.", "Visit", "Patient"},
            {"Chaque don a une date, un montant et un mode de paiement. Les donateurs ont un nom, un email et un téléphone.", "Don", "Donateur"},
            {"Cada visita tiene fecha y notas. Pacientes: nombre, teléfono, email.", "Visita", "Paciente"},
            {"Jeder Einsatz hat ein Datum und eine Adresse. Kunden: Name, Telefon, E-Mail.", "Einsatz", "Kunde"}
    };

    @Test
    void an_act_with_contact_data_points_to_the_dated_kind_and_a_master_is_pointed_at() {
        for (String[] c : LINKS) {
            AppSpec spec = draft(c[0]);
            assertTrue(links(spec, c[1], c[2]), c[0] + " -> " + SpecCheck.names(spec));
            assertFalse(links(spec, c[2], c[1]), c[0] + " -> " + SpecCheck.names(spec));
        }
    }
}
