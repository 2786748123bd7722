package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.names;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;

/**
 * A person named with an article who records, before a list ("Next the mechanic writes up the service sheet: …",
 * "Ensuite le technicien note : …", "Danach notiert der Techniker: …"), is who fills the record in, not a kind: the
 * list goes to the record being filled in ({@link HeadNames#recorder}). "Each technician records: …" and "each
 * technician has a name …" still name a kind.
 */
class RecorderHeadingTest {
    /** Request, the kind that gets the list, one listed field, the person who must not become a kind. */
    private static final String[][] FILLED = {
            {"We keep bike services: owner name, phone, bike model. Next the mechanic writes up the service sheet - what was done, parts fitted, hours spent.", "Bike service", "Parts fitted", "Mechanic"},
            {"Hi! We need a visitor book: name, company, host. Then the receptionist writes down: badge number, time in, time out.", "Visitor", "Badge number", "Receptionist"},
            {"Site inspections: site, date, weather. Afterwards the inspector records: findings, risk level, photos.", "Site inspection", "Risk level", "Inspector"},
            {"deliveries - customer, address, time slot. then the driver notes down: signature, time delivered, any damage.", "Delivery", "Time delivered", "Driver"},
            {"Patient visits: patient, date, reason. The nurse logs: blood pressure, pulse, temperature.", "Patient visit", "Pulse", "Nurse"},
            {"We keep a log of jobs: client, address, date. Later the manager enters - invoice number, amount billed, paid y/n.", "Job", "Invoice number", "Manager"},
            {"Nous suivons les réparations : client, appareil. Ensuite le technicien note : la panne, les pièces utilisées, le temps passé.", "Réparation", "Pièces utilisées", "Technicien"},
            {"Interventions : client, adresse, date. Ensuite le responsable indique : durée, matériel utilisé, remarques.", "Intervention", "Matériel utilisé", "Responsable"},
            {"Llevamos las reparaciones: cliente, aparato. Después el técnico anota: la causa, las piezas y el tiempo.", "Reparación", "Piezas", "Técnico"},
            {"Visitas: paciente, fecha, motivo. Luego la enfermera apunta: tensión, pulso, temperatura.", "Visita", "Pulso", "Enfermera"},
            {"Inspecciones: local, fecha. Despues el inspector registra: hallazgos, nivel de riesgo, fotos.", "Inspección", "Nivel de riesgo", "Inspector"},
            {"Wir erfassen Reparaturen: Kunde, Gerät. Danach notiert der Techniker: Ursache, Teile und Zeit.", "Reparatur", "Ursache", "Techniker"},
            {"Fahrten: Datum, Ziel, Fahrzeug. Danach erfasst der Fahrer: Kilometerstand, Tankmenge, Bemerkung.", "Fahrt", "Tankmenge", "Fahrer"},
            {"Prüfungen: Maschine, Datum. Anschließend dokumentiert der Inspektor: Befund, Mängel, Fotos.", "Prüfung", "Mängel", "Inspektor"},
    };

    /** Request, the person that IS a kind here. */
    private static final String[][] KINDS = {
            {"Each technician has a name, a phone and a van. Jobs have a date, a customer and a technician.", "Technician"},
            {"Jobs: date, customer, address. Technicians: name, phone, van.", "Technician"},
            {"Jobs: date, customer. Each technician records: date, job, hours.", "Technician"},
            {"Chaque technicien a un nom, un téléphone et une zone. Les interventions ont une date, un client et un technicien.", "Technicien"},
            {"Cada técnico tiene nombre, teléfono y zona. Las reparaciones tienen fecha, cliente y técnico.", "Técnico"},
    };

    @Test
    void theListGoesToTheRecordFilledIn() {
        java.util.List<String> wrong = new java.util.ArrayList<>();
        for (String[] row : FILLED) {
            AppSpec spec = draft(row[0]);
            Entity kind = spec.entities().stream().filter(e -> e.name().equals(row[1])).findFirst().orElse(null);
            if (kind == null || kind.fields().stream().noneMatch(f -> f.label().equals(row[2]))
                    || spec.entities().stream().anyMatch(e -> e.name().equals(row[3]))) {
                wrong.add(row[0] + " -> " + names(spec));
            }
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
    }

    @Test
    void aPersonDescribedIsStillAKind() {
        for (String[] row : KINDS) {
            AppSpec spec = draft(row[0]);
            assertTrue(spec.entities().stream().anyMatch(e -> e.name().equals(row[1])), () -> row[0] + ": " + names(spec));
        }
    }
}
