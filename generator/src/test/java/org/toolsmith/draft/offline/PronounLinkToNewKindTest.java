package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.toolsmith.draft.DraftException;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * A new kind and its link in one message, where the link names the new kind only by a pronoun (session 17, r3;
 * {@code RefineEachLink.toMade}): "we need suppliers (name, phone); every order comes from one", "chaque tournée est
 * faite par l'un d'eux", "cada ruta la hace uno de ellos", "jede Bestellung gehört zu einem". Phrasing of our own.
 */
class PronounLinkToNewKindTest {
    private static AppSpec shop(String order, String orders, String route, String routes, String number, String day) {
        return RefineFixtures.spec("{\"spec\": 1, \"name\": \"Shop\", \"entities\": ["
                + "{\"key\": \"order\", \"name\": \"" + order + "\", \"plural\": \"" + orders + "\", \"fields\": [{\"key\": \"number\", \"label\": \"" + number + "\", \"type\": \"text\", \"required\": true}]}, "
                + "{\"key\": \"route\", \"name\": \"" + route + "\", \"plural\": \"" + routes + "\", \"fields\": [{\"key\": \"day\", \"label\": \"" + day + "\", \"type\": \"date\"}]}]}");
    }

    private static final Map<String, AppSpec> SHOP = Map.of(
            "en", shop("Order", "Orders", "Route", "Routes", "Number", "Day"),
            "fr", shop("Commande", "Commandes", "Tournée", "Tournées", "Numéro", "Jour"),
            "es", shop("Pedido", "Pedidos", "Ruta", "Rutas", "Número", "Día"),
            "de", shop("Bestellung", "Bestellungen", "Tour", "Touren", "Nummer", "Tag"));

    private static Set<String> targets(Entity e) {
        return e.fields().stream().map(Field::target).filter(t -> t != null).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | order | we also need suppliers with a name and phone. every order comes from one",
        "en | order | please keep suppliers too (name, phone); each order is bought from one of them",
        "en | route | we'd like to record drivers - name and phone - and each route is driven by one of them",
        "en | route | we also need drivers with a name and a phone, and every route is done by exactly one",
        "fr | route | ajoutez les véhicules (immatriculation, modèle). chaque tournée est faite par l'un d'eux",
        "fr | order | on veut suivre les fournisseurs (nom, téléphone) ; chaque commande vient d'un",
        "fr | order | il faut gérer les transporteurs (nom, téléphone) et chaque commande part avec l'un d'entre eux",
        "es | route | añadid los vehículos (matrícula, modelo); cada ruta la hace uno de ellos",
        "es | order | queremos llevar los proveedores (nombre, teléfono) y cada pedido viene de uno",
        "de | route | Bitte die Fahrzeuge erfassen (Kennzeichen, Modell); jede Tour wird von einem davon gefahren",
        "de | order | Wir brauchen auch eine Liste der Lieferanten, jede Bestellung gehört zu einem",
        "de | order | Wir wollen auch die Kuriere führen (Name, Telefon); jede Bestellung wird von einem davon gebracht",
    })
    void the_pronoun_is_the_kind_the_message_makes(String lang, String owner, String message) {
        AppSpec before = SHOP.get(lang);
        AppSpec after = RefineFixtures.refine(before, message).spec();
        String why = message + " → " + RefineFixtures.JSON.write(after);
        assertEquals(before.entities().size() + 1, after.entities().size(), why);
        Entity made = after.entities().get(after.entities().size() - 1);
        assertEquals(Set.of(made.key()), targets(after.entity(owner).orElseThrow()), why);
        String other = owner.equals("order") ? "route" : "order";
        assertEquals(before.entity(other).orElseThrow().fields(), after.entity(other).orElseThrow().fields(), why);
    }

    /** "keep track of instructors", "auch Kunden verwalten", "les fournisseurs aussi": the words around the kind are not its name. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | Instructor | we also want to keep track of instructors (name, licence number), and each order should say which instructor",
        "fr | Fournisseur | on veut aussi les fournisseurs (nom, téléphone) ; chaque commande vient d'un fournisseur",
        "es | Proveedor | queremos también los proveedores (nombre, teléfono); cada pedido viene de un proveedor",
        "de | Kunde | Wir möchten auch Kunden verwalten (Name, E-Mail), jede Bestellung gehört zu einem Kunden",
    })
    void the_kind_is_named_without_the_words_around_it(String lang, String name, String message) {
        AppSpec after = RefineFixtures.refine(SHOP.get(lang), message).spec();
        assertEquals(name, after.entities().get(after.entities().size() - 1).name(), message + " → " + RefineFixtures.JSON.write(after));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | add a supplier field to orders; every order has one",
        "en | each order should have a number, every route needs one too",
        "fr | ajoute un champ transporteur aux commandes",
        "es | añade un campo proveedor a los pedidos, cada pedido tiene uno",
        "de | jede Tour hat einen Fahrer",
        "de | Füge bei Bestellungen ein Feld Lieferant hinzu",
    })
    void no_kind_made_no_link(String lang, String message) {
        AppSpec before = SHOP.get(lang);
        AppSpec after;
        try {
            after = new OfflineRefiner().refine(before, message).spec();
        } catch (DraftException refused) {
            return; // refusing is fine: no link was invented
        }
        String why = message + " → " + RefineFixtures.JSON.write(after);
        assertEquals(before.entities().size(), after.entities().size(), why);
        for (String k : List.of("order", "route")) {
            assertEquals(Set.of(), targets(after.entity(k).orElseThrow()), why);
        }
    }
}
