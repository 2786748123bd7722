package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Field;

/**
 * German words that share their last part, written once with a hyphen (session 17, r1), phrasing of our own: "Hin- und
 * Rückfahrt", "Abhol- und Lieferzeit" reach both fields (before, only the second word was read; new fields were already
 * read apart), and after ", und" a subject with no article and a modal ("…, und Rückfahrt soll Pflicht sein") is an
 * edit of its own (before, the rename in front took it in and the flag went to the renamed field).
 */
class SharedWordPartsTest {
    private static final AppSpec TRIPS = RefineFixtures.spec("""
            {"spec": 1, "name": "Fahrten", "entities": [{"key": "fahrt", "name": "Fahrt", "plural": "Fahrten", "fields": [
              {"key": "ziel", "label": "Ziel", "type": "text", "required": true},
              {"key": "hinfahrt", "label": "Hinfahrt", "type": "date"},
              {"key": "rueckfahrt", "label": "Rückfahrt", "type": "date"},
              {"key": "notiz", "label": "Notiz", "type": "long_text"}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bitte Hin- und Rückfahrt als Pflichtfelder.
            Mach Hin- und Rückfahrt zu Pflichtfeldern.
            """)
    void both_words_get_the_flag(String message) {
        AppSpec after = RefineFixtures.refine(TRIPS, message).spec();
        assertTrue(RefineFixtures.field(after, "fahrt", "hinfahrt").required(), message);
        assertTrue(RefineFixtures.field(after, "fahrt", "rueckfahrt").required(), message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bitte noch Abhol- und Lieferzeit ergänzen. | Abholzeit, Lieferzeit
            Wir brauchen noch Start- und Enddatum. | Startdatum, Enddatum
            Bitte noch Hin- und Rückweg ergänzen. | Hinweg, Rückweg
            Bitte ein Feld für die Kilometer hinzufügen. | Kilometer
            """)
    void both_new_words_are_fields(String message, String labels) {
        AppSpec after = RefineFixtures.refine(TRIPS, message).spec();
        List<String> fresh = RefineFixtures.newFields(TRIPS, after, "fahrt").stream().map(Field::label).toList();
        assertEquals(List.of(labels.split(",\\s*")), fresh, message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bitte die Notiz in Bemerkung umbenennen, und Rückfahrt soll Pflicht sein. | rueckfahrt
            Die Notiz bitte in Bemerkung umbenennen, und die Hinfahrt soll Pflicht sein. | hinfahrt
            Bitte die Notiz in Bemerkung umbenennen, und Ziel soll optional sein. | ziel
            Bitte die Notiz in Bemerkung umbenennen, und Hinfahrt soll Pflicht sein. | hinfahrt
            """)
    void a_modal_after_und_is_an_edit_of_its_own(String message, String flagged) {
        AppSpec after = RefineFixtures.refine(TRIPS, message).spec();
        assertEquals("Bemerkung", RefineFixtures.field(after, "fahrt", "notiz").label(), message);
        assertEquals(!"ziel".equals(flagged), RefineFixtures.field(after, "fahrt", flagged).required(), message);
        assertEquals(List.of(), RefineFixtures.newFields(TRIPS, after, "fahrt"), message);
    }
}
