package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.draft.DraftException;
import org.toolsmith.spec.AppSpec;

/**
 * A closing written as a sentence of its own after the request (session 15, r2), phrasing of our own: "… Bonne journée",
 * "… Un saludo", "… Schönen Tag noch" is no field ("Bonne journée" had been added as a text field, "Buen día" as a date).
 * A message that is only a closing is still refused.
 */
class ClosingSentenceTest {
    private static AppSpec desk(String kind, String kinds, String name) {
        return RefineFixtures.spec("""
                {"spec": 1, "name": "Desk", "entities": [{"key": "guest", "name": "%s", "plural": "%s", "fields": [
                  {"key": "name", "label": "%s", "type": "text", "required": true}]}]}
                """.formatted(kind, kinds, name));
    }

    private static final Map<String, AppSpec> DESK = Map.of(
            "en", desk("Guest", "Guests", "Name"), "fr", desk("Invité", "Invités", "Nom"),
            "es", desk("Invitado", "Invitados", "Nombre"), "de", desk("Gast", "Gäste", "Name"));

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | we also need the guest's company. Have a lovely weekend! | Company
            en | Please add the guest's company. Kind regards | Company
            fr | il faudrait aussi la société de l'invité. Bonne journée | Société
            fr | Ajoutez la société de l'invité svp. Cordialement | Société
            fr | on voudrait aussi la société de l'invité. Bon week-end ! | Société
            es | necesitamos también la empresa del invitado. Buen día | Empresa
            es | Añadid la empresa del invitado. Un saludo | Empresa
            de | wir bräuchten noch die Firma des Gastes. Schönen Tag noch | Firma
            de | Bitte beim Gast noch die Firma ergänzen. Viele Grüße | Firma
            en | add a field called Greeting | Greeting
            """)
    void a_closing_sentence_adds_nothing(String lang, String message, String label) {
        AppSpec before = DESK.get(lang);
        AppSpec after = RefineFixtures.refine(before, message).spec();
        assertEquals(List.of(label), RefineFixtures.newFields(before, after, "guest").stream().map(f -> f.label()).toList(), message);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {"fr | Bonne journée !", "es | Un saludo", "de | Schönen Tag noch", "en | Have a nice day"})
    void a_message_that_only_closes_is_refused(String lang, String message) {
        assertThrows(DraftException.class, () -> new OfflineRefiner().refine(DESK.get(lang), message));
    }
}
