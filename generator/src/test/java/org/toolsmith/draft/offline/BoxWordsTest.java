package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A new field named by the box it goes in ({@link BoxWords}): a box to tick is a yes/no named by what it is for,
 * a field to upload into is a file named by the thing; a plain box for text stays text. Phrasing of our own on a
 * flock ({@link QuestionOwnerTest}).
 */
class BoxWordsTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | add a 'twin' tick box to the lambs | +lamb:boolean:Twin",
        "en | add an upload field for the vet report to lambs | +lamb:file:Vet report",
        "fr | ajoute une case « jumeau » aux agneaux | +lamb:boolean:Jumeau",
        "fr | ajoute une case à cocher jumeau aux agneaux | +lamb:boolean:Jumeau",
        "fr | ajoute un champ pour téléverser le rapport du vétérinaire aux agneaux | +lamb:file:Rapport du vétérinaire",
        "es | añade una casilla « gemelo » a los corderos | +lamb:boolean:Gemelo",
        "es | añade una casilla de verificación para el destete a los corderos | +lamb:boolean:Destete",
        "es | añade un campo para subir el informe veterinario a los corderos | +lamb:file:Informe veterinario",
        "de | füge bei den Lämmern ein Kästchen „Zwilling“ hinzu | +lamb:boolean:Zwilling",
        "de | füge bei den Lämmern ein Häkchen für Zwilling hinzu | +lamb:boolean:Zwilling",
        "de | füge bei den Lämmern ein Feld zum Hochladen des Tierarztberichts hinzu | +lamb:file:Tierarztbericht",
        // a box for text is no tick box; "tick off whether" is a verb
        "en | add a box for comments to the lambs | +lamb:long_text:Comments",
        "fr | ajoute une case pour les remarques aux agneaux | +lamb:long_text",
        "de | füge bei den Lämmern ein Feld für Bemerkungen hinzu | +lamb:long_text:Bemerkungen",
        "en | for each lamb I'd like to tick off whether the ewe licked it | +lamb:boolean"})
    void a_field_named_by_its_box(String lang, String message, String expected) {
        RefineExpect.check(QuestionOwnerTest.spec(lang), message, expected);
    }
}
