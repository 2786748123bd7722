package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * A choice field named before a colon with the kind it belongs to, and the values to add after it (session 11, r5):
 * "Status of orders: add Cancelled", "Statut des commandes : ajouter Annulée", "Estado de los pedidos: añadir
 * Cancelado" ({@link ChoicePreface}). The words before the colon are the field, not a scene-setting preface: the value
 * goes to that choice, not to a new field "Cancelled" nor to the choice named in the sentence before. Phrasing of our
 * own (customers and orders, in four languages).
 */
class ChoicePrefaceTest {
    static final AppSpec SHOP = RefineFixtures.spec("""
            {"spec": 1, "name": "Shop", "entities": [{"key": "customer", "name": "Customer", "plural": "Customers", "fields": [{"key": "name", "label": "Name", "type": "text", "required": true}, {"key": "status", "label": "Status", "type": "choice", "options": ["Active", "Dormant"]}]}, {"key": "order", "name": "Order", "plural": "Orders", "fields": [{"key": "number", "label": "Number", "type": "text", "required": true}, {"key": "status", "label": "Status", "type": "choice", "options": ["Open", "Shipped"]}, {"key": "order_type", "label": "Order type", "type": "choice", "options": ["Sale", "Rental"]}]}]}
            """);
    static final AppSpec BOUTIQUE = RefineFixtures.spec("""
            {"spec": 1, "name": "Boutique", "entities": [{"key": "client", "name": "Client", "plural": "Clients", "fields": [{"key": "nom", "label": "Nom", "type": "text", "required": true}, {"key": "statut", "label": "Statut", "type": "choice", "options": ["Actif", "Inactif"]}]}, {"key": "commande", "name": "Commande", "plural": "Commandes", "fields": [{"key": "numero", "label": "Numéro", "type": "text", "required": true}, {"key": "statut", "label": "Statut", "type": "choice", "options": ["Ouverte", "Expédiée"]}, {"key": "type", "label": "Type", "type": "choice", "options": ["Vente", "Location"]}]}]}
            """);
    static final AppSpec TIENDA = RefineFixtures.spec("""
            {"spec": 1, "name": "Tienda", "entities": [{"key": "cliente", "name": "Cliente", "plural": "Clientes", "fields": [{"key": "nombre", "label": "Nombre", "type": "text", "required": true}, {"key": "estado", "label": "Estado", "type": "choice", "options": ["Activo", "Inactivo"]}]}, {"key": "pedido", "name": "Pedido", "plural": "Pedidos", "fields": [{"key": "numero", "label": "Número", "type": "text", "required": true}, {"key": "estado", "label": "Estado", "type": "choice", "options": ["Abierto", "Enviado"]}, {"key": "tipo", "label": "Tipo", "type": "choice", "options": ["Venta", "Alquiler"]}]}]}
            """);
    static final AppSpec LADEN = RefineFixtures.spec("""
            {"spec": 1, "name": "Laden", "entities": [{"key": "kunde", "name": "Kunde", "plural": "Kunden", "fields": [{"key": "name", "label": "Name", "type": "text", "required": true}, {"key": "status", "label": "Status", "type": "choice", "options": ["Aktiv", "Inaktiv"]}]}, {"key": "bestellung", "name": "Bestellung", "plural": "Bestellungen", "fields": [{"key": "nummer", "label": "Nummer", "type": "text", "required": true}, {"key": "status", "label": "Status", "type": "choice", "options": ["Offen", "Versandt"]}, {"key": "art", "label": "Art", "type": "choice", "options": ["Kauf", "Miete"]}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Status of orders: add Cancelled | order.status[Open;Shipped;Cancelled]",
        "Order type: add Return. Status of orders: add Cancelled. | order.order_type[Sale;Rental;Return] & order.status[Open;Shipped;Cancelled]",
        "Status of the customers: please add Lost | customer.status[Active;Dormant;Lost]",
        "status for orders: add Cancelled and Returned | order.status[Open;Shipped;Cancelled;Returned]",
        "Hi! Status of customers: add Lost | customer.status[Active;Dormant;Lost]"})
    void english(String message, String expected) {
        RefineExpect.check(SHOP, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Status of orders: add a date field | +order:date",
        "Status of orders: remove Shipped | order.status[Open]",
        "Order status: add Cancelled | order.status[Open;Shipped;Cancelled]"})
    void english_not_this_rule(String message, String expected) {
        RefineExpect.check(SHOP, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Statut des commandes : ajouter Annulée | commande.statut[Ouverte;Expédiée;Annulée]",
        "Type : ajoute Échange. Statut des commandes : ajoute Annulée | commande.type[Vente;Location;Échange] & commande.statut[Ouverte;Expédiée;Annulée]",
        "statut des clients : rajouter Perdu svp | client.statut[Actif;Inactif;Perdu]",
        "Bonjour, statut de la commande : ajoutez Annulée | commande.statut[Ouverte;Expédiée;Annulée]"})
    void french(String message, String expected) {
        RefineExpect.check(BOUTIQUE, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Estado de los pedidos: añadir Cancelado | pedido.estado[Abierto;Enviado;Cancelado]",
        "Tipo: añade Cambio. Estado de los pedidos: añade Cancelado | pedido.tipo[Venta;Alquiler;Cambio] & pedido.estado[Abierto;Enviado;Cancelado]",
        "estado de los clientes: añadir Perdido por favor | cliente.estado[Activo;Inactivo;Perdido]",
        "Hola, estado del pedido: agregar Devuelto | pedido.estado[Abierto;Enviado;Devuelto]"})
    void spanish(String message, String expected) {
        RefineExpect.check(TIENDA, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Status bei den Bestellungen: bitte Storniert hinzufügen | bestellung.status[Offen;Versandt;Storniert]",
        "Art: Tausch hinzufügen. Status bei den Bestellungen: Storniert hinzufügen | bestellung.art[Kauf;Miete;Tausch] & bestellung.status[Offen;Versandt;Storniert]",
        "Status bei den Kunden: Verloren ergänzen | kunde.status[Aktiv;Inaktiv;Verloren]"})
    void german(String message, String expected) {
        RefineExpect.check(LADEN, message, expected);
    }
}
