package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.links;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;

/**
 * A kind named by what it is (a person, a party, a site, a kept asset) said after a kind named by a record or an act:
 * the record points to it, whatever fields either carries ({@link OrphanLinks#heldBy}), in four languages.
 */
class RecordPointsToPartyTest {
    @Test
    void invoices_said_before_the_tenants_point_to_the_tenants() {
        AppSpec spec = draft("We send invoices: amount, paid yes/no, payment method. For each tenant we keep the name and the flat number.");
        assertTrue(links(spec, "Invoice", "Tenant"), SpecCheck.names(spec));
        assertFalse(links(spec, "Tenant", "Invoice"), SpecCheck.names(spec));
    }

    @Test
    void french_invoices_point_to_the_tenant() {
        AppSpec spec = draft("Nous gérons les factures : montant, payée oui/non. Pour chaque locataire : nom, numéro d'appartement.");
        assertTrue(links(spec, "Facture", "Locataire"), SpecCheck.names(spec));
        assertFalse(links(spec, "Locataire", "Facture"), SpecCheck.names(spec));
    }

    @Test
    void german_invoices_point_to_the_tenant_and_orders_to_the_supplier() {
        AppSpec spec = draft("Rechnungen: Betrag, bezahlt ja/nein. Pro Mieter: Name, Wohnungsnummer, E-Mail.");
        assertTrue(links(spec, "Rechnung", "Mieter"), SpecCheck.names(spec));
        assertFalse(links(spec, "Mieter", "Rechnung"), SpecCheck.names(spec));
        AppSpec orders = draft("Für die Bestellungen: Menge, Preis, geliefert ja/nein. Lieferanten mit Name und Kundennummer.");
        assertTrue(links(orders, "Bestellung", "Lieferant"), SpecCheck.names(orders));
    }

    @Test
    void spanish_orders_point_to_the_supplier() {
        AppSpec spec = draft("Registramos los pedidos: cantidad, importe, recibido sí/no. Para cada proveedor: nombre, cuenta bancaria.");
        assertTrue(links(spec, "Pedido", "Proveedor"), SpecCheck.names(spec));
        assertFalse(links(spec, "Proveedor", "Pedido"), SpecCheck.names(spec));
    }

    @Test
    void a_booking_after_the_boats_still_points_to_the_boats() {
        AppSpec spec = draft("Boats: name, class, length. Bookings: member name, date, paid yes/no.");
        assertTrue(links(spec, "Booking", "Boat"), SpecCheck.names(spec));
        assertFalse(links(spec, "Boat", "Booking"), SpecCheck.names(spec));
    }

    @Test
    void orders_after_the_customers_still_point_to_the_customers() {
        AppSpec spec = draft("Customers: name, phone, email. Orders: order number, amount, shipped yes/no.");
        assertTrue(links(spec, "Order", "Customer"), SpecCheck.names(spec));
        assertFalse(links(spec, "Customer", "Order"), SpecCheck.names(spec));
    }
}
