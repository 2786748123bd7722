package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.draft.Refinement;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Field;

/**
 * Session 20: edits of a choice field's values said item by item after its label and a colon ({@link ItemEdits}):
 * an option renamed, taken out or one added per item, never the words of the edit written as values; and the values
 * after "add the (singular) field", said with a French or Spanish singular article, all go to the list.
 */
class ChoiceItemEditsTest {
    private static final AppSpec EN = RefineFixtures.spec("""
            {"spec": 1, "name": "Shop", "entities": [{"key": "order", "name": "Order", "plural": "Orders", "fields": [{"key": "customer", "label": "Customer", "type": "text", "required": true}, {"key": "size", "label": "Size", "type": "choice", "options": ["Small", "Medium", "Large"]}, {"key": "delivery", "label": "Delivery", "type": "choice", "options": ["Post", "Courier", "Pickup"]}, {"key": "placed_on", "label": "Placed on", "type": "date"}]}]}
            """);
    private static final AppSpec FR = RefineFixtures.spec("""
            {"spec": 1, "name": "Boutique", "entities": [{"key": "commande", "name": "Commande", "plural": "Commandes", "fields": [{"key": "client", "label": "Client", "type": "text", "required": true}, {"key": "taille", "label": "Taille", "type": "choice", "options": ["Petit", "Moyen", "Grand"]}, {"key": "livraison", "label": "Livraison", "type": "choice", "options": ["Poste", "Coursier", "Retrait"]}, {"key": "date", "label": "Date", "type": "date"}]}]}
            """);
    private static final AppSpec ES = RefineFixtures.spec("""
            {"spec": 1, "name": "Tienda", "entities": [{"key": "pedido", "name": "Pedido", "plural": "Pedidos", "fields": [{"key": "cliente", "label": "Cliente", "type": "text", "required": true}, {"key": "talla", "label": "Talla", "type": "choice", "options": ["Pequeña", "Mediana", "Grande"]}, {"key": "envio", "label": "Envío", "type": "choice", "options": ["Correo", "Mensajero", "Recogida"]}, {"key": "fecha", "label": "Fecha", "type": "date"}]}]}
            """);
    private static final AppSpec DE = RefineFixtures.spec("""
            {"spec": 1, "name": "Laden", "entities": [{"key": "bestellung", "name": "Bestellung", "plural": "Bestellungen", "fields": [{"key": "kunde", "label": "Kunde", "type": "text", "required": true}, {"key": "groesse", "label": "Größe", "type": "choice", "options": ["Klein", "Mittel", "Groß"]}, {"key": "versand", "label": "Versand", "type": "choice", "options": ["Post", "Kurier", "Abholung"]}, {"key": "datum", "label": "Datum", "type": "date"}]}]}
            """);

    private static AppSpec spec(String name) {
        return switch (name) {
            case "fr" -> FR;
            case "es" -> ES;
            case "de" -> DE;
            default -> EN;
        };
    }

    private static Field field(AppSpec spec, String key) {
        return spec.entities().get(0).fields().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Size: we've stopped doing Small and added Extra large                  | size      | Medium;Large;Extra large
            en | Delivery: Courier is now called Express, and add Locker               | delivery  | Post;Express;Pickup;Locker
            en | Delivery: remove Courier and call Post 'Mail room'                    | delivery  | Mail room;Pickup
            en | Size: call Medium 'Regular' and drop Large                             | size      | Small;Regular
            fr | Taille : Moyen s'appelle maintenant Standard, et il manque Géant        | taille    | Petit;Standard;Grand;Géant
            fr | Livraison : on a supprimé Coursier et ajouté Point relais              | livraison | Poste;Retrait;Point relais
            es | Talla: cambiar 'Mediana' por 'Normal' y añadir 'Gigante'              | talla     | Pequeña;Normal;Grande;Gigante
            es | Envío: quitamos Mensajero y añadimos Taquilla                          | envio     | Correo;Recogida;Taquilla
            de | Größe: Mittel heißt bei uns jetzt Standard, und Riesig fehlt noch      | groesse   | Klein;Standard;Groß;Riesig
            de | Versand: „Kurier“ bitte raus, das heißt bei uns „Express“             | versand   | Post;Express;Abholung
            fr | Livraison : on arrête Coursier et on rajoute Casier                    | livraison | Poste;Retrait;Casier
            fr | ajoute la taille Géant et Mini                                         | taille    | Petit;Moyen;Grand;Géant;Mini
            es | añade la talla Gigante y Mini                                          | talla     | Pequeña;Mediana;Grande;Gigante;Mini
            es | Añadid el envío Taquilla y Mensajería urgente                          | envio     | Correo;Mensajero;Recogida;Taquilla;Mensajería urgente
            """)
    void each_item_is_an_edit_of_the_list(String lang, String message, String key, String options) {
        Refinement r = new OfflineRefiner().refine(spec(lang), message);
        assertEquals(Arrays.asList(options.split(";")), field(r.spec(), key).options(), message);
    }

    /** Lists that are the whole set of values, or items the rule cannot read, stay with the readers before it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Size: Small, Medium, Large, Extra large                                | size      | Small;Medium;Large;Extra large
            en | Delivery: Post, Courier, Drop-off                                      | delivery  | Post;Courier;Drop-off
            fr | Taille : Petit, Moyen, Grand, Géant                                    | taille    | Petit;Moyen;Grand;Géant
            es | Talla: Pequeña, Mediana, Grande, Gigante                               | talla     | Pequeña;Mediana;Grande;Gigante
            de | Größe: Klein, Mittel, Groß, Riesig                                     | groesse   | Klein;Mittel;Groß;Riesig
            de | Versand: Post, Kurier, Abholung, Neukunde                              | versand   | Post;Kurier;Abholung;Neukunde
            """)
    void a_whole_list_is_still_the_new_set(String lang, String message, String key, String options) {
        Refinement r = new OfflineRefiner().refine(spec(lang), message);
        assertEquals(Arrays.asList(options.split(";")), field(r.spec(), key).options(), message);
    }
}
