package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/**
 * A thing kept or a place booked with details of its own is a kind the record points to (session 24, s24o): the thing is
 * a noun of the assets or places of kind-nouns.json, its details words of thing-details.json, said as labels that carry
 * the thing's name ("trailer plate", "marque du vélo", "matrícula de la furgoneta", "Traktorkennzeichen") or as a bracket
 * or a colon list a few words after the noun.
 */
class ThingKindsTest {
    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Hire | Trailer | plate;model | Hire log: customer, start date, end date, trailer plate, trailer model.",
        "Location | Vélo | marque;numéro de série | Suivi des locations : client, date de début, marque du vélo, numéro de série du vélo.",
        "Revisión | Furgoneta | matrícula;modelo | Revisiones del taller: fecha, mecánico, matrícula de la furgoneta, modelo de la furgoneta.",
        "Einsatz | Traktor | Kennzeichen;Baujahr | Einsätze: Datum, Fahrer, Traktorkennzeichen, Traktorbaujahr.",
        "Einsatz | Traktor | Kennzeichen;Modell | Einsätze: Datum, Fahrer, Kennzeichen des Traktors, Modell des Traktors.",
        "Réservation | Box | numéro;surface | On veut suivre les réservations de nos box (numéro, surface, étage). Pour chaque réservation : locataire, date de début, loyer.",
        "Limpieza | Piscina | nombre;volumen | Llevamos las limpiezas de nuestras piscinas (nombre, volumen, ubicación). De cada limpieza: fecha, operario y productos usados.",
        "Wartung | Kompressor | Seriennummer;Hersteller | Wir planen die Wartungen unserer Kompressoren (Seriennummer, Hersteller, Baujahr). Pro Wartung: Datum, Techniker, Kosten.",
        "Trip | Minibus | model;capacity | We plan the trips of our minibuses (plate or fleet code, model, capacity). Per trip: date, driver, destination.",
        "Prêt | Tablette | marque;couleur | Nous gérons les prêts de nos tablettes (numéro d'inventaire ou code, marque, couleur). Pour chaque prêt : élève, date, retour.",
        "Uso | Carretilla | marca;modelo | Apuntamos los usos de nuestras carretillas (número o código, marca, modelo). De cada uso: operario, fecha, horas.",
        "Einsatz | Bagger | Hersteller;Baujahr | Wir erfassen die Einsätze unserer Bagger (Nummer oder Code, Hersteller, Baujahr). Pro Einsatz: Baustelle, Datum, Fahrer."})
    void the_thing_is_a_kind_the_record_points_to(String record, String thing, String details, String request) {
        AppSpec spec = SpecCheck.draft(request);
        var kind = SpecCheck.entity(spec, thing);
        Arrays.stream(details.split(";")).forEach(d -> SpecCheck.field(kind, d.strip()));
        assertTrue(SpecCheck.links(spec, record, thing), () -> record + " -> " + thing + " in " + SpecCheck.names(spec));
    }

    /**
     * A noun that is not the thing here, one detail alone, a record that is itself the thing, details of the record; a
     * bracket of values of a choice (joined by or, of one option family, German adjectives), details that are all
     * numbers (measures said on the record are its readings), session 25.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Home | Contacts: name, home address, home phone, email",
        "Engine | Vehicles: plate, engine number, engine type, colour",
        "Horse | Vet visits: horse name, date, treatment, cost",
        "Máquina | Reparaciones de máquinas (fecha, coste, técnico). También el estado.",
        "Haus | Mieter: Name, Hausnummer, Hausname, Telefon",
        "Bureau | Employés : nom, téléphone du bureau, numéro du bureau, e-mail",
        "Studio | Rehearsals: band, studio (big, small or acoustic), date, hours",
        "Trailer | Hire log: customer, trailer (small / medium / large), from, until",
        "Remorque | Locations : client, remorque (simple, double ou frigorifique), date, tarif",
        "Box | Réservations : cavalier, box (matin, après-midi, soir), date, prix",
        "Aula | Reservas: profesor, aula (grande, pequeña u informática), fecha, hora",
        "Camión | Salidas: chófer, camión (pequeño, mediano, grande), fecha, destino",
        "Saal | Buchungen: Verein, Saal (groß, klein oder Foyer), Datum, Uhrzeit",
        "Anhänger | Verleih: Kunde, Anhänger (gebremst, ungebremst), Datum, Preis",
        "Trailer | Hire log: customer, start date, trailer length, trailer width, price",
        "Remorque | Pesées : date, opérateur, remorque (longueur, largeur, hauteur), charge en kg",
        "Anhänger | Wiegungen: Datum, Fahrer, Anhänger (Länge, Breite, Höhe), Ladung in kg"})
    void no_thing_kind(String noKind, String request) {
        AppSpec spec = SpecCheck.draft(request);
        assertTrue(spec.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase(noKind)), SpecCheck.names(spec));
        assertTrue(spec.entities().stream().allMatch(e -> e.fields().stream().noneMatch(f -> f.type() == FieldType.REFERENCE
                && f.label().equalsIgnoreCase(noKind))), SpecCheck.names(spec));
    }
}
