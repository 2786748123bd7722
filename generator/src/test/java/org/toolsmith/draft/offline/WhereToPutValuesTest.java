package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Field;

/**
 * A field asked for as a question of where to write it, with its values after the question or in brackets (session 17,
 * r4), phrasing of our own: "Where do I put the icing colour? White, pink or blue", "On oublie toujours de noter le parfum
 * (vanille, chocolat ou citron)", "¿Dónde pongo el tamaño? Pequeño, mediano o grande", "Wo trage ich die Größe ein? Klein,
 * mittel oder groß". The request used to end at the first comma, inside the values, and made a text field "Icing colour
 * (White"; the values now stay whole as after a colon, and the field is a choice. A bracket that is no list stays out.
 */
class WhereToPutValuesTest {
    private static AppSpec bakery(String cake, String cakes, String name, String order, String orders, String date) {
        return RefineFixtures.spec("""
                {"spec": 1, "name": "Bakery", "entities": [
                  {"key": "cake", "name": "%s", "plural": "%s", "fields": [
                    {"key": "name", "label": "%s", "type": "text", "required": true}]},
                  {"key": "order", "name": "%s", "plural": "%s", "fields": [
                    {"key": "date", "label": "%s", "type": "date"},
                    {"key": "cake", "label": "%s", "type": "reference", "target": "cake"}]}]}
                """.formatted(cake, cakes, name, order, orders, date, cake));
    }

    private static final Map<String, AppSpec> BAKERY = Map.of(
            "en", bakery("Cake", "Cakes", "Name", "Order", "Orders", "Date"),
            "fr", bakery("Gâteau", "Gâteaux", "Nom", "Commande", "Commandes", "Date"),
            "es", bakery("Tarta", "Tartas", "Nombre", "Pedido", "Pedidos", "Fecha"),
            "de", bakery("Torte", "Torten", "Name", "Bestellung", "Bestellungen", "Datum"));

    private static List<Field> added(AppSpec before, AppSpec after) {
        return after.entities().stream().flatMap(e -> RefineFixtures.newFields(before, after, e.key()).stream()).toList();
    }

    /** One new field: its label, its type and its values ("-" for none). */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | Where do I put the icing colour? White, pink or blue | Icing colour | choice | White, Pink, Blue",
        "en | Where do I put the icing colour? White, pink or blue. | Icing colour | choice | White, Pink, Blue",
        "en | We always forget to note the flavour (vanilla, chocolate or lemon) | Flavour | choice | Vanilla, Chocolate, Lemon",
        "en | There's nowhere to put the size (small, medium or large) | Size | choice | Small, Medium, Large",
        "fr | Où je note la taille ? Petite, moyenne ou grande | Taille | choice | Petite, Moyenne, Grande",
        "fr | On oublie toujours de noter le parfum (vanille, chocolat ou citron) | Parfum | choice | Vanille, Chocolat, Citron",
        "es | ¿Dónde pongo el tamaño? Pequeño, mediano o grande | Tamaño | choice | Pequeño, Mediano, Grande",
        "es | ¿Dónde apunto el sabor (vainilla, chocolate o limón)? | Sabor | choice | Vainilla, Chocolate, Limón",
        "de | Wo trage ich die Größe ein? Klein, mittel oder groß | Größe | choice | Klein, Mittel, Groß",
        "de | Wo trage ich den Geschmack ein (Vanille, Schoko oder Zitrone)? | Geschmack | choice | Vanille, Schoko, Zitrone",
        // must not fire: no values, or a bracket that is a remark
        "en | Where do I put the icing colour (people keep asking)? | Icing colour | text | -",
        "en | Where do I put the icing colour? | Icing colour | text | -",
        "fr | Où je note la taille ? | Taille | text | -",
        "es | ¿Dónde pongo el tamaño? | Tamaño | text | -",
    })
    void values_after_a_where_question_make_a_choice(String lang, String message, String label, String type, String values) {
        AppSpec before = BAKERY.get(lang);
        List<Field> added = added(before, RefineFixtures.refine(before, message).spec());
        assertEquals(1, added.size(), message + " " + added);
        Field f = added.get(0);
        assertEquals(label, f.label(), message);
        assertEquals(type, f.type().name().toLowerCase(), message);
        List<String> want = values.equals("-") ? List.of() : Arrays.stream(values.split(",\\s*")).toList();
        assertEquals(want, f.options() == null ? List.of() : f.options(), message);
    }

    /** German "bei den K bräuchten wir noch X (…)": the polite subjunctive of needing reads as the plain need; at the start it was read already. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Bei den Torten bräuchten wir noch die Glasur (Schoko, Zucker oder Fondant) | Glasur | choice | Schoko, Zucker, Fondant",
        "Für die Torten brauchten wir noch die Füllung (Creme, Obst oder Nuss) | Füllung | choice | Creme, Obst, Nuss",
        "Bei den Torten brauchen wir noch die Glasur (Schoko, Zucker oder Fondant) | Glasur | choice | Schoko, Zucker, Fondant",
        "Wir bräuchten noch die Glasur (Schoko, Zucker oder Fondant) | Glasur | choice | Schoko, Zucker, Fondant",
    })
    void a_german_subjunctive_need_is_a_need(String message, String label, String type, String values) {
        values_after_a_where_question_make_a_choice("de", message, label, type, values);
    }
}
