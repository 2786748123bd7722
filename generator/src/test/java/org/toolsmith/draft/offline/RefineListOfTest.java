package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineEachLinkTest.PRINT;
import static org.toolsmith.draft.offline.RefineFixtures.spec;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/** A field that becomes a list of its own, and values gone with what happened to them. Phrasing of our own. */
class RefineListOfTest {
    static final AppSpec TALLER = spec("""
            {"spec": 1, "name": "Taller", "entities": [
              {"key": "orden", "name": "Orden", "plural": "Órdenes", "fields": [
                {"key": "cliente", "label": "Cliente", "type": "text", "required": true},
                {"key": "mecanico", "label": "Mecánico", "type": "text"},
                {"key": "sede", "label": "Sede", "type": "choice", "options": ["Centro", "Norte", "Sur"]},
                {"key": "observaciones", "label": "Observaciones", "type": "long_text"}]}]}""");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The customer should be chosen from a list of customers (name, email) rather than typed | kind Customer & job.customer=reference",
        "customer should be its own list: create customers with name and phone | kind Customer & job.customer=reference"})
    void english(String message, String expected) {
        RefineExpect.check(PRINT, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "El mecánico debería ser una lista: crea mecánicos con nombre y teléfono | kind Mecánico & orden.mecanico=reference",
        "La sede Norte cerró en verano | orden.sede[Centro;Sur]",
        "Las observaciones, podemos prescindir de ellas | -orden.observaciones",
        "Podemos prescindir de las observaciones | -orden.observaciones",
        "La sede «Sur» ahora se llama «Puerto» | orden.sede[Centro;Norte;Puerto]"})
    void spanish(String message, String expected) {
        RefineExpect.check(TALLER, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Copies doesn't need to be filled in | unchanged-ish",
        "The customer must be filled in; the copies don't need to be | job.customer!",
        "The Down status was scrapped | press.status[Running;Idle]",
        "The title is optional at first, but let's keep it required. Add a paper supplier though. | +job:text:Paper supplier"})
    void said_in_passing(String message, String expected) {
        if (expected.equals("unchanged-ish")) {
            var r = new OfflineRefiner().refine(PRINT, message);
            org.junit.jupiter.api.Assertions.assertEquals(PRINT.entity("job").orElseThrow().fields(),
                    r.spec().entity("job").orElseThrow().fields(), message);
            return;
        }
        RefineExpect.check(PRINT, message, expected);
    }
}
