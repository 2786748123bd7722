package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/**
 * Details said of a record's link target ({@link TargetDetails}, session 27): in a bracket after a mention of the
 * target ("which warehouse it left from (address, manager phone)"), after a heading of it ("…; for the van, plate
 * number and purchase date"), or in a possessive of a sentence of their own ("We also need the van's …"). The target
 * becomes a kind holding them and the record points to it. A bracket of values, a remark in brackets, a bracket of
 * the next list item and a person's role stay as they were.
 */
class TargetDetailsTest {
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Warehouse | Manager phone | For each shipment we keep the date, weight and carrier, and which warehouse it left from (address, manager phone, opening hours).",
        "Van | Plate number | Each trip belongs to a van. For the trip we keep date, distance and driver; for the van, plate number, model and purchase date.",
        "Contract | Contract number | We log invoices with amount, due date and the contract. We also need the contract's contract number, start date and end date.",
        "Entrepôt | Téléphone du responsable | Pour chaque expédition, on garde date, poids et transporteur, et de quel entrepôt elle part (adresse, téléphone du responsable, horaires).",
        "Fourgon | Immatriculation | Chaque trajet concerne un fourgon. Pour le trajet on garde date, distance et conducteur ; pour le fourgon, immatriculation, modèle et date d'achat.",
        "Almacén | Teléfono del encargado | Para cada envío guardamos fecha, peso y transportista, y de qué almacén sale (dirección, teléfono del encargado, horario).",
        "Contrato | Número de contrato | Registramos las facturas con importe, vencimiento y el contrato. También necesitamos número de contrato, fecha de inicio y fecha de fin del contrato.",
        "Lager | Telefon | Zu jeder Sendung notieren wir Datum, Gewicht und Spediteur und aus welchem Lager sie kommt (Adresse, Telefon, Öffnungszeiten).",
        "Transporter | Kennzeichen | Jede Fahrt gehört zu einem Transporter. Zur Fahrt erfassen wir Datum, Strecke und Fahrer, zum Transporter Kennzeichen, Modell und Kaufdatum."})
    void the_details_go_to_the_target(String target, String detail, String request) {
        AppSpec spec = SpecCheck.draft(request);
        var kind = SpecCheck.entity(spec, target);
        SpecCheck.field(kind, detail);
        assertTrue(spec.entities().stream().anyMatch(e -> e != kind && e.fields().stream()
                .anyMatch(f -> f.type() == FieldType.REFERENCE && kind.key().equals(f.target()))),
                () -> "a reference to " + target + " in " + SpecCheck.names(spec));
    }

    /** Values in brackets, a remark in brackets, the next item's bracket, a bare role. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Pitch | Pitch bookings: day, pitch (small, medium, full size), start hour, booked by.",
        "Tour | Boat trips: day, passengers, tour (2h bay, 3h coast, sunset), deposit paid.",
        "Supplier | Price checks: product, supplier (just the name, no contact sheet), price, checked on.",
        "Auditor | Audits: date, auditor and outcome (pass, minor, major), report.",
        "Atelier | Inscriptions : jour, atelier (poterie, peinture ou couture), heure, animateur.",
        "Proveedor | Compras: artículo, proveedor (solo el nombre, sin ficha), precio, fecha.",
        "Halter | Pferdepension: Pferd, Halter (Kunde, nur Name), Box, Monatspreis.",
        "Mechanic | For every service we write down the day, the price and the mechanic."})
    void nothing_is_made(String word, String request) {
        AppSpec spec = SpecCheck.draft(request);
        assertTrue(spec.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase(word)), () -> "no kind " + word + " in " + SpecCheck.names(spec));
    }
}
