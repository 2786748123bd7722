package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineEachLinkTest.PRINT;
import static org.toolsmith.draft.offline.RefineListOfTest.TALLER;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values that are really the fields of a new kind ("the job lines too? product, qty and price, several per job"). Phrasing of our own. */
class OptionsAreFieldsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Could we keep the job lines as well? product, qty and price, several per job | kind Job line>job",
        "We want to record who supplied each job: a list of suppliers with name, phone and email | kind Supplier & job>supplier",
        // a real choice: singular, no list word, no "several per"
        "Could the job have a preferred contact: email, phone or post? | +job:choice",
        // several per job, but the values are values, not fields
        "Can we have the job tags too? urgent, reprint, VIP, several per job | +job:choice"})
    void english(String message, String expected) {
        RefineExpect.check(PRINT, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Hay que saber quién suministró cada orden: una lista de proveedores con nombre, teléfono y email | kind Proveedor & orden>proveedor",
        "¿Podemos tener también las líneas de la orden? producto, cantidad y precio, varias por orden | kind Línea>orden",
        "Queremos apuntar el turno de cada orden: mañana, tarde o noche | +orden:choice"})
    void spanish(String message, String expected) {
        RefineExpect.check(TALLER, message, expected);
    }
}
