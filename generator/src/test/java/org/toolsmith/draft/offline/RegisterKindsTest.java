package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/**
 * When a named party or register becomes a kind of its own ({@link RegisterKinds}): a field that is a party or site
 * the business keeps a list of, in a request that drafts one kind, or any register noun asked as a pick ("which X",
 * "quel X", "qué X", "welches X"), becomes a link to a kind of that name. A room or a vehicle said bare, a field with
 * options, or one whose remark says no list is needed stays a column. Session 16, k1.
 */
class RegisterKindsTest {
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Customer | name | Log of parcel returns: which customer, date received, reason, refund amount",
        "Tenant | name | I need to track the keys we hand out: key number, which tenant, date out, date back",
        "Supplier | name | Sample log - sample id, which supplier, date received, storage temperature",
        "Patient | name | Complaints register: which patient, date, category, what happened, resolved or not",
        "Contractor | name | Permit to work log: permit number, which contractor, start date, end date, area",
        "Vehicle | name | Fuel log: which vehicle, litres, cost, date, mileage",
        "Room | name | Cleaning checks: which room, cleaner, date, score out of ten",
        "Site | name | Track equipment loans: the item, which site, date out, expected return",
        "Client | nom | Suivi des retours : quel client, date, motif, montant remboursé",
        "Locataire | nom | Registre des badges : numéro de badge, quel locataire, date de remise, date de restitution",
        "Chantier | nom | Bons de livraison : quel chantier, date, quantité, transporteur",
        "Cliente | nombre | Registro de devoluciones: qué cliente, fecha, motivo, importe",
        "Paciente | nombre | Seguimiento de consultas: qué paciente, fecha, motivo, duración",
        "Proveedor | nombre | Control de albaranes: qué proveedor, fecha, número de albarán, bultos",
        "Kunde | Name | Reklamationen: welcher Kunde, Datum, Grund, Betrag",
        "Patient | Name | Besuche: welcher Patient, Datum, Anlass, Dauer",
        "Fahrzeug | Name | Tankbuch: welches Fahrzeug, Datum, Liter, Kosten"})
    void the_party_is_a_kind_the_record_points_to(String target, String nameField, String request) {
        AppSpec spec = SpecCheck.draft(request);
        var kind = SpecCheck.entity(spec, target);
        SpecCheck.field(kind, nameField);
        assertTrue(spec.entities().stream().anyMatch(e -> e != kind && e.fields().stream()
                .anyMatch(f -> f.type() == FieldType.REFERENCE && kind.key().equals(f.target()))),
                () -> "a reference to " + target + " in " + SpecCheck.names(spec));
    }

    /** A place said bare, a field with options, a remark that no list is needed, a word that is no register. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Room | Repair log: room, date, fault, cost",
        "Room | Meeting bookings: room (Main hall, Studio, Garden), date, organiser",
        "Customer | Returns log: customer (just the name, no record needed), date, reason",
        "Task | Timesheets: which task, hours, date, notes",
        "Salle | Réparations : salle, date, panne, coût",
        "Client | Retours : client (juste le nom, pas de fiche), date, motif",
        "Sala | Incidencias: sala, fecha, descripción, coste",
        "Cliente | Devoluciones: cliente (solo el nombre, sin ficha), fecha, motivo",
        "Raum | Mängel: Raum, Datum, Beschreibung, Kosten",
        "Kunde | Rückgaben: Kunde (nur der Name, keine Kartei), Datum, Grund",
        "Customer | Parcel returns: customer, date received, reason, refund amount",
        "Supplier | Orders with number and date, supplier and amount",
        "Client | Retours : client, date, motif, montant",
        "Cliente | Devoluciones: cliente, fecha, motivo, importe",
        "Kunde | Reklamationen: Kunde, Datum, Grund, Betrag"})
    void the_field_stays_a_column(String word, String request) {
        AppSpec spec = SpecCheck.draft(request);
        assertTrue(spec.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase(word)), () -> "no kind " + word + " in " + SpecCheck.names(spec));
        assertTrue(spec.entities().stream().flatMap(e -> e.fields().stream())
                .noneMatch(f -> f.type() == FieldType.REFERENCE), () -> "no link in " + SpecCheck.names(spec));
    }
}
