package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/**
 * Field and kind names carrying words that are no part of them, and short ranges that are choices: "severity SEV1 to
 * SEV3" is a Severity choice of SEV1, SEV2, SEV3; "rating 1 to 10" a Rating number; "the amount owed too" an Amount owed;
 * "obra en la que se usa" an Obra; "colis livrés" a count; "duty paid" money; "On a besoin d'un outil pour les dossiers
 * de transport" a Dossier de transport. Each case: prompt, label, type, options (comma-separated, or empty); a label
 * starting "KIND=" names a record kind.
 */
class WordsBesideNamesTest {

    static Stream<String[]> cases() {
        return rows("""
                Hi team, we need a tool for incidents: title, severity SEV1 to SEV3, date opened, notes. | Severity | choice | SEV1,SEV2,SEV3
                Support tickets - subject, requester, priority P1-P3, due date | Priority | choice | P1,P2,P3
                For each hazard we note the area, the risk level 1-3 and the date. | Risk level | choice | 1,2,3
                Suppliers: name, contact, tier (1 to 4), country. | Tier | choice | 1,2,3,4
                Film reviews: title, reviewer, rating 1 to 10, date. | Rating | integer | -
                Exam results: student, subject, score out of 100, date. | Score | integer | -
                Invoices: number, client, date. It would be nice to see the amount owed too. | Amount owed | money | -
                Invoices: number, client, date, and the amount owed too. | Amount owed | money | -
                Orders: customer, date, and it would be nice to see the amount owed too. | Amount owed | money | -
                Commandes : client, date, et ce serait bien de voir le montant dû aussi. | Montant dû | money | -
                Préstamos: objeto, persona, fecha y también la fecha de devolución. | Fecha | date | -
                Loans: item, borrower, loan date, and the due date as well. | Due date | date | -
                Shipments: vessel, date, containers loaded, duty paid, remarks. | Containers loaded | integer | -
                Shipments: vessel, date, containers loaded, duty paid, remarks. | Duty paid | money | -
                Can you build us a tracker for lab samples please: sample id, type, date received, status. | KIND=Lab sample | - | -
                Bonjour, on a besoin d'un outil pour les dossiers de transport : client, date de départ, classe (1 à 5), montant payé. | Classe | choice | 1,2,3,4,5
                Bonjour, on a besoin d'un outil pour les dossiers de transport : client, date de départ, classe (1 à 5), montant payé. | KIND=Dossier de transport | - | -
                Incidents : titre, gravité G1 à G4, date, statut. | Gravité | choice | G1,G2,G3,G4
                Chantiers : adresse, priorité P1-P3, chef de chantier. | Priorité | choice | P1,P2,P3
                Avis clients : client, note de 1 à 10, commentaire. | Note | integer | -
                Prêts : objet, emprunteur, date, et la date de retour aussi. | Date de retour | date | -
                Matériel : article, quantité, le projet sur lequel ça part, date. | Projet | reference | -
                Tournées : chauffeur, date, colis livrés, incidents. | Colis livrés | integer | -
                Rondes de sécurité : agent, site, heure, remarques. | Site | text | -
                Dossiers douane : client, date, taxe payée, remarques. | Taxe payée | money | -
                Necesitamos una herramienta para las reservas de sala: sala, persona, fecha, nivel 1 a 4, importe cobrado. | Nivel | choice | 1,2,3,4
                Necesitamos una herramienta para las reservas de sala: sala, persona, fecha, nivel 1 a 4, importe cobrado. | Importe cobrado | money | -
                Incidencias: título, severidad S1 a S3, fecha. | Severidad | choice | S1,S2,S3
                Pedidos: cliente, prioridad P1-P4, fecha de entrega. | Prioridad | choice | P1,P2,P3,P4
                Encuestas: cliente, puntuación del 1 al 10, comentario. | Puntuación | integer | -
                Préstamos: objeto, persona, fecha y la fecha de devolución también. | Fecha de devolución | date | -
                Equipos: modelo, número de serie, obra en la que se utiliza, estado. | Obra | reference | -
                Material: artículo, cantidad, el proyecto para el que se usa. | Proyecto | reference | -
                Repartos: repartidor, fecha, paquetes entregados, incidencias. | Paquetes entregados | integer | -
                Expedientes de aduana: cliente, fecha, impuesto pagado, notas. | Impuesto pagado | money | -
                Wir brauchen ein Tool für die Wartungsaufträge: Maschine, Techniker, Schweregrad S1 bis S4, Datum. | Schweregrad | choice | S1,S2,S3,S4
                Gefahrstoffe: Name, Menge, Klasse (1 bis 9), Lagerort. | Klasse | choice | 1,2,3,4,5,6,7,8,9
                Objekte: Adresse, Priorität 1-3, Fläche. | Priorität | choice | 1,2,3
                Lieferantenbewertung: Lieferant, Datum, Bewertung 1 bis 10, Kommentar. | Bewertung | integer | -
                Ausleihen: Gegenstand, Person, Datum, das Rückgabedatum auch. | Rückgabedatum | date | -
                Touren: Fahrer, Datum, Pakete zugestellt, Bemerkungen. | Pakete zugestellt | integer | -
                Zollvorgänge: Kunde, Datum, Zoll bezahlt, Bemerkungen. | Zoll bezahlt | money | -
                Reklamationen: Kunde, Stand D1 bis D8, Datum. | Stand | choice | D1,D2,D3,D4,D5,D6,D7,D8
                Hallo, wir bräuchten eine Lösung für unsere Schlüsselübergaben: Schlüssel, Person, Datum. | KIND=Schlüsselübergabe | - | -
                """);
    }

