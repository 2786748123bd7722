package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * Fields asked for the way people type in a chat box or a short e-mail (phrasing of our own): a remark after
 * the request ("the coaches keep asking", "suelen podarse en marzo") or a correction ("o sea") is no field;
 * a field said missing with its kind after the verb and no article ("Lackierung ja/nein fehlt noch beim
 * Auftrag", "photo manque sur les plantes"); "faudrait pouvoir joindre …" without a subject; a second sentence
 * that goes on with "y …" / "et …" and only names fields.
 */
class AddFieldChatTest {
    static final AppSpec WERKSTATT = RefineFixtures.spec("""
            {"spec": 1, "name": "Werkstatt", "entities": [
              {"key": "kunde", "name": "Kunde", "plural": "Kunden", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true}]},
              {"key": "auftrag", "name": "Auftrag", "plural": "Aufträge", "fields": [
                {"key": "kunde", "label": "Kunde", "type": "reference", "target": "kunde", "required": true},
                {"key": "fahrzeug", "label": "Fahrzeug", "type": "text"},
                {"key": "art", "label": "Art", "type": "choice", "options": ["Inspektion", "Reparatur"]}]}]}
            """);
    static final AppSpec VIVERO = RefineFixtures.spec("""
            {"spec": 1, "name": "Vivero", "entities": [
              {"key": "proveedor", "name": "Proveedor", "plural": "Proveedores", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true}]},
              {"key": "planta", "name": "Planta", "plural": "Plantas", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true},
                {"key": "proveedor", "label": "Proveedor", "type": "reference", "target": "proveedor"},
                {"key": "tamano", "label": "Tamaño", "type": "choice", "options": ["Pequeño", "Grande"]}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Can we add a phone number on members? The coaches keep asking. | +member:phone",
        "please add the member's birthday. Reception keeps asking. | +member:date"})
    void a_remark_after_the_request_is_no_field(String message, String expected) {
        RefineExpect.check(StructureEditsSession8Test.CLUB, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "¿Se puede añadir la fecha de poda a las plantas? Suelen podarse en marzo. | +planta:date",
        "añadid Mediano al tamaño. y la fecha de siembra de cada planta | planta.tamano[Pequeño;Grande;Mediano] & +planta:date",
        "al proveedor le falta el email | +proveedor:email"})
    void spanish_chat_additions(String message, String expected) {
        RefineExpect.check(VIVERO, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Lackierung ja/nein fehlt noch beim Auftrag. | +auftrag:boolean",
        "Telefon fehlt bei den Kunden | +kunde:phone"})
    void german_missing_with_the_kind_after(String message, String expected) {
        RefineExpect.check(WERKSTATT, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "faudrait pouvoir joindre la fiche d'entretien | +plante:file",
        "Photo manque sur les plantes | +plante:file"})
    void french_chat_additions(String message, String expected) {
        RefineExpect.check(StructureEditsSession8Test.JARDIN, message, expected);
    }
}
