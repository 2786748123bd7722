package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.FieldType;

/**
 * A sentence ending on "a/un/una/ein THING (its fields)" gives THING its own kind with those fields, linked from the
 * sentence's record ({@link NestedKinds#groupAtEnd}); values in brackets stay a choice. Phrasing of our own.
 */
class GroupAtEndTest {
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "Repair | Customer machine | repair log: date, engineer, cost. each repair is for a customer machine (serial number, model, location).",
        "Timesheet | Client project | timesheets. staff log hours against a client project (project code, client, project name). each entry = date, hours, billable y/n, notes",
        "Laptop loan | Borrower | Laptop loans: laptop, date out, date due. Every loan goes to a borrower (name, team, phone number).",
        "Réparation | Machine client | suivi des réparations : date, technicien, coût. chaque réparation concerne une machine client (numéro de série, modèle, emplacement).",
        "Visita | Paciente | Visitas a domicilio: fecha, enfermera, notas. Cada visita es para un paciente (nombre, dirección, teléfono).",
        "Einsatz | Objekt | Einsätze: Datum, Mitarbeiter, Stunden. Jeder Einsatz gehört zu einem Objekt (Bezeichnung, Adresse, Telefonnummer)."})
    void the_group_belongs_to_the_thing_before_it(String record, String thing, String request) {
        var spec = SpecCheck.draft(request);
        assertTrue(SpecCheck.links(spec, record, thing), SpecCheck.names(spec));
        var own = SpecCheck.entity(spec, thing);
        assertTrue(own.fields().size() >= 3, SpecCheck.names(spec));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Ticket | Tickets: title, customer, date. Each ticket gets a priority (low, medium, high).",
        "Sortie | Sorties : date, lieu, encadrant. Chaque sortie a une météo (soleil, nuages, pluie)."})
    void values_in_brackets_stay_a_choice(String record, String request) {
        var spec = SpecCheck.draft(request);
        assertTrue(spec.entities().size() == 1, SpecCheck.names(spec));
        assertTrue(spec.entities().get(0).fields().stream().anyMatch(f -> f.type() == FieldType.CHOICE && f.options().size() == 3), SpecCheck.names(spec));
        assertEquals(record, spec.entities().get(0).name(), SpecCheck.names(spec));
    }
}
