package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * Needs said as something to know, pointed back at, or asked as a question (session 28, helper s28v): a tail that only
 * points ("… ? we ought to log that"), "do we know whether …", "sería útil ver cuándo …", "was hat … gekostet", "who
 * was the duty nurse", "who is the van assigned to". Each wish is one field of its type; nothing else is added.
 */
class VagueNeedsTest {
    private static AppSpec spec(String kind, String plural, String label) {
        return RefineFixtures.spec("""
                {"spec": 1, "name": "Workshop", "entities": [
                  {"key": "job", "name": "%s", "plural": "%s", "fields": [
                    {"key": "code", "label": "%s", "type": "text", "required": true}]}]}
                """.formatted(kind, plural, label));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Job     | Jobs      | Code   | what did the spare parts cost us? we ought to log that       | Cost:money
            en | Job     | Jobs      | Code   | do we know whether the customer was billed? we should        | Customer billed:boolean
            en | Job     | Jobs      | Code   | who was the duty nurse that day                               | Duty nurse:person
            en | Job     | Jobs      | Code   | who is the van assigned to                                    | Assigned to:person
            fr | Travail | Travaux   | Code   | combien ça a coûté ? c'est à noter                           | Montant:money
            fr | Travail | Travaux   | Code   | on devrait savoir combien ça a coûté                          | Coût:money
            es | Trabajo | Trabajos  | Código | sería útil ver cuándo se arregló                              | Fecha de reparación:date
            es | Trabajo | Trabajos  | Código | deberíamos saber cuánto costó                                 | Coste:money
            de | Auftrag | Aufträge  | Code   | was hat das gekostet? bitte eintragen                         | Betrag:money
            de | Auftrag | Aufträge  | Code   | wäre gut zu wissen, wie viel es gekostet hat                  | Kosten:money
            en | Job     | Jobs      | Code   | how many people actually showed up?                           | Number of attendees:integer
            fr | Travail | Travaux   | Code   | combien de personnes sont réellement venues ?                 | Nombre de participants:integer
            es | Trabajo | Trabajos  | Código | ¿cuántas personas acudieron al final?                         | Número de asistentes:integer
            de | Auftrag | Aufträge  | Code   | wie viele Leute sind wirklich erschienen?                     | Anzahl Teilnehmer:integer
            """)
    void a_vague_need_is_one_field(String lang, String name, String plural, String label, String message, String field) {
        AppSpec before = spec(name, plural, label);
        AppSpec after = new OfflineRefiner().refine(before, message).spec();
        assertEquals(List.of(field), RefineFixtures.newFields(before, after, "job").stream()
                .map(f -> f.label() + ":" + f.type().name().toLowerCase()).toList(), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            EN | how many boxes turned up
            FR | combien de colis sont venus
            ES | cuantos paquetes acudieron
            DE | wie viele Pakete sind gekommen
            """)
    void things_that_come_are_not_attendees(String lang, String folded) {
        assertNull(VerbFamily.ask(Lang.valueOf(lang), folded), folded);
    }
}
