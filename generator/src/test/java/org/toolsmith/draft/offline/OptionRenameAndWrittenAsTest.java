package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * Session 25 (helper s25y), the type and the options of fields in chat edits, phrasings of our own in four languages:
 * one choice value renamed ({@link OptionRenames}: "rename the option X to Y in the F", "renomme la valeur X en Y",
 * "cambia la opción X por Y", "benenne bei F die Option X in Y um"); a value taken out when it is quoted ("we no longer
 * use 'X' in the F", {@code ChoiceListEdits}); and an aside that says how a new field is written ("(free text, can be
 * long)", "(kg, decimals ok)", "(PDF)") read as its type, never as options ({@link TypeHints#written}).
 */
class OptionRenameAndWrittenAsTest {
    static final AppSpec EN = RefineFixtures.spec("""
            {"spec": 1, "name": "Kennels", "entities": [{"key": "stay", "name": "Stay", "plural": "Stays", "fields": [{"key": "dog", "label": "Dog", "type": "text", "required": true}, {"key": "size", "label": "Size", "type": "choice", "options": ["Small", "Medium", "Large"]}, {"key": "kennel", "label": "Kennel", "type": "text"}, {"key": "arrival", "label": "Arrival", "type": "date"}]}]}
            """);
    static final AppSpec FR = RefineFixtures.spec("""
            {"spec": 1, "name": "Pension canine", "entities": [{"key": "sejour", "name": "Séjour", "plural": "Séjours", "fields": [{"key": "chien", "label": "Chien", "type": "text", "required": true}, {"key": "taille", "label": "Taille", "type": "choice", "options": ["Petit", "Moyen", "Grand"]}, {"key": "box", "label": "Box", "type": "text"}, {"key": "arrivee", "label": "Arrivée", "type": "date"}]}]}
            """);
    static final AppSpec ES = RefineFixtures.spec("""
            {"spec": 1, "name": "Residencia canina", "entities": [{"key": "estancia", "name": "Estancia", "plural": "Estancias", "fields": [{"key": "perro", "label": "Perro", "type": "text", "required": true}, {"key": "tamano", "label": "Tamaño", "type": "choice", "options": ["Pequeño", "Mediano", "Grande"]}, {"key": "jaula", "label": "Jaula", "type": "text"}, {"key": "llegada", "label": "Llegada", "type": "date"}]}]}
            """);
    static final AppSpec DE = RefineFixtures.spec("""
            {"spec": 1, "name": "Hundepension", "entities": [{"key": "aufenthalt", "name": "Aufenthalt", "plural": "Aufenthalte", "fields": [{"key": "hund", "label": "Hund", "type": "text", "required": true}, {"key": "groesse", "label": "Größe", "type": "choice", "options": ["Klein", "Mittel", "Groß"]}, {"key": "zwinger", "label": "Zwinger", "type": "text"}, {"key": "ankunft", "label": "Ankunft", "type": "date"}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "rename the option Medium to Mid-size in the size | stay.size[Small;Mid-size;Large]",
        "rename Large to Extra large in the size please | stay.size[Small;Medium;Extra large]",
        "In the size, call 'Small' 'Toy' instead. | stay.size[Toy;Medium;Large]",
        "We no longer use 'Medium' in the size, remove it please. | stay.size[Small;Large]",
        "we also need the kennel notes (free text, can be long) on each stay | +stay:long_text",
        "we also need the weight (kg, decimals ok) on each stay | +stay:decimal",
        "add the signed vet form (PDF) to the stays | +stay:file",
        // must not fire: the field itself renamed, a new value added, a value list set
        "rename the size to Dog size | stay.size~Dog size",
        "allow also Giant for the size | stay.size[Small;Medium;Large;Giant]",
        "add a coat type (short, long, curly) to the stays | +stay:choice"})
    void english(String message, String expected) {
        RefineExpect.check(EN, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "renomme la valeur Moyen en Moyen gabarit dans la taille | sejour.taille[Petit;Moyen gabarit;Grand]",
        "Dans la taille, « Grand » devient « Très grand ». | sejour.taille[Petit;Moyen;Très grand]",
        "On n'utilise plus « Petit » pour la taille, supprime-le. | sejour.taille[Moyen;Grand]",
        "ajoute des consignes de soin (texte libre, parfois long) dans les séjours | +sejour:long_text",
        // must not fire
        "ajoute un pelage (court, long, frisé) dans les séjours | +sejour:choice"})
    void french(String message, String expected) {
        RefineExpect.check(FR, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "cambia la opción Mediano por Mediano-grande en el tamaño | estancia.tamano[Pequeño;Mediano-grande;Grande]",
        "En el tamaño, 'Pequeño' pasa a llamarse 'Mini'. | estancia.tamano[Mini;Mediano;Grande]",
        "Ya no usamos 'Grande' en el tamaño, quitadlo por favor. | estancia.tamano[Pequeño;Mediano]",
        "Añade indicaciones de cuidado (texto libre, a veces largo) en las estancias. | +estancia:long_text"})
    void spanish(String message, String expected) {
        RefineExpect.check(ES, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "benenne bei der Größe die Option Mittel in Mittelgroß um | aufenthalt.groesse[Klein;Mittelgroß;Groß]",
        "Bei der Größe bitte 'Klein' in 'Zwerg' umbenennen. | aufenthalt.groesse[Zwerg;Mittel;Groß]",
        "Bei der Größe bitte 'Groß' streichen | aufenthalt.groesse[Klein;Mittel]",
        "Hallo, könntet ihr bitte bei den Aufenthalten Pflegehinweise (Freitext, auch mal länger) ergänzen? Danke! | +aufenthalt:long_text"})
    void german(String message, String expected) {
        RefineExpect.check(DE, message, expected);
    }

    static final AppSpec CHECKS = RefineFixtures.spec("""
            {"spec": 1, "name": "Checks", "entities": [{"key": "check", "name": "Check", "plural": "Checks", "fields": [{"key": "date", "label": "Date", "type": "date", "required": true}, {"key": "outcome", "label": "Outcome", "type": "choice", "options": ["Passed", "Damage", "Withdrawn"]}, {"key": "damage", "label": "Damage", "type": "long_text"}]}]}
            """);
    static final AppSpec PRUEFUNG = RefineFixtures.spec("""
            {"spec": 1, "name": "Prüfungen", "entities": [{"key": "pruefung", "name": "Prüfung", "plural": "Prüfungen", "fields": [{"key": "datum", "label": "Datum", "type": "date", "required": true}, {"key": "ergebnis", "label": "Ergebnis", "type": "choice", "options": ["In Ordnung", "Schäden", "Gesperrt"]}, {"key": "schaeden", "label": "Schäden", "type": "long_text"}]}]}
            """);

    /** A word that is both a field and a value of a list: the field is renamed, unless the message says it means a value. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "EN | rename Damage to Damage details | check.damage~Damage details",
        "EN | rename the option Damage to Damaged in the outcome | check.outcome[Passed;Damaged;Withdrawn]",
        "DE | Benenne Schäden in Schadensbild um | pruefung.schaeden~Schadensbild",
        "DE | benenne beim Ergebnis den Wert Schäden in Beschädigt um | pruefung.ergebnis[In Ordnung;Beschädigt;Gesperrt]"})
    void aFieldOfTheValuesName(String spec, String message, String expected) {
        RefineExpect.check(spec.equals("EN") ? CHECKS : PRUEFUNG, message, expected);
    }
}
