package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/**
 * A list item said as a yes/no question without its mark ({@link AskedYesNo}): an auxiliary before a subject opens
 * it ("did it arrive", "has the flue been inspected", "a-t-il été rendu", "se ha devuelto", "wurde es zurückgegeben")
 * and it is a yes/no named from its predicate; a tail that asks which ("and what", "et lequel", "y cuál", "und
 * welche") after a yes/no adds a text for the answer. A has-verb before an article states ("has a garage") and a
 * tail after a plain field adds nothing. Session 22, q.
 */
class AskedYesNoItemsTest {
    private static boolean has(AppSpec spec, String label, FieldType type) {
        return spec.entities().stream().flatMap(e -> e.fields().stream())
                .anyMatch(f -> f.label().equalsIgnoreCase(label) && f.type() == type);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Arrived | BOOLEAN | Parcel log: sender, date, did it arrive, signed by",
        "Flue inspected | BOOLEAN | Boiler checks: date, engineer, has the flue been inspected, notes",
        "Client paid | BOOLEAN | Bookings: room, date, did the client pay, notes",
        "Special diet | BOOLEAN | Kennel stays: dog name, arrival date, does it need a special diet (y/n) and what, price",
        "Diet details | LONG_TEXT | Kennel stays: dog name, arrival date, does it need a special diet (y/n) and what, price",
        "Rendu | BOOLEAN | Prêts de matériel : objet, emprunteur, a-t-il été rendu, date",
        "Détails traitement | LONG_TEXT | Séjours en pension : nom du chien, date d'arrivée, traitement (oui/non) et lequel, prix",
        "Devuelto | BOOLEAN | Préstamos: objeto, persona, se ha devuelto, fecha",
        "Detalles medicación | LONG_TEXT | Estancias: perro, fecha, medicación (sí/no) y cuál, precio",
        "Zurückgegeben | BOOLEAN | Ausleihen: Gegenstand, Person, wurde es zurückgegeben, Datum",
        "Medikamente Details | LONG_TEXT | Pensionsaufenthalte: Hund, Datum, Medikamente (ja/nein) und welche, Preis"})
    void the_question_is_a_field(String label, FieldType type, String request) {
        AppSpec spec = SpecCheck.draft(request);
        assertTrue(has(spec, label, type), () -> label + " " + type + " in " + SpecCheck.names(spec));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Garage | BOOLEAN | Houses: address, has a garage, price",
        "Owner details | LONG_TEXT | Houses: address, owner and what, price",
        "Bici | BOOLEAN | Reparaciones: cliente, fecha, tiene la bici, precio",
        "Hund | BOOLEAN | Kunden: Name, hat einen Hund, Telefon",
        "Conductor principal | BOOLEAN | Rutas: fecha, es el conductor principal del camión, notas",
        "Responsable | BOOLEAN | Équipes : nom, est le responsable du site, téléphone",
        "Fournisseur principal | BOOLEAN | Contrats : objet, montant, est le fournisseur principal, échéance"})
    void no_question_no_yes_no(String label, FieldType type, String request) {
        AppSpec spec = SpecCheck.draft(request);
        assertTrue(!has(spec, label, type), () -> "no " + label + " " + type + " in " + SpecCheck.names(spec));
    }
}
