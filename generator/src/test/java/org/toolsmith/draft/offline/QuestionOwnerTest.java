package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * A question-shaped new field about a kind the default kind links to goes on that kind when it asks what the
 * kind has ("whether the ewe has twins", "si la brebis a une boucle", "ob das Mutterschaf eine Ohrmarke hat")
 * or where it is ("which paddock the ewe is in", "dans quel enclos se trouve la brebis", "en qué potrero está la
 * oveja", "auf welcher Weide das Mutterschaf steht"); what happened to it ("has been sheared", "a été tondue",
 * "geschoren wurde", "gelammt hat") stays on the default kind ({@link QuestionKind}). Phrasing of our own.
 */
class QuestionOwnerTest {
    private static AppSpec flock(String ewe, String ewes, String lamb, String lambs, String tag, String born) {
        return RefineFixtures.spec("""
                {"spec": 1, "name": "Flock", "entities": [
                  {"key": "ewe", "name": "%s", "plural": "%s", "fields": [
                    {"key": "tag", "label": "%s", "type": "text", "required": true}]},
                  {"key": "lamb", "name": "%s", "plural": "%s", "fields": [
                    {"key": "ewe", "label": "%s", "type": "reference", "target": "ewe", "required": true},
                    {"key": "born_on", "label": "%s", "type": "date"}]}]}
                """.formatted(ewe, ewes, tag, lamb, lambs, ewe, born));
    }

    private static final AppSpec EN = flock("Ewe", "Ewes", "Lamb", "Lambs", "Tag number", "Born on");
    private static final AppSpec FR = flock("Brebis", "Brebis", "Agneau", "Agneaux", "Numéro", "Né le");
    private static final AppSpec ES = flock("Oveja", "Ovejas", "Cordero", "Corderos", "Número", "Nacido el");
    private static final AppSpec DE = flock("Mutterschaf", "Mutterschafe", "Lamm", "Lämmer", "Nummer", "Geboren am");

    static AppSpec spec(String lang) {
        return switch (lang) {
            case "fr" -> FR;
            case "es" -> ES;
            case "de" -> DE;
            default -> EN;
        };
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | add which field the ewe is currently in | +ewe:text:Field",
        "en | add where the ewe is kept | +ewe:text",
        "en | add whether the ewe has twins | +ewe:boolean:Twins",
        "fr | ajoute dans quel enclos se trouve la brebis | +ewe:text:Enclos",
        "fr | ajoute si la brebis a une boucle | +ewe:boolean:Boucle",
        "es | añade en qué potrero está la oveja | +ewe:text:Potrero",
        "es | añade si la oveja tiene crotal | +ewe:boolean:Crotal",
        "de | füge hinzu, auf welcher Weide das Mutterschaf steht | +ewe:text:Weide",
        "de | füge hinzu, ob das Mutterschaf eine Ohrmarke hat | +ewe:boolean:Ohrmarke",
        // what happened to it at this lambing stays on the lamb
        "en | add whether the ewe has been scanned | +lamb:boolean",
        "en | add whether the ewe is in good health | +lamb:boolean",
        "fr | ajoute si la brebis a été tondue | +lamb:boolean",
        "es | añade si la oveja ha sido esquilada | +lamb:boolean",
        "de | füge hinzu, ob das Mutterschaf geschoren wurde | +lamb:boolean",
        "de | füge hinzu, ob das Mutterschaf gelammt hat | +lamb:boolean"})
    void a_question_about_what_a_linked_kind_has_or_where_it_is(String lang, String message, String expected) {
        RefineExpect.check(spec(lang), message, expected);
    }
}
