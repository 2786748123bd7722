package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * A typed-in field that held the name of a thing ("Supplier name", "Nom du fournisseur", "Nombre del proveedor",
 * or a key "supplier_name", "lieferant_name") made into a link to a new list of those things (session 20, r3;
 * {@code NameFieldToLink}): the name field goes and the record gets a link named after the new kind. A field named by
 * the thing itself ("Supplier") keeps its key and becomes the link. Also "per / par / por / pro X: …" listing the new
 * kind's fields in the sentence after ({@code FieldToKind}). Phrasing of our own.
 */
class NameFieldToLinkTest {
    private static AppSpec shop(String order, String orders, String label, String key) {
        return RefineFixtures.spec("{\"spec\": 1, \"name\": \"Shop\", \"entities\": ["
                + "{\"key\": \"order\", \"name\": \"" + order + "\", \"plural\": \"" + orders + "\", \"fields\": ["
                + "{\"key\": \"ref\", \"label\": \"Ref\", \"type\": \"text\", \"required\": true}, "
                + "{\"key\": \"" + key + "\", \"label\": \"" + label + "\", \"type\": \"text\"}, "
                + "{\"key\": \"total\", \"label\": \"Total\", \"type\": \"money\"}]}]}");
    }

    private static final Map<String, String[]> ORDER = Map.of(
            "en", new String[] {"Order", "Orders"}, "fr", new String[] {"Commande", "Commandes"},
            "es", new String[] {"Pedido", "Pedidos"}, "de", new String[] {"Bestellung", "Bestellungen"});

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
        "en | Supplier name | supplier_name | the supplier should be picked from a separate supplier list with name, email and phone instead of typed in",
        "en | Supplier | supplier_name | the supplier should be picked from its own supplier list (name, email, phone) rather than typed",
        "fr | Fournisseur | fournisseur_nom | le fournisseur doit être choisi dans une vraie liste de fournisseurs avec nom, email et téléphone",
        "es | Proveedor | proveedor_nombre | el proveedor tendría que elegirse de una lista de proveedores aparte con nombre, email y teléfono",
        "de | Lieferant | lieferant_name | der Lieferant soll aus einer eigenen Lieferantenliste ausgewählt werden (Name, E-Mail, Telefon)",
    })
    void the_name_field_goes_and_a_link_comes(String lang, String label, String key, String message) {
        AppSpec before = shop(ORDER.get(lang)[0], ORDER.get(lang)[1], label, key);
        AppSpec after = RefineFixtures.refine(before, message).spec();
        String why = message + " → " + RefineFixtures.JSON.write(after);
        assertEquals(2, after.entities().size(), why);
        Entity made = after.entities().get(1);
        Entity order = after.entity("order").orElseThrow();
        assertFalse(order.field(key).isPresent(), why);
        Field link = order.fields().stream().filter(f -> f.type() == FieldType.REFERENCE).findFirst().orElseThrow();
        assertEquals(made.key(), link.target(), why);
        assertEquals(made.name(), link.label(), why);
        assertEquals(3, order.fields().size(), why);
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
        "en | Supplier | supplier | the supplier should be picked from a separate supplier list with name, email and phone instead of typed in",
        "fr | Fournisseur | fournisseur | le fournisseur doit être choisi dans une vraie liste de fournisseurs avec nom, email et téléphone",
        "es | Proveedor | proveedor | el proveedor tendría que elegirse de una lista de proveedores aparte con nombre, email y teléfono",
        "de | Lieferant | lieferant | der Lieferant soll aus einer eigenen Lieferantenliste ausgewählt werden (Name, E-Mail, Telefon)",
    })
    void a_field_named_by_the_thing_stays_the_link(String lang, String label, String key, String message) {
        AppSpec before = shop(ORDER.get(lang)[0], ORDER.get(lang)[1], label, key);
        AppSpec after = RefineFixtures.refine(before, message).spec();
        String why = message + " → " + RefineFixtures.JSON.write(after);
        assertEquals(2, after.entities().size(), why);
        Field kept = after.entity("order").orElseThrow().field(key).orElseThrow();
        assertEquals(FieldType.REFERENCE, kept.type(), why);
        assertEquals(after.entities().get(1).key(), kept.target(), why);
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
        "en | Supplier | supplier | The supplier should be picked from its own table instead of typed. Per supplier: supplier code, email, phone.",
        "es | Proveedor | proveedor | El proveedor tiene que elegirse de una tabla propia en vez de escribirse. Por proveedor: código, email, teléfono.",
        "de | Lieferant | lieferant | Der Lieferant soll künftig aus einer eigenen Tabelle kommen, nicht getippt werden. Pro Lieferant: Lieferantencode, E-Mail, Telefon.",
    })
    void a_distributive_sentence_lists_the_new_kinds_fields(String lang, String label, String key, String message) {
        AppSpec before = shop(ORDER.get(lang)[0], ORDER.get(lang)[1], label, key);
        AppSpec after = RefineFixtures.refine(before, message).spec();
        String why = message + " → " + RefineFixtures.JSON.write(after);
        assertEquals(2, after.entities().size(), why);
        Entity made = after.entities().get(1);
        assertTrue(made.fields().size() >= 3, why);
        Entity order = after.entity("order").orElseThrow();
        assertEquals(3, order.fields().size(), why);
        assertEquals(made.key(), order.field(key).orElseThrow().target(), why); // the typed field became the link
        assertTrue(made.fields().stream().anyMatch(f -> f.type() == FieldType.EMAIL), why); // the sentence's fields went there
        assertTrue(made.fields().stream().anyMatch(f -> f.type() == FieldType.PHONE), why);
    }
}
