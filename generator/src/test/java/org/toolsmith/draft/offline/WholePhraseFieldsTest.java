package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/**
 * Field names and types read from whole phrases (session 12, d5): "the nurse running it" is a Nurse, "by whom" is
 * "Done by", "which of our engineers got assigned" is an Engineer, "where the claim is at" a Status, "total weight"
 * a decimal, "credit limit" money, "treatment area" a place, "brakes ok" a yes/no, "any defects" written out.
 */
class WholePhraseFieldsTest {
    private static final OfflineDrafter DRAFTER = new OfflineDrafter();

    static Stream<Arguments> family() {
        return Stream.of(
                // a person named by their own noun before "-ing it"
                Arguments.of("en", "hi all, we keep a log of fire drills: the date, the warden running it and how long it took", "Warden", FieldType.PERSON),
                Arguments.of("en", "Each kitchen audit has the site, the inspector doing it, and a score.", "Inspector", FieldType.PERSON),
                Arguments.of("en", "For every repair we note the bike, the mechanic fixing it, the cost.", "Mechanic", FieldType.PERSON),
                // "by whom" alone, or after a participle
                Arguments.of("en", "Cash counts: the till, the amount counted, and by whom.", "Done by", FieldType.PERSON),
                Arguments.of("en", "We log meter readings - reading, date taken, checked by whom.", "Checked by", FieldType.PERSON),
                // "which of our X": one of them, typed by the noun
                Arguments.of("en", "Callouts: the address, the fault, which of our plumbers went out.", "Plumber", FieldType.PERSON),
                Arguments.of("en", "Night shifts - the ward, the date, and which one of the doctors is on call", "Doctor", FieldType.PERSON),
                Arguments.of("fr", "Interventions : le client, la panne, lequel de nos techniciens s'en occupe.", "Technicien", FieldType.PERSON),
                Arguments.of("es", "Avisos: la dirección, la avería, cuál de nuestros fontaneros va.", "Fontanero", FieldType.PERSON),
                Arguments.of("de", "Einsätze: Adresse, Störung, welcher unserer Monteure hinfährt.", "Monteur", FieldType.PERSON),
                // where it is at: a status
                Arguments.of("en", "Planning applications: the address, the date lodged, where the application is at.", "Status", FieldType.CHOICE),
                Arguments.of("en", "For each complaint: customer, date, what it is about, and how far along it is", "Status", FieldType.CHOICE),
                Arguments.of("en", "Tenders we bid on - client, value, deadline and where things stand", "Status", FieldType.CHOICE),
                Arguments.of("es", "Expedientes: el cliente, la fecha y en qué punto está el expediente.", "Estado", FieldType.CHOICE),
                Arguments.of("de", "Anträge: Antragsteller, Datum und wo der Antrag gerade steht.", "Status", FieldType.CHOICE),
                Arguments.of("fr", "Demandes : le demandeur, la date, et où en est la demande.", "Statut", FieldType.CHOICE),
                // how many of each
                Arguments.of("en", "Stock takes: the shelf, the products on it and how many of each", "Quantity", FieldType.INTEGER),
                // a measure qualified by "total"/"gross"/"net"
                Arguments.of("en", "Harvest log: field, crop, total weight, date picked.", "Total weight", FieldType.DECIMAL),
                Arguments.of("en", "Deliveries: supplier, net weight and the price.", "Net weight", FieldType.DECIMAL),
                Arguments.of("fr", "Récoltes : la parcelle, le poids total, la date.", "Poids total", FieldType.DECIMAL),
                Arguments.of("es", "Cosechas: la parcela, el peso total, la fecha.", "Peso total", FieldType.DECIMAL),
                // credit as money
                Arguments.of("en", "Trade accounts: company, contact email, credit limit, payment terms.", "Credit limit", FieldType.MONEY),
                Arguments.of("en", "Returns: the order, the reason, and the credit we issued.", "Credit", FieldType.MONEY),
                Arguments.of("fr", "Comptes clients : la société, le plafond de crédit, le contact.", "Plafond de crédit", FieldType.MONEY),
                Arguments.of("es", "Cuentas: la empresa, el límite de crédito, el contacto.", "Límite de crédito", FieldType.MONEY),
                Arguments.of("de", "Kundenkonten: Firma, Kreditlimit, Ansprechpartner.", "Kreditlimit", FieldType.MONEY),
                // an area that is a place or a part, not a size
                Arguments.of("en", "Physio sessions: patient, date, treatment area and notes.", "Treatment area", FieldType.TEXT),
                Arguments.of("en", "Tattoo bookings: client, design, body area, deposit.", "Body area", FieldType.TEXT),
                // a pass/fail check
                Arguments.of("en", "Daily forklift checks: truck, date, lights ok, horn ok, forks ok, and any faults", "Lights ok", FieldType.BOOLEAN),
                Arguments.of("fr", "Contrôle quotidien : le chariot, la date, freins ok, phares ok.", "Freins ok", FieldType.BOOLEAN),
                Arguments.of("es", "Revisión diaria: la carretilla, la fecha, frenos ok, luces ok.", "Frenos ok", FieldType.BOOLEAN),
                // "any X": written out
                Arguments.of("en", "Daily forklift checks: truck, date, lights ok, horn ok, forks ok, and any faults", "Faults", FieldType.LONG_TEXT),
                Arguments.of("en", "Room inspections: the room, the date, the cleaner, any damage.", "Damage", FieldType.LONG_TEXT),
                // a choice of lengths of time, with no label
                Arguments.of("en", "Dog walks: the dog, the owner, 30 or 60 min, the price", "Duration", FieldType.CHOICE),
                Arguments.of("en", "Room hire - who booked, the room, half day or full day, catering y/n", "Duration", FieldType.CHOICE),
                Arguments.of("fr", "Locations de salle : le client, la salle, demi-journée ou journée, le prix.", "Durée", FieldType.CHOICE),
                Arguments.of("es", "Alquileres: el cliente, la sala, 2 o 4 horas, el precio.", "Duración", FieldType.CHOICE),
                Arguments.of("de", "Kurse: Teilnehmer, Datum, 45 oder 90 Minuten, Preis.", "Dauer", FieldType.CHOICE),
                // an "option" over its values is a choice, even when the values look like dates
                Arguments.of("en", "Parcels: sender, weight, the delivery option (same day, next day, standard).", "Delivery option", FieldType.CHOICE),
                Arguments.of("en", "Houses we survey: address, owner, floor area.", "Floor area", FieldType.DECIMAL),
                // counts said as sets and reps
                Arguments.of("en", "Gym programmes: the member, the exercise, sets, reps, weight.", "Reps", FieldType.INTEGER));
    }

