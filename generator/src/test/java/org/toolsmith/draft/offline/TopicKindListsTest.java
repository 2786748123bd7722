package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * A field list that belongs to a kind the main record named just before, opened by a topic phrase or with the kind
 * stressed: "For the customers themselves we need …", "As for the tools, we keep …", "Regarding the rooms, …",
 * "Quant aux machines, on note …", "En cuanto a los clientes, guardamos …", "Bezüglich der Maschinen speichern wir …".
 * The list makes that kind (linked from the main record), not fields of the main kind nor a third kind.
 * Session 12, family d7 ({@link PassingKinds}: the lexicon's {@code for_kind} and {@code owner_fillers}).
 */
class TopicKindListsTest {
    @ParameterizedTest(name = "{4}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Customer | Repair job | Credit limit | Address | I'd like each repair job logged with: which customer, the address, the date and what was done. For the customers themselves we need company name, account number, billing email and their credit limit.",
        "Customer | Order | Email | Total | Hello, we need to track orders with the customer, the order date and the total. As for customers, we need name, email and phone.",
        "Driver | Delivery | Licence number | Weight | please log every delivery - the driver, the date, the weight. For the drivers themselves we keep name, licence number and phone",
        "Room | Meeting | Capacity | Organiser | We want to track meetings: the room, the organiser, start and end time. Regarding the rooms, we need capacity, floor and whether there's a projector.",
        "Tool | Loan | Category | Date out | Track loans (which tool, who borrowed it, date out, date back). As for the tools, we keep name, category and purchase price.",
        "Member | Class booking | Membership type | Date | hi! we want to record class bookings with the member, the class and the date. For members themselves we only need name, email and membership type.",
        "Site | Inspection | Manager | Score | Every inspection should have the site, the inspector, the date and a score. As for the sites we need address, manager and phone number",
        "Supplier | Delivery | Contact person | Date | Morning all, we log deliveries with the supplier, the date and the number of boxes. When it comes to suppliers, we just keep company name, contact person and phone.",
        "Bus | Outing | Number of seats | Destination | Each outing has the bus, the teacher, the destination and the date. For the buses themselves we need the reg, number of seats and the MOT date.",
        "Vehicle | Trip | Plate | Destination | Each trip has the vehicle, the driver, the destination and the mileage. As regards the vehicles we record plate, make and next service date.",
        "Client | Commande | Téléphone | Montant | Je voudrais suivre les commandes avec le client, la date et le montant. Pour les clients eux-mêmes, on a besoin du nom, de l'email et du téléphone.",
        "Machine | Intervention | Modèle | Technicien | On enregistre chaque intervention : la machine, le technicien, la date. Quant aux machines, on note le numéro de série, le modèle et la date d'achat.",
        "Fournisseur | Livraison | Contact | Poids | Chaque livraison a le fournisseur, la date et le poids. Concernant les fournisseurs, on garde le nom, le contact et le téléphone.",
        "Cliente | Pedido | Correo | Total | Queremos registrar los pedidos con el cliente, la fecha y el total. En cuanto a los clientes, guardamos nombre, correo y teléfono.",
        "Médico | Visita | Especialidad | Fecha | Cada visita tiene el paciente, el médico y la fecha. Para los médicos mismos necesitamos nombre, especialidad y consultorio.",
        "Proveedor | Entrega | Contacto | Peso | Cada entrega tiene el proveedor, la fecha y el peso. Respecto a los proveedores, apuntamos nombre, contacto y teléfono.",
        "Kunde | Auftrag | Kundennummer | Betrag | Wir erfassen Aufträge mit Kunde, Datum und Betrag. Für die Kunden selbst brauchen wir Firmenname, Kundennummer und E-Mail.",
        "Maschine | Einsatz | Seriennummer | Techniker | Jeder Einsatz hat die Maschine, den Techniker und das Datum. Bezüglich der Maschinen speichern wir Seriennummer, Modell und Kaufdatum.",
        "Lieferant | Lieferung | Ansprechpartner | Gewicht | Jede Lieferung hat den Lieferanten, das Datum und das Gewicht. Hinsichtlich der Lieferanten speichern wir Name, Ansprechpartner und Telefon."})
    void the_list_goes_to_the_kind_named_before(String kind, String main, String kindField, String mainField, String request) {
        AppSpec spec = SpecCheck.draft(request);
        var k = SpecCheck.entity(spec, kind);
        SpecCheck.field(k, kindField);
        assertTrue(SpecCheck.links(spec, main, kind), () -> main + " -> " + kind + " in " + SpecCheck.names(spec));
        var m = SpecCheck.entity(spec, main);
        SpecCheck.field(m, mainField);
        assertTrue(SpecCheck.find(m, kindField).isEmpty(), () -> kindField + " left on " + main);
        assertTrue(spec.entities().size() == 2, () -> "a third kind in " + SpecCheck.names(spec));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Report | log each sale: the product, the quantity, the date. For the report we need totals per month and the region.",
        "Layout | Track orders with the customer, date and total. As for the layout, we need it simple, clean and fast.",
        "Delivery | Track orders with the customer, the date and the total. Regarding delivery, we want fast, cheap and tracked options.",
        "Price | Track our products with name, a price list, supplier and stock level.",
        "Price list | Track our products with name, a price list, supplier and stock level.",
        "Rapport | On suit les ventes : le produit, la quantité, la date. Quant au rapport, on veut les totaux par mois et la région."})
    void a_list_about_no_kind_makes_no_new_kind(String notAKind, String request) {
        AppSpec spec = SpecCheck.draft(request);
        assertTrue(spec.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase(notAKind)), SpecCheck.names(spec));
    }
}
