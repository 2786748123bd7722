package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * A typed-in text field that becomes a list of its own, the field then pointing at it ({@link FieldToKind}, session 10,
 * r4). Phrasing of our own (purchasing), four languages: the list in brackets, after with / avec / con / mit / a colon, or
 * in the next sentence; "its own / separate / proper / à part / aparte / eigene", a verb of picking from it, "a list of
 * Xs", "Lieferantenliste". Must not fire: a choice said as a list of values, a field added with the kind's name in it, a
 * kind that exists already, an attribute list that names a field of another kind.
 */
class FieldToKindTest {
    private static final Map<String, AppSpec> SPECS = Map.of(
            "en", spec("order", "Order", "Orders", "number", "Number", "supplier", "Supplier", "status", "Status"),
            "fr", spec("commande", "Commande", "Commandes", "numero", "Numéro", "client", "Client", "etat", "État"),
            "es", spec("pedido", "Pedido", "Pedidos", "numero", "Número", "proveedor", "Proveedor", "estado", "Estado"),
            "site", spec("site", "Site", "Sites", "code", "Code", "landlord", "Landlord", "address", "Address"),
            "de", spec("bestellung", "Bestellung", "Bestellungen", "nummer", "Nummer", "lieferant", "Lieferant", "status", "Status"));

