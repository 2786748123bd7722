package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/**
 * Kinds said with their own list inside a structured request (session 17, k1): a plural bullet with its own field
 * list among a kind's field bullets ({@link BulletKinds}, "- visits: date, vet, cost") is a kind pointing to the
 * heading's kind; a plural named in passing with its fields in brackets ({@link PassingBrackets}, "we keep the
 * machines (type, serial number, site) and …") is a kind the record named after it points to. Values, field groups,
 * adjectives and generic words stay as they were.
 */
class ListedChildKindsTest {
    /** The new kind with one of its fields, and the link: child to owner, or the record named after the bracket to it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Visit | date | Visit | Dog | \"Dogs:\n- name, breed, date of birth\n- owner phone\n- visits: date, vet, cost\n- notes\"",
        "Repair | cost | Repair | Bike | \"Bikes in the fleet:\n- frame number, model, colour\n- bought on\n- repairs (date, mechanic, cost)\"",
        "Payment | amount | Payment | Tenant | \"Tenants:\n- name, flat, phone\n- moved in on\n- payments: date, amount, method\"",
        "Intervention | durée | Intervention | Chaudière | \"Nos chaudières :\n- marque, modèle, puissance\n- date de pose\n- les interventions (date, technicien, durée)\"",
        "Cotisation | montant | Cotisation | Adhérent | \"Nos adhérents :\n- nom, prénom, téléphone\n- date d'adhésion\n- cotisations : date, montant, mode de paiement\"",
        "Cuota | importe | Cuota | Socio | \"Fichas de socios:\n- nombre, apellidos, teléfono\n- fecha de alta\n- cuotas: fecha, importe, forma de pago\"",
        "Revisión | técnico | Revisión | Extintor | \"Extintores del edificio:\n- número, planta, tipo\n- fecha de compra\n- las revisiones (fecha, técnico, resultado)\"",
        "Tankvorgang | Liter | Tankvorgang | Fahrzeug | \"Fahrzeuge:\n- Kennzeichen, Modell, Baujahr\n- Tankvorgänge: Datum, Liter, Kosten\n- Fahrer\"",
        "Prüfung | Prüfer | Prüfung | Maschine | \"Unsere Maschinen:\n- Inventarnummer, Hersteller, Standort\n- Kaufdatum\n- Prüfungen (Datum, Prüfer, Ergebnis)\"",
        "Greenhouse | area | Planting | Greenhouse | We run our greenhouses (name, area, heating type) and log every planting with crop, date sown and tray count.",
        "Bâtiment | gardien | Ascenseur | Bâtiment | Les bâtiments (adresse, gardien, téléphone) ont un ou plusieurs ascenseurs avec numéro de série et marque. Chaque contrôle d'un ascenseur : date, technicien, résultat.",
        "Aula | capacidad | Reserva | Aula | Gestionamos las aulas (nombre, planta, capacidad) y cada reserva: aula, profesor, fecha, hora de inicio.",
        "Halle | Fläche | Buchung | Halle | Wir vermieten Hallen (Name, Fläche, Adresse) und dazu die Buchungen (welche Halle, Mieter, Datum, Preis)."})
    void the_listed_kind_is_drafted_and_linked(String kind, String kindField, String from, String to, String request) {
        AppSpec spec = SpecCheck.draft(request);
        SpecCheck.field(SpecCheck.entity(spec, kind), kindField);
        assertTrue(SpecCheck.links(spec, from, to), () -> from + " -> " + to + " in " + SpecCheck.names(spec));
    }

    /** Values in the list, a field group, an adjective after a noun, a list of examples: no new kind. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Allergy | \"Dog files:\n- name, breed\n- allergies: chicken, wheat, dairy\n- status: active, archived\"",
        "Date | \"Projects:\n- name, client\n- dates: start date, end date\"",
        "Joint | \"Demandes au studio :\n- qui demande, pour quel service\n- fichiers joints (logo, photos)\n- statut : à faire, en cours\"",
        "Instrument | We lend school instruments (violins, cellos, flutes, trumpets) to pupils: pupil, instrument, date out, date back.",
        "Color | Paint orders: colours (red, blue, green, other), litres, customer, date.",
        "Alergia | \"Fichas de perros:\n- nombre, raza\n- alergias: pollo, trigo, lácteos\"",
        "Sorte | Bestellungen: Kunde, Datum, Sorten (Vollkorn, Roggen, Dinkel), Menge."})
    void no_kind_for_values_or_groups(String word, String request) {
        AppSpec spec = SpecCheck.draft(request);
        assertTrue(spec.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase(word)), () -> "no kind " + word + " in " + SpecCheck.names(spec));
        assertTrue(spec.entities().stream().flatMap(e -> e.fields().stream()).noneMatch(f -> f.type() == FieldType.REFERENCE
                && f.target().equalsIgnoreCase(word)), () -> "no link to " + word);
    }
}
