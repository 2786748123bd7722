package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.draft.DraftException;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Field;

/** A message refused whole is read once more without its preface or its reason ({@link RefusedRetry}). */
class RefusedRetryTest {
    private static final AppSpec TASTINGS = RefineFixtures.spec("""
            {"spec": 1, "name": "Tastings", "entities": [
              {"key": "tasting", "name": "Tasting", "plural": "Tastings", "fields": [
                {"key": "wine", "label": "Wine", "type": "text", "required": true},
                {"key": "taster", "label": "Taster", "type": "person"},
                {"key": "verdict", "label": "Verdict", "type": "choice", "options": ["Good", "Bad"]}]}]}
            """);

    @Test
    void plainer_forms_drop_a_short_preface_and_a_reason() {
        assertEquals(List.of("verdict options are now Keep, Sell, Pour away"),
                RefusedRetry.plainer("we've redone the grid: verdict options are now Keep, Sell, Pour away"));
        assertEquals(List.of("« Taster » → « Sommelier »"), RefusedRetry.plainer("« Taster » → « Sommelier », c'est plus clair pour tout le monde"));
        assertEquals(List.of(), RefusedRetry.plainer("add the vintage"));
        // a colon after a long stretch is no preface
        assertTrue(RefusedRetry.plainer("the people who come on Fridays and taste the reds want this: a vintage").isEmpty());
    }

    @Test
    void a_refused_message_with_a_preface_is_read_without_it() {
        AppSpec after = new OfflineRefiner().refine(TASTINGS, "we've redone our grid: verdict options should now be Keep, Sell, Pour away").spec();
        Field verdict = after.entities().get(0).fields().stream().filter(f -> f.key().equals("verdict")).findFirst().orElseThrow();
        assertEquals(List.of("Keep", "Sell", "Pour away"), verdict.options());
    }

    @Test
    void a_message_refused_in_every_form_keeps_the_first_refusal() {
        DraftException e = assertThrows(DraftException.class, () -> new OfflineRefiner().refine(TASTINGS, "hmm: lovely weather today, isn't it"));
        assertTrue(e.getMessage().startsWith("I could not tell what to change"), e.getMessage());
    }
}