    private static AppSpec spec(String key, String name, String plural, String... fields) {
        StringBuilder f = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            f.append(i == 0 ? "" : ", ").append("{\"key\": \"").append(fields[i]).append("\", \"label\": \"").append(fields[i + 1]).append("\", \"type\": \"text\"}");
        }
        return RefineFixtures.spec("{\"spec\": 1, \"name\": \"Purchasing\", \"entities\": [{\"key\": \"" + key + "\", \"name\": \"" + name + "\", \"plural\": \"" + plural
                + "\", \"fields\": [" + f + ", {\"key\": \"amount\", \"label\": \"Amount\", \"type\": \"money\"}]}]}");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | the supplier should be picked from a supplier list (name, email, lead time) rather than typed | order | supplier | Supplier | 3",
        "en | make supplier a proper list with name, email and phone, and link orders to it | order | supplier | Supplier | 3",
        "en | Supplier is really a record of its own with name, phone, e-mail and lead time; the order should point to it | order | supplier | Supplier | 4",
        "en | Supplier should be its own list. Each supplier has a name, an email and a phone number. | order | supplier | Supplier | 3",
        "en | Can the supplier be a separate table with name, email and phone? Orders should then pick one. | order | supplier | Supplier | 3",
        "en | I'd like the supplier to come from a list of suppliers (name, email, phone) instead of free text | order | supplier | Supplier | 3",
        "en | Turn the supplier field into a link to a new suppliers list with name, email and phone | order | supplier | Supplier | 3",
        "en | The supplier shouldn't be free text any more but chosen from a list of suppliers: name, email, phone. | order | supplier | Supplier | 3",
        "en | We keep misspelling suppliers. Supplier should be a record of its own with a name, company number and phone | order | supplier | Supplier | 3",
        "fr | le client doit venir d'une liste de clients avec nom, SIRET et téléphone | commande | client | Client | 3",
        "fr | Le client devrait être une fiche à part (nom, SIRET, téléphone) | commande | client | Client | 3",
        "fr | Faites du client une vraie liste avec nom, e-mail et téléphone, et reliez les commandes à cette liste | commande | client | Client | 3",
        "fr | Le client est en fait un enregistrement à part entière avec nom, e-mail et téléphone ; la commande doit pointer dessus | commande | client | Client | 3",
        "fr | On voudrait choisir le client dans une liste de clients au lieu de le taper. Pour chaque client : nom, SIRET, téléphone. | commande | client | Client | 3",
        "fr | Le champ client ne doit plus être saisi à la main mais choisi dans une liste des clients (nom, e-mail, téléphone) | commande | client | Client | 3",
        "fr | Transforme le client en liste à part avec nom, téléphone et e-mail | commande | client | Client | 3",
        "fr | Le client devrait être une liste à part. Chaque client a un nom, un e-mail et un téléphone. | commande | client | Client | 3",
        "es | el proveedor tendría que ser una ficha aparte (nombre, contacto, plazo de entrega) | pedido | proveedor | Proveedor | 3",
        "es | El proveedor debería elegirse de una lista de proveedores con nombre, email y teléfono | pedido | proveedor | Proveedor | 3",
        "es | Haz del proveedor una lista propia con nombre, email y teléfono, y que cada pedido apunte a él | pedido | proveedor | Proveedor | 3",
        "es | El proveedor es en realidad un registro propio con nombre, teléfono y email; el pedido debe enlazar con él | pedido | proveedor | Proveedor | 3",
        "es | Queremos escoger el proveedor de una lista en vez de escribirlo a mano. De cada proveedor: nombre, email y teléfono. | pedido | proveedor | Proveedor | 3",
        "es | Que el proveedor no sea texto libre sino que venga de una lista de proveedores (nombre, email, teléfono) | pedido | proveedor | Proveedor | 3",
        "es | Convierte el proveedor en una tabla aparte con nombre, email y teléfono | pedido | proveedor | Proveedor | 3",
        "es | El proveedor debería ser una lista propia. Cada proveedor tiene nombre, CIF y teléfono. | pedido | proveedor | Proveedor | 3",
        "de | Lieferant soll aus einer Lieferantenliste kommen (Name, E-Mail, Lieferzeit) | bestellung | lieferant | Lieferant | 3",
        "de | Der Lieferant ist eigentlich ein eigener Datensatz mit Name, Telefon und E-Mail | bestellung | lieferant | Lieferant | 3",
        "de | Mach aus dem Lieferanten eine richtige Liste mit Name, E-Mail und Telefon und verknüpfe die Bestellungen damit | bestellung | lieferant | Lieferant | 3",
        "de | Der Lieferant soll nicht mehr als Text eingetippt, sondern aus einer Liste ausgewählt werden. Jeder Lieferant hat Name, E-Mail und Telefon. | bestellung | lieferant | Lieferant | 3",
        "de | Der Lieferant sollte eine eigene Tabelle sein (Name, E-Mail, Telefon), die Bestellung verweist dann darauf | bestellung | lieferant | Lieferant | 3",
        "de | Bitte den Lieferanten als eigene Liste anlegen mit Name, E-Mail und Telefon und in der Bestellung daraus auswählen | bestellung | lieferant | Lieferant | 3",
        "de | Das Feld Lieferant soll auf eine neue Lieferantenliste zeigen: Name, E-Mail, Lieferzeit. | bestellung | lieferant | Lieferant | 3",
        "de | Der Lieferant sollte ein eigener Eintrag sein, mit Name, Telefon und E-Mail, statt Freitext. | bestellung | lieferant | Lieferant | 3",
        "site | landlord is really a record of its own with name, phone, e-mail and lease end; the site should point to it | site | landlord | Landlord | 4",
        "en | can we have suppliers as a list (name, email, phone) and pick one on each order | order | supplier | Supplier | 3",
        "en | The supplier is really a record of its own. It has a name, an email and a phone number. | order | supplier | Supplier | 3",
        "fr | Il faudrait que le client soit une fiche à part avec nom, SIRET et téléphone, et que chaque commande pointe vers sa fiche client. | commande | client | Client | 3",
        "fr | Le client mériterait sa propre liste. Il a un nom, un e-mail et un téléphone. | commande | client | Client | 3",
        "es | Los proveedores deberían tener su propia tabla: nombre, CIF, teléfono. En el pedido se elige el proveedor de esa tabla. | pedido | proveedor | Proveedor | 3",
        "es | Mejor que el proveedor sea un registro aparte con su nombre, su email y su teléfono | pedido | proveedor | Proveedor | 3",
        "de | Lieferant bitte als eigene Tabelle mit Name, E-Mail und Telefon – die Bestellung soll darauf verweisen. | bestellung | lieferant | Lieferant | 3",
        "de | Der Lieferant ist eigentlich ein eigener Datensatz. Er hat einen Namen, eine E-Mail-Adresse und eine Telefonnummer. | bestellung | lieferant | Lieferant | 3"})
    void turns_a_text_field_into_a_link_to_a_new_list(String lang, String message, String owner, String field, String kind, int fields) {
        AppSpec after = RefineFixtures.refine(SPECS.get(lang), message).spec();
        String why = message + " → " + RefineFixtures.JSON.write(after);
        Entity made = after.entities().stream().filter(e -> e.name().equalsIgnoreCase(kind)).findFirst().orElse(null);
        assertNotNull(made, why);
        assertEquals(fields, made.fields().size(), why);
        Field link = RefineFixtures.field(after, owner, field);
        assertEquals(FieldType.REFERENCE, link.type(), why);
        assertEquals(made.key(), link.target(), why);
        assertEquals(2, after.entities().size(), why);
    }

    private static final AppSpec SUPPLIERS = RefineFixtures.spec("""
            {"spec": 1, "name": "Purchasing", "entities": [
              {"key": "supplier", "name": "Supplier", "plural": "Suppliers", "fields": [{"key": "name", "label": "Name", "type": "text", "required": true}]},
              {"key": "order", "name": "Order", "plural": "Orders", "fields": [
                {"key": "number", "label": "Number", "type": "text"},
                {"key": "supplier", "label": "Supplier", "type": "reference", "target": "supplier"},
                {"key": "status", "label": "Status", "type": "text"}]}]}
            """);

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | make status a list: open, closed, pending                  | order.status=choice",
        "en | the status should be picked from a list: Office, Site, Home | order.status=choice",
        "en | add a supplier email field to orders                         | order.supplier_email=email",
        "en | Add a list of warehouses with name, supplier and phone       | warehouse.phone=phone",
        "fr | l'état doit être une liste : ouvert, fermé, en attente       | commande.etat=choice",
        "es | el estado debería elegirse de una lista: abierto, cerrado    | pedido.estado=choice",
        "de | Status soll aus einer Liste kommen: offen, geschlossen       | bestellung.status=choice",
        "en | suppliers should be their own list with name, email and phone | supplier.email=email",
        "en | Suppliers should be their own list (name, email, phone), and add a due date to orders | order.due_date=date"})
    void makes_no_kind_of_a_choice_a_field_or_a_kind_that_exists(String lang, String message, String expected) {
        AppSpec before = lang.equals("en") && message.toLowerCase(java.util.Locale.ROOT).startsWith("suppliers") ? SUPPLIERS : SPECS.get(lang);
        AppSpec after = RefineFixtures.refine(before, message).spec();
        String why = message + " → " + RefineFixtures.JSON.write(after);
        // what the message asks for is done ...
        String[] want = expected.split("[.=]");
        Field done = after.entity(want[0]).flatMap(e -> e.field(want[1])).orElse(null);
        assertTrue(done != null && FieldType.fromJson(want[2]).orElseThrow() == done.type(), why);
        // ... and no field of the spec turned into a link or lost its link, and no kind named after a choice or a field
        for (Entity e : before.entities()) {
            for (Field f : e.fields()) {
                Field now = after.entity(e.key()).orElseThrow().field(f.key()).orElse(null);
                assertTrue(now == null || (now.type() == FieldType.REFERENCE) == (f.type() == FieldType.REFERENCE), why);
            }
        }
        assertTrue(after.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase("Supplier") && before.entity(e.key()).isEmpty())
                && after.entities().stream().noneMatch(e -> e.name().matches("(?i)Status|[ÉE]tat|Estado|Client|Proveedor|Lieferant") && before.entity(e.key()).isEmpty()), why);
    }
}
