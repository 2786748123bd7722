package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * Additions said as a wish or a question, with their values, a "whether" or a "who does it" clause: the values said
 * right after the question ("… each order? pending, paid, refunded", "…? (pickup / parcel / courier)") are that
 * field's choices, verbs of following ("suivre", "seguir", "controlar", "verfolgen") ask for a field, and states in
 * such a list ("payé, remboursé") are values, not the fields of a new kind. Phrasing of our own on a small shop.
 */
class WishedAdditionsTest {
    static final AppSpec SHOP = RefineFixtures.spec("""
            {"spec": 1, "name": "Shop", "entities": [
              {"key": "customer", "name": "Customer", "plural": "Customers", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "email", "label": "Email", "type": "email"}]},
              {"key": "order", "name": "Order", "plural": "Orders", "fields": [
                {"key": "number", "label": "Number", "type": "text", "required": true},
                {"key": "customer", "label": "Customer", "type": "reference", "target": "customer"},
                {"key": "total", "label": "Total", "type": "money"},
                {"key": "status", "label": "Status", "type": "choice", "options": ["New", "Shipped", "Closed"]}]},
              {"key": "report", "name": "Report", "plural": "Reports", "fields": [
                {"key": "title", "label": "Title", "type": "text", "required": true},
                {"key": "access_code", "label": "Access code", "type": "text"},
                {"key": "summary", "label": "Summary", "type": "long_text"}]}]}
            """);
    static final AppSpec BOUTIQUE = RefineFixtures.spec("""
            {"spec": 1, "name": "Boutique", "entities": [
              {"key": "client", "name": "Client", "plural": "Clients", "fields": [
                {"key": "nom", "label": "Nom", "type": "text", "required": true},
                {"key": "email", "label": "E-mail", "type": "email"}]},
              {"key": "commande", "name": "Commande", "plural": "Commandes", "fields": [
                {"key": "numero", "label": "Numéro", "type": "text", "required": true},
                {"key": "client", "label": "Client", "type": "reference", "target": "client"},
                {"key": "total", "label": "Total", "type": "money"},
                {"key": "statut", "label": "Statut", "type": "choice", "options": ["Nouvelle", "Expédiée", "Close"]}]},
              {"key": "rapport", "name": "Rapport", "plural": "Rapports", "fields": [
                {"key": "titre", "label": "Titre", "type": "text", "required": true},
                {"key": "code_acces", "label": "Code d'accès", "type": "text"},
                {"key": "resume", "label": "Résumé", "type": "long_text"}]}]}
            """);
    static final AppSpec TIENDA = RefineFixtures.spec("""
            {"spec": 1, "name": "Tienda", "entities": [
              {"key": "cliente", "name": "Cliente", "plural": "Clientes", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true},
                {"key": "correo", "label": "Correo", "type": "email"}]},
              {"key": "pedido", "name": "Pedido", "plural": "Pedidos", "fields": [
                {"key": "numero", "label": "Número", "type": "text", "required": true},
                {"key": "cliente", "label": "Cliente", "type": "reference", "target": "cliente"},
                {"key": "total", "label": "Total", "type": "money"},
                {"key": "estado", "label": "Estado", "type": "choice", "options": ["Nuevo", "Enviado", "Cerrado"]}]},
              {"key": "informe", "name": "Informe", "plural": "Informes", "fields": [
                {"key": "titulo", "label": "Título", "type": "text", "required": true},
                {"key": "codigo_acceso", "label": "Código de acceso", "type": "text"},
                {"key": "resumen", "label": "Resumen", "type": "long_text"}]}]}
            """);
    static final AppSpec LADEN = RefineFixtures.spec("""
            {"spec": 1, "name": "Laden", "entities": [
              {"key": "kunde", "name": "Kunde", "plural": "Kunden", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "email", "label": "E-Mail", "type": "email"}]},
              {"key": "auftrag", "name": "Auftrag", "plural": "Aufträge", "fields": [
                {"key": "nummer", "label": "Nummer", "type": "text", "required": true},
                {"key": "kunde", "label": "Kunde", "type": "reference", "target": "kunde"},
                {"key": "summe", "label": "Summe", "type": "money"},
                {"key": "status", "label": "Status", "type": "choice", "options": ["Neu", "Versendet", "Erledigt"]}]},
              {"key": "bericht", "name": "Bericht", "plural": "Berichte", "fields": [
                {"key": "titel", "label": "Titel", "type": "text", "required": true},
                {"key": "zugangscode", "label": "Zugangscode", "type": "text"},
                {"key": "zusammenfassung", "label": "Zusammenfassung", "type": "long_text"}]}]}
            """);

