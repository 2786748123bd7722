package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * New fields asked for in chatty messages: remarks around the request are not fields
 * ({@link ChatterClause}). Phrasing of our own, on a greenhouse spec (plants and their waterings);
 * nothing else may change ({@link RefineExpect}).
 */
class FieldNamingTest {
    static final AppSpec GREENHOUSE = RefineFixtures.spec("""
            {"spec": 1, "name": "Greenhouse", "entities": [
              {"key": "plant", "name": "Plant", "plural": "Plants", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "bed", "label": "Bed", "type": "text"}]},
              {"key": "watering", "name": "Watering", "plural": "Waterings", "fields": [
                {"key": "plant", "label": "Plant", "type": "reference", "target": "plant", "required": true},
                {"key": "watered_on", "label": "Watered on", "type": "date"},
                {"key": "gardener", "label": "Gardener", "type": "person"}]}]}
            """);

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "FR | Les jardiniers le réclament depuis longtemps | true",
        "FR | C'est pour le rapport de fin d'année | true",
        "FR | On en a besoin chaque semaine | true",
        "FR | Date de plantation | false",
        "FR | Coût de l'arrosage | false",
        "DE | Der Chef will das jede Woche sehen | true",
        "DE | Das ist für die Abrechnung | true",
        "DE | Wegen der Versicherung | true",
        "DE | Pflanzdatum | false",
        "DE | Menge in Litern | false",
        "ES | Que el jefe siempre pregunta | true",
        "ES | El jefe siempre lo pide | true",
        "ES | Fecha de la siembra | false",
        "EN | The gardeners keep asking | true",
        "EN | People describe things so vaguely | true",
        "EN | Litres used | false",
        "EN | Soil check date | false"})
    void tells_a_remark_from_a_thing(Lang lang, String words, boolean remark) {
        assertEquals(remark, ChatterClause.remark(lang, words));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ajoute la quantité d'eau pour les plantes, les jardiniers le réclament souvent | +plant:integer:Quantité d'eau",
        "on each watering we want the litres used, the boss keeps asking | +watering:decimal:Litres used"})
    void a_remark_after_the_request_adds_no_field(String message, String expected) {
        RefineExpect.check(GREENHOUSE, message, expected);
    }

    static final AppSpec DEVICES = RefineFixtures.spec("""
            {"spec": 1, "name": "Geräte", "entities": [
              {"key": "geraet", "name": "Gerät", "plural": "Geräte", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "standort", "label": "Standort", "type": "text"}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bitte beim Gerät noch die Seriennummer ergänzen, das ist für die Versicherung | +geraet:text:Seriennummer",
        "beim Gerät fehlt noch die Seriennummer, der Chef will das sehen | +geraet:text:Seriennummer"})
    void a_german_remark_after_the_request_adds_no_field(String message, String expected) {
        RefineExpect.check(DEVICES, message, expected);
    }
}
