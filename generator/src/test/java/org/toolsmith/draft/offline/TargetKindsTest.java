package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/**
 * Link targets folded into fields ({@link TargetKinds}): a one-word field naming an outside party, an asset or a place
 * the request speaks of as one of a set (its plural said besides, a pick, counted, or after a per-word), in a request of
 * several records, becomes a link to a kind of that noun holding a name or the details said for it. The same noun said
 * bare once, with options, as a plural label, in a request of one record, or a word of no class, stays a column.
 * Session 21, k1.
 */
class TargetKindsTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Kitchen | Food deliveries to the kitchens we run in two schools. Per delivery: date, kitchen, driver, temperature, accepted or not. Drivers: name, phone, company",
        "Horse | Farrier visits at the yard: for each visit the date, which horse, the farrier, the cost and notes. Farriers: name, phone, email",
        "Greenhouse | Watering log for our greenhouses: date, greenhouse, litres used, done by. Plants: name, variety, sown on",
        "Salle | Réservations des salles de la mairie : pour chaque réservation la date, la salle, l'association, l'heure de début, l'heure de fin. Associations : nom, contact, téléphone",
        "Cheval | Soins à l'écurie : date, quel cheval, soin donné, vétérinaire, coût. Vétérinaires : nom, téléphone, email",
        "Caballo | Visitas del herrador: fecha, qué caballo, herrador, coste y notas. Herradores: nombre, teléfono, email",
        "Colegio | Comedores escolares: servimos a varios colegios. Pedidos por colegio: colegio, fecha, menú, importe. Menús: nombre, precio, alérgenos",
        "Pferd | Pflegeprotokoll der Pferde im Stall: pro Eintrag Datum, Pferd, Maßnahme, Tierarzt, Notizen. Tierärzte: Name, Telefon, E-Mail",
        "Stellplatz | Mitglieder mieten einen der Stellplätze für ihr Boot (Platznummer, Steg A oder B). Pro Vertrag: Mitglied, Stellplatz, Beginn, Gebühr. Mitglieder: Name, Nummer, E-Mail"})
    void the_noun_is_a_kind_the_record_points_to(String target, String request) {
        AppSpec spec = SpecCheck.draft(request);
        var kind = SpecCheck.entity(spec, target);
        SpecCheck.field(kind, kind.fields().get(0).label());
        assertTrue(spec.entities().stream().anyMatch(e -> e != kind && e.fields().stream()
                .anyMatch(f -> f.type() == FieldType.REFERENCE && kind.key().equals(f.target()))),
                () -> "a reference to " + target + " in " + SpecCheck.names(spec));
    }

    /** Said bare once, with options, as a plural label, or not a party, asset or place. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Room | Maintenance requests: room, description, date reported, priority, status",
        "Supplier | Invoices received: invoice number, supplier, amount, due date, paid or not",
        "Fournisseur | Factures reçues : numéro, fournisseur, montant, échéance, payée ou non",
        "Sala | Reservas: fecha, sala (grande, pequeña o exterior), hora de inicio, responsable",
        "Proveedor | Facturas recibidas: número, proveedor, importe, vencimiento, pagada",
        "Raum | Mängelmeldungen: Raum, Beschreibung, Datum, Priorität, Status",
        "Location | Incident log: date, location, what happened, who was involved",
        "Rooms | Conference: name, date, rooms, budget",
        "Room | Maintenance requests: room, description, reported by, priority. Technicians: name, phone, trade"})
    void the_field_stays_a_column(String word, String request) {
        AppSpec spec = SpecCheck.draft(request);
        assertTrue(spec.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase(word)), () -> "no kind " + word + " in " + SpecCheck.names(spec));
    }
}
