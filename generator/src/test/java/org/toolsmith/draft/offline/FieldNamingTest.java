package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * New fields asked for in chatty messages: remarks around the request are not fields
 * ({@link ChatterClause}); units, places and purposes are not part of the name, and a unit types it
 * ({@link FieldLabelTrim}); wishes of others and "it would be great if …" are requests ({@link WantFrames});
 * "whether it was an A or a B X" is a choice ({@link WhetherChoice}). Phrasing of our own, on a greenhouse spec (plants and their waterings);
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
        "beim Gerät fehlt noch die Seriennummer, der Chef will das sehen | +geraet:text:Seriennummer",
        "Für die Planung wäre außerdem der Preis vom Gerät hilfreich. | +geraet:money:Preis",
        "bitte noch den Hersteller des Geräts ergänzen | +geraet:text:Hersteller"})
    void a_german_remark_after_the_request_adds_no_field(String message, String expected) {
        RefineExpect.check(DEVICES, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "on each watering we want the minutes spent in minutes | +watering:integer:Minutes spent",
        "add the water used for each watering in litres | +watering:decimal:Water used",
        "It would be great if we could note the soil temperature on each watering, for the annual report | +watering:decimal:Soil temperature",
        "add the soil type for the plants somewhere, we always forget | +plant:text:Soil type",
        "la jardinière voudrait noter la durée de l'arrosage en minutes | +watering:integer:Durée de l'arrosage",
        "ce serait pratique de pouvoir joindre une photo de la plante | +plant:file:Photo",
        "der Gärtner möchte sehen, wer das Beet zuletzt gedüngt hat | +watering:person:Gedüngt von",
        "Es wäre schön, einen Kommentar festhalten zu können. | +watering:long_text:Kommentar",
        "the head gardener would like to know how many plants died on each bed | +plant:integer:Number of plants",
        "record whether each watering was a morning or an evening watering | +watering:choice:Watering type & watering.watering_type[Morning;Evening]",
        "on each watering note the pests seen: aphids, mites, slugs. Often more than one. | +watering:multi_choice:Pests seen",
        "pour les plantes il faudrait les maladies : mildiou, oïdium, rouille — une plante peut en avoir plusieurs | +plant:multi_choice:Maladies"})
    void names_the_thing_from_its_head_noun_and_types_it_from_the_words_around_it(String message, String expected) {
        RefineExpect.check(GREENHOUSE, message, expected);
    }
}