    private static AppSpec spec(String lang) {
        return switch (lang) {
            case "fr" -> BOUTIQUE;
            case "es" -> TIENDA;
            case "de" -> LADEN;
            default -> SHOP;
        };
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | Can we track the payment of each order? pending, paid, refunded | +order:choice:Payment & order.payment[Pending;Paid;Refunded]",
        "en | hi, could we keep track of the payment on orders? (pending / paid / refunded) | +order:choice:Payment & order.payment[Pending;Paid;Refunded]",
        "en | Could each order also have a delivery method? Pickup, parcel or courier. | +order:choice:Delivery method & order.delivery_method[Pickup;Parcel;Courier]",
        "fr | est-ce qu'on peut suivre le paiement de chaque commande ? en attente, payé, remboursé | +commande:choice:Paiement & commande.paiement[En attente;Payé;Remboursé]",
        "fr | Bonjour, serait-il possible d'indiquer sur chaque commande si elle est assurée ? | +commande:boolean:Assurée",
        "fr | on pourrait avoir le mode de livraison des commandes ? retrait, colis ou coursier | +commande:choice:Mode de livraison & commande.mode_de_livraison[Retrait;Colis;Coursier]",
        "es | ¿se puede seguir el pago de cada pedido? pendiente, pagado, reembolsado | +pedido:choice:Pago & pedido.pago[Pendiente;Pagado;Reembolsado]",
        "es | podriamos tener el metodo de envio de los pedidos? (recogida, paqueteria, mensajero) | +pedido:choice:Metodo de envio & pedido.metodo_de_envio[Recogida;Paqueteria;Mensajero]",
        "es | ¿sería posible controlar el pago de los pedidos? Pendiente, pagado o reembolsado | +pedido:choice:Pago & pedido.pago[Pendiente;Pagado;Reembolsado]",
        "de | Können wir bei jedem Auftrag die Zahlung verfolgen? offen, bezahlt, erstattet | +auftrag:choice:Zahlung & auftrag.zahlung[Offen;Bezahlt;Erstattet]",
        "de | könnten wir die Versandart der Aufträge haben? (Abholung, Paket, Kurier) | +auftrag:choice:Versandart & auftrag.versandart[Abholung;Paket;Kurier]",
        "de | Kannst du bei den Aufträgen noch die Zahlungsart ergänzen? Karte, bar oder Rechnung. | +auftrag:choice:Zahlungsart & auftrag.zahlungsart[Karte;Bar;Rechnung]"})
    void values_after_a_wish_are_its_choices(String lang, String message, String expected) {
        RefineExpect.check(spec(lang), message, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // the fields of a new kind, said after the question: not values
        "en | Can we have the order lines too? product, qty and unit price, several per order | kind Order line>order",
        // a second question or an edit after the question stays a sentence of its own
        "en | Can we add a payment method on orders? Also remove the access code. | +order:text:Payment method & -report.access_code",
        "fr | on peut ajouter le mode de paiement aux commandes ? et supprime le code d'accès | +commande:text:Mode de paiement & -rapport.code_acces",
        "de | Können wir bei den Aufträgen die Zahlungsart ergänzen? Den Zugangscode bitte löschen. | +auftrag:text:Zahlungsart & -bericht.zugangscode"})
    void a_sentence_after_the_question_that_is_no_list_of_values_stays(String lang, String message, String expected) {
        RefineExpect.check(spec(lang), message, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | on the report add a photo when there is damage + the description, and the access code we don't need anymore | +report:file:Photo & +report:long_text:Description & -report.access_code",
        "en | add a photo on each report if there's any damage + a short description | +report:file:Photo & +report:long_text:Short description",
        "fr | dans le rapport, ajoute une photo quand il y a un dégât + la description, et le code d'accès on n'en veut plus | +rapport:file:Photo & +rapport:long_text:Description & -rapport.code_acces",
        "fr | le code d'accès on n'en veut plus | -rapport.code_acces",
        "es | en el informe añade una foto cuando hay un daño + la descripción, y el código de acceso ya no lo queremos | +informe:file:Foto & +informe:long_text:Descripción & -informe.codigo_acceso",
        "es | en cada informe hace falta una foto si hay algún daño + una descripción | +informe:file:Foto & +informe:long_text:Descripción",
        "de | ergänze im Bericht ein Foto, wenn es einen Schaden gibt + die Beschreibung, und den Zugangscode brauchen wir nicht mehr | +bericht:file:Foto & +bericht:long_text:Beschreibung & -bericht.zugangscode",
        "de | Im Bericht fehlt ein Foto, falls es einen Schaden gibt, + eine Beschreibung | +bericht:file:Foto & +bericht:long_text:Beschreibung",
        // the condition is when, not what: no field for it
        "en | add a discount on orders when there is a promotion | +order:money:Discount",
        "es | añade un descuento en los pedidos cuando hay una promoción | +pedido:money:Descuento"})
    void a_plus_lists_things_and_a_condition_or_a_fronted_removal_is_read_apart(String lang, String message, String expected) {
        RefineExpect.check(spec(lang), message, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | who signs off each report is missing, and the root cause | +report:person & +report:long_text:Root cause",
        "en | the report still lacks a root cause, and who checked it | +report:long_text:Root cause & +report:person:Checked by",
        "fr | qui rédige le rapport manque encore, et la cause | +rapport:person & +rapport:text:Cause",
        "es | quién firma el informe falta todavía, y la causa | +informe:person & +informe:text:Causa",
        "de | wer den Bericht freigibt, fehlt noch, und die Ursache | +bericht:person:Freigegeben & +bericht:long_text:Ursache",
        "de | beim Bericht fehlt noch die Ursache, und wer ihn schreibt | +bericht:long_text:Ursache & +bericht:person"})
    void what_is_said_missing_first_is_added_where_the_message_points(String lang, String message, String expected) {
        RefineExpect.check(spec(lang), message, expected);
    }
}
