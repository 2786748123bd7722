package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * A new kind and a link to it from a kind the app has, in one message, read by word families ({@code NewKindLinked}):
 * the list / apart / keeping words, "each X" with a word of linking, the details of the new kind, and what happens to
 * the typed field that named it. Phrasing of our own, a parcel desk in four languages.
 */
class NewKindLinkedTest {
    private static AppSpec desk(String delivery, String deliveries, String code, String on, String courierName) {
        return RefineFixtures.spec("{\"spec\": 1, \"name\": \"Parcel desk\", \"entities\": ["
                + "{\"key\": \"delivery\", \"name\": \"" + delivery + "\", \"plural\": \"" + deliveries + "\", \"fields\": ["
                + "{\"key\": \"code\", \"label\": \"" + code + "\", \"type\": \"text\", \"required\": true}, "
                + "{\"key\": \"on\", \"label\": \"" + on + "\", \"type\": \"date\"}, "
                + "{\"key\": \"courier_name\", \"label\": \"" + courierName + "\", \"type\": \"text\"}]}]}");
    }

    private static final Map<String, AppSpec> DESK = Map.of(
            "en", desk("Delivery", "Deliveries", "Tracking code", "Delivered on", "Courier name"),
            "fr", desk("Livraison", "Livraisons", "Code de suivi", "Livrée le", "Nom du transporteur"),
            "es", desk("Entrega", "Entregas", "Código de seguimiento", "Entregada el", "Nombre del transportista"),
            "de", desk("Lieferung", "Lieferungen", "Sendungsnummer", "Zugestellt am", "Name des Kurierdienstes"));

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
        "en | Courier | gone | We'd like couriers kept in a separate list (name, phone and email) and each delivery linked to one; the Courier name field can go.",
        "en | Courier | kept | Every delivery belongs to a courier. Couriers have a name and a phone number.",
        "en | Courier | kept | please link each delivery to a courier - couriers should be their own table with name and phone, but leave Courier name as it is",
        "fr | Transporteur | kept | On veut une liste à part des transporteurs (nom, téléphone) et chaque livraison rattachée à un transporteur, mais on garde le champ Nom du transporteur.",
        "fr | Transporteur | gone | Chaque livraison appartient à un transporteur ; les transporteurs ont un nom et un téléphone. Supprime le champ Nom du transporteur.",
        "es | Transportista | gone | Cada entrega pertenece a un transportista; los transportistas tienen nombre y teléfono. Quita el campo Nombre del transportista.",
        "es | Transportista | kept | queremos gestionar los transportistas por separado (nombre, teléfono) y vincular cada entrega a un transportista",
        "de | Kurierdienst | kept | Die Kurierdienste sollen eine eigene Tabelle werden (Name, Telefon), jede Lieferung gehört zu einem Kurierdienst.",
        "de | Kurierdienst | gone | Bitte die Kurierdienste getrennt pflegen mit Name und Telefon, jede Lieferung einem Kurierdienst zuordnen und das Feld Name des Kurierdienstes entfernen.",
    })
    void the_new_kind_is_made_and_linked(String lang, String kind, String old, String message) {
        AppSpec before = DESK.get(lang);
        AppSpec after = RefineFixtures.refine(before, message).spec();
        String why = message + " → " + RefineFixtures.JSON.write(after);
        assertEquals(2, after.entities().size(), why);
        Entity made = after.entities().get(1);
        assertEquals(kind, made.name(), why);
        assertTrue(made.fields().size() >= 2, why);
        Entity delivery = after.entity("delivery").orElseThrow();
        assertTrue(delivery.fields().stream().anyMatch(f -> f.type() == FieldType.REFERENCE && made.key().equals(f.target())), why);
        assertEquals(old.equals("kept"), delivery.field("courier_name").isPresent(), why);
        for (Field f : before.entity("delivery").orElseThrow().fields()) {
            if (!f.key().equals("courier_name")) {
                assertEquals(f, delivery.field(f.key()).orElseThrow(), why);
            }
        }
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | add a priority (low, medium, high) for each delivery",
        "en | we need a list of parcels: weight and size, each linked to a delivery",
        "en | keep a separate list of couriers (name, phone) and link each delivery to one, and also add a signature",
        "en | couriers should be a separate list and each delivery has one, but I am not sure about the Courier name field",
        "fr | ajoute le poids et la taille à chaque livraison",
        "fr | une liste des colis (poids, taille), chacun rattaché à une livraison",
        "es | cada entrega pertenece a un transportista y además añade el peso",
        "de | Jede Lieferung braucht ein Gewicht (in kg) und eine Notiz",
        "de | Bitte eine Liste der Pakete anlegen (Gewicht, Größe), jeweils einer Lieferung zugeordnet",
    })
    void other_messages_are_left_to_the_other_readers(String lang, String message) {
        RefineSession s = new RefineSession(DESK.get(lang));
        s.lang = Lang.valueOf(lang.toUpperCase(java.util.Locale.ROOT));
        assertEquals(message, NewKindLinked.take(s, message));
        assertEquals(1, s.spec.entities().size());
    }

    /** Whole words only, left to right without overlaps; digits join a word only when asked. */
    @Test
    void words_are_found_whole() {
        assertEquals(List.of(0, 13), NewKindLinked.wordsAt("site sites a site-visit website", "site", false));
        assertEquals(List.of(0), NewKindLinked.wordsAt("ab ab ab", "ab ab", false));
        assertEquals(List.of(0, 6), NewKindLinked.wordsAt("site1 site", "site", false));
        assertEquals(List.of(6), NewKindLinked.wordsAt("site1 site", "site", true));
        assertEquals(List.of(), NewKindLinked.wordsAt("courier", "", false));
    }
}