    /** Neighbours that must keep what they are. */
    static Stream<Arguments> neighbours() {
        return Stream.of(
                Arguments.of("en", "Houses we survey: address, owner, floor area in m2.", "Floor area in m2", FieldType.DECIMAL),
                Arguments.of("en", "Flats: address, rent, total area, bedrooms.", "Total area", FieldType.DECIMAL),
                Arguments.of("en", "Sales reps: name, the area (North, South, East), target.", "Area", FieldType.CHOICE),
                Arguments.of("en", "Modules: title, credits (number of credits), lecturer.", "Credits", FieldType.INTEGER),
                Arguments.of("en", "Invoices: customer, total, paid.", "Total", FieldType.MONEY),
                Arguments.of("en", "Staff rota: the employee, the week, day or night.", "Duration", null),
                Arguments.of("en", "Rentals: the bike, start date, 3 days or more, price.", "Duration", null),
                Arguments.of("en", "Products: name, type (Hardware, Software, Service), price.", "Type", FieldType.CHOICE),
                Arguments.of("en", "Trips: the destination, where they stayed, the cost.", "Cost", FieldType.MONEY),
                Arguments.of("en", "Loans: the book, who has it, when it is due back.", "Assigned to", FieldType.PERSON),
                Arguments.of("en", "Orders: customer, how many items, price.", "Number of items", FieldType.INTEGER));
    }

    static Stream<Arguments> cases() {
        return Stream.concat(family(), neighbours());
    }

    /** The family reads its field; a neighbour keeps the field it had. */
    @ParameterizedTest
    @MethodSource("cases")
    void a_whole_phrase_names_and_types_the_field(String lang, String prompt, String label, FieldType type) {
        AppSpec spec = DRAFTER.draft(prompt);
        // a null type: no field may have that label
        assertTrue(spec.entities().stream().flatMap(e -> e.fields().stream())
                .anyMatch(f -> f.label().equalsIgnoreCase(label) && f.type() == type) == (type != null), () -> lang + ": " + spec.entities());
    }
}
