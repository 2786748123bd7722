package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.draft.Refinement;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * Session 21 (s21r2): values added to a choice list are the values as written, never the words around them — a verb or
 * polite word in front ("Füg bitte noch …") is no part of a value, a slash inside a value ("48/50") does not cut it, a word
 * of lacking ("is missing", "il manque", "falta", "fehlt") adds instead of replacing the set, a quoted value said after an
 * addition goes on adding, a value before the list's name and one joined after it both count, and a quoted value for a
 * list inside a list of additions is no field. A field named only as the complement of another noun keeps its type.
 */
class ChoiceValueWordsTest {
    private static final AppSpec EN = RefineFixtures.spec("""
            {"spec": 1, "name": "Shop", "entities": [{"key": "order", "name": "Order", "plural": "Orders", "fields": [{"key": "customer", "label": "Customer", "type": "text", "required": true}, {"key": "size", "label": "Size", "type": "choice", "options": ["Small", "Medium", "10/12"]}, {"key": "delivery", "label": "Delivery method", "type": "choice", "options": ["Post", "Courier"]}, {"key": "placed_on", "label": "Placed on", "type": "date"}]}]}
            """);
    private static final AppSpec FR = RefineFixtures.spec("""
            {"spec": 1, "name": "Boutique", "entities": [{"key": "commande", "name": "Commande", "plural": "Commandes", "fields": [{"key": "client", "label": "Client", "type": "text", "required": true}, {"key": "taille", "label": "Taille", "type": "choice", "options": ["Petit", "Moyen", "36/38"]}, {"key": "livraison", "label": "Mode de livraison", "type": "choice", "options": ["Poste", "Coursier"]}, {"key": "date", "label": "Date", "type": "date"}]}]}
            """);
    private static final AppSpec ES = RefineFixtures.spec("""
            {"spec": 1, "name": "Tienda", "entities": [{"key": "pedido", "name": "Pedido", "plural": "Pedidos", "fields": [{"key": "cliente", "label": "Cliente", "type": "text", "required": true}, {"key": "talla", "label": "Talla", "type": "choice", "options": ["Pequeña", "Mediana", "36/38"]}, {"key": "envio", "label": "Forma de envío", "type": "choice", "options": ["Correo", "Mensajero"]}, {"key": "fecha", "label": "Fecha", "type": "date"}]}]}
            """);
    private static final AppSpec DE = RefineFixtures.spec("""
            {"spec": 1, "name": "Laden", "entities": [{"key": "bestellung", "name": "Bestellung", "plural": "Bestellungen", "fields": [{"key": "kunde", "label": "Kunde", "type": "text", "required": true}, {"key": "groesse", "label": "Größe", "type": "choice", "options": ["Klein", "Mittel", "36/38"]}, {"key": "versand", "label": "Versandart", "type": "choice", "options": ["Post", "Kurier"]}, {"key": "datum", "label": "Datum", "type": "date"}]}]}
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
            de | Größe: Groß und 40/42 ergänzen                                         | groesse   | Klein;Mittel;36/38;Groß;40/42
            de | Füg bitte noch Riesig und Mini als Größen hinzu                        | groesse   | Klein;Mittel;36/38;Riesig;Mini
            en | The size list is missing large, huge and tiny.                         | size      | Small;Medium;10/12;Large;Huge;Tiny
            en | add baby sizes and XXL                                                 | size      | Small;Medium;10/12;Baby;XXL
            en | Add a gift note. And 'Large' in the sizes.                             | size      | Small;Medium;10/12;Large
            fr | Ajoutez une remarque. Et « Grand » dans la taille.                     | taille    | Petit;Moyen;36/38;Grand
            es | añade 'Grande' a las tallas y un campo para el regalo                   | talla     | Pequeña;Mediana;36/38;Grande
            """)
    void the_values_are_the_values_as_written(String lang, String message, String key, String options) {
        Refinement r = new OfflineRefiner().refine(spec(lang), message);
        assertEquals(Arrays.asList(options.split(";")), field(r.spec(), key).options(), message);
    }

    /** What is no value stays out of the list, and a list named as a complement keeps its type. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Size: Small, Medium, Large                                             | size      | Small;Medium;Large
            es | en forma de envío falta Dron. Y el concepto del envío como texto       | envio     | Correo;Mensajero;Dron
            """)
    void no_field_words_become_values(String lang, String message, String key, String options) {
        Refinement r = new OfflineRefiner().refine(spec(lang), message);
        Field f = field(r.spec(), key);
        assertEquals(Arrays.asList(options.split(";")), f.options(), message);
        assertEquals(true, f.type() == FieldType.CHOICE, message);
    }
}
