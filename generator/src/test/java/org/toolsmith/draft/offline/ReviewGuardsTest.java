package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * Guards found by reading session 14's refine readers: a pronoun or an adverb before "fehlt noch:" is no field name
 * ({@link MissingColon}), and "each time …" is no new kind called "Time" ({@link RefineKindSentence}). Phrasing of our own.
 */
class ReviewGuardsTest {
    static final AppSpec WORKSHOP = RefineFixtures.spec("""
            {"spec": 1, "name": "Workshop", "entities": [
              {"key": "job", "name": "Job", "plural": "Jobs", "fields": [
                {"key": "title", "label": "Title", "type": "text", "required": true},
                {"key": "status", "label": "Status", "type": "choice", "options": ["Open", "Closed"]},
                {"key": "score", "label": "Score", "type": "integer"}]}]}""");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Uns fehlt noch: Zahlungsart, Lieferdatum und Notizen | +job:text:Zahlungsart & +job:date:Lieferdatum & +job:long_text:Notizen",
        "Payment method is still missing: cash, card or voucher | +job:choice:Payment method",
    })
    void read_as_asked(String message, String expected) {
        RefineExpect.check(WORKSHOP, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "log each time we call a customer: date, outcome",
        "chaque fois qu'on appelle un client : date, résultat",
    })
    void each_time_is_no_kind(String message) {
        AppSpec after;
        try {
            after = RefineFixtures.refine(WORKSHOP, message).spec();
        } catch (RuntimeException refused) {
            return; // refusing is allowed; a kind called "Time" is not
        }
        String why = message + " → " + RefineFixtures.JSON.write(after);
        assertTrue(after.entities().stream().noneMatch(e -> e.name().matches("(?i)times?|fois")), why);
    }
}
