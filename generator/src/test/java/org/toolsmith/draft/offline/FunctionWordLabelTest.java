package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.draft.DraftException;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Field;

/**
 * A new field is never named only by little words ({@link RefineSession#functionWordsOnly}): "The", "And",
 * "Hay" are no column labels. When the tidied name is only such words, the name as said is kept; when that is
 * little words too, the clause is refused and nothing else is lost. Phrasing of our own.
 */
class FunctionWordLabelTest {
    private static final Set<String> LITTLE = Set.of("the", "a", "and", "with", "for", "of", "to", "who", "how", "y", "hay", "und", "et");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "can the loan also have a the? can the loan also have an and? also add a return reason",
        "add the, add with, add for and add a deposit amount",
        "please add a field for who and a field for the"})
    void never_adds_a_field_named_by_little_words(String message) {
        AppSpec before = RefineFixtures.LOANS;
        AppSpec after;
        try {
            after = new OfflineRefiner().refine(before, message).spec();
        } catch (DraftException refused) {
            return; // refusing the message is allowed; adding a junk field is not
        }
        for (var e : after.entities()) {
            for (Field f : e.fields()) {
                String label = f.label().toLowerCase(java.util.Locale.ROOT);
                assertFalse(LITTLE.contains(label), "field " + f.label() + " added on " + e.key() + " by: " + message);
            }
        }
    }

    @Test
    void the_other_requests_of_the_message_still_apply() {
        AppSpec after = new OfflineRefiner().refine(RefineFixtures.LOANS, "add the, add with, add for and add a deposit amount").spec();
        assertTrue(after.entities().stream().flatMap(e -> e.fields().stream()).anyMatch(f -> f.label().toLowerCase(java.util.Locale.ROOT).contains("deposit")),
                "the deposit field is still added");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"en|The and", "en|who", "es|hay", "de|und die", "fr|et les"})
    void tells_little_words_from_names(String lang, String label) {
        RefineSession s = new RefineSession(RefineFixtures.LOANS);
        s.lang = Lang.valueOf(lang.toUpperCase(java.util.Locale.ROOT));
        s.lex = Lexicon.load(s.lang);
        assertTrue(s.functionWordsOnly(label), label);
        assertFalse(s.functionWordsOnly(label + " date"), label + " date");
    }
}
