package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * A short lead with a verb of recording before a bracket list ("Angehörige erfassen (…)"): in the languages whose
 * actor pattern is empty, reading the lead as "someone does something" threw and the whole sentence was lost. Its
 * bracket items must reach the draft. Session 21 (found by s21f1).
 */
class ActorLeadListTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Telefon | Für jeden Mieter: Wohnung, Einzugsdatum. Bürgen erfassen (Name, Telefon, Anschrift).",
        "Téléphone | Pour chaque adhérent : nom, date d'adhésion. Contacts noter (nom, téléphone, lien).",
        "Teléfono | Para cada socio: nombre, fecha de alta. Avales registrar (nombre, teléfono, dirección)."})
    void the_bracket_items_are_read(String detail, String request) {
        AppSpec spec = SpecCheck.draft(request);
        SpecCheck.assertValid(spec);
        assertTrue(spec.entities().stream().anyMatch(e -> SpecCheck.find(e, detail).isPresent()),
                () -> detail + " missing in " + SpecCheck.names(spec));
    }
}