    /** Neighbours where nothing may change. */
    static Stream<String[]> kept() {
        return rows("""
                Fridge log: fridge, date, temperature (2-8 degrees), checked by. | Temperature | decimal | -
                Patient calls: patient, date, GP called, notes. | GP called | boolean | -
                Invoices: number, client, date, invoice paid. | Invoice paid | boolean | -
                Tickets: subject, priority (low, medium, high), due date. | Priority | choice | Low,Medium,High
                Commandes : client, date, facture payée. | Facture payée | boolean | -
                Para cada entrega de piso anotamos el inquilino, la fecha, llaves devueltas y observaciones. | Llaves devueltas | boolean | -
                Fahrzeuge: Kennzeichen, Schlüssel zurückgegeben, Rechnung bezahlt. | Rechnung bezahlt | boolean | -
                Sites web : nom, adresse du site internet, hébergeur. | Adresse du site internet | url | -
                Prêts : objet, emprunteur, date de retour. | Date de retour | date | -
                """);
    }

    /** Chat edits: the spec ("en", "fr", "es", "de" fixture), the message, then label, type, options. */
    static Stream<String[]> edits() {
        return rows("""
                en | Please add a severity SEV1 to SEV3 to the bookings. | Severity | choice | SEV1,SEV2,SEV3
                en | Bookings need a priority from P1 to P4 as well | Priority | choice | P1,P2,P3,P4
                en | add a satisfaction rating 1 to 10 on each booking | Satisfaction rating | integer | -
                fr | Ajoutez une gravité G1 à G4. | Gravité | choice | G1,G2,G3,G4
                fr | On voudrait aussi une note de 1 à 10. | Note | integer | -
                es | Añade la prioridad P1 a P3, por favor. | Prioridad | choice | P1,P2,P3
                es | hace falta un nivel de riesgo 1 a 4 | Nivel de riesgo | choice | 1,2,3,4
                de | Bitte einen Schweregrad S1 bis S4 ergänzen. | Schweregrad | choice | S1,S2,S3,S4
                de | Wir brauchen noch eine Bewertung von 1 bis 5. | Bewertung | integer | -
                """);
    }

    @ParameterizedTest
    @MethodSource("edits")
    void an_added_field_takes_its_range_as_options(String fixture, String message, String label, String type, String options) {
        AppSpec before = switch (fixture) {
            case "fr" -> RefineFixtures.FR;
            case "es" -> RefineFixtures.ES;
            case "de" -> RefineFixtures.DE;
            default -> RefineFixtures.ROOMS;
        };
        AppSpec after = new OfflineRefiner().refine(before, message).spec();
        var field = after.entities().stream().flatMap(e -> e.fields().stream()).filter(f -> f.label().equals(label)).findFirst();
        assertTrue(field.isPresent(), label + " in " + after.entities());
        assertEquals(FieldType.valueOf(type.toUpperCase()), field.get().type(), label);
        assertEquals(options.isEmpty() ? List.of() : List.of(options.split(",")), field.get().options(), label);
    }

    /** One case a line, its parts split at " | "; "-" stands for no options. */
    private static Stream<String[]> rows(String table) {
        return table.lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> java.util.Arrays.stream(l.split(" \\| ")).map(x -> x.equals("-") ? "" : x).toArray(String[]::new));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void the_name_is_the_thing_and_the_range_its_options(String prompt, String label, String type, String options) {
        check(prompt, label, type, options);
    }

    @ParameterizedTest
    @MethodSource("kept")
    void neighbours_stay_as_they_were(String prompt, String label, String type, String options) {
        check(prompt, label, type, options);
    }

    private static void check(String prompt, String label, String type, String options) {
        AppSpec spec = new OfflineDrafter().draft(prompt);
        if (label.startsWith("KIND=")) {
            assertTrue(spec.entities().stream().anyMatch(e -> e.name().equals(label.substring(5))), label + " in " + spec.entities());
            return;
        }
        var field = spec.entities().stream().flatMap(e -> e.fields().stream()).filter(f -> f.label().equals(label)).findFirst();
        assertTrue(field.isPresent(), label + " in " + spec.entities());
        assertEquals(FieldType.valueOf(type.toUpperCase()), field.get().type(), label + " in " + spec.entities());
        if (!options.isEmpty()) {
            assertEquals(List.of(options.split(",")), field.get().options(), label);
        }
    }
}
