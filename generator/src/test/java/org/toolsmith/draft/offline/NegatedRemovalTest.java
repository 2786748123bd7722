package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * A removal said with a negation asks to keep ({@link NegatedRemoval}): nothing is removed and the person is
 * told so; a removal beside it, or a removal suggested with "why not", still applies. Phrasing of our own, on the
 * equipment-loans fixture, in four languages.
 */
class NegatedRemovalTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "please don't remove the loans, we still need them",
        "we should not delete the item list",
        "never drop the notes",
        "ne supprimez pas les prêts",
        "no borres los préstamos, por favor",
        "bitte die Ausleihen nicht löschen"})
    void keeps_what_a_negated_removal_names(String message) {
        var r = new OfflineRefiner().refine(RefineFixtures.LOANS, message);
        assertEquals(shape(RefineFixtures.LOANS), shape(r.spec()), message);
        assertTrue(r.summary().contains("Nothing was removed"), r.summary());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "keep the items, remove the condition field | -loan.condition",
        "don't touch the items, but delete the notes | -loan.notes",
        "why not remove the notes, nobody reads them | -loan.notes"})
    void still_removes_what_is_asked_beside_it(String message, String expected) {
        RefineExpect.check(RefineFixtures.LOANS, message, expected);
    }

    private static List<String> shape(AppSpec spec) {
        return spec.entities().stream()
                .flatMap(e -> e.fields().stream().map(f -> e.key() + "." + f.key() + ":" + f.type() + (f.required() ? "!" : "")))
                .toList();
    }
}
