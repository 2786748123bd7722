package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * Option lists and yes/no boxes said in ways the readers misread (session 10, r2). Phrasing of our own (a dog kennel):
 * <ul>
 * <li>"the sizes are called differently here, namely …" is the whole value set ({@link WholeValueSet}), also after a
 * word for the kind of value ("size grades", "niveaux de …", "Größenstufen"); a single new name stays a rename;</li>
 * <li>"…, yes or no?" is a yes/no question, never two more values of the choice spoken of before;</li>
 * <li>a value that could start an edit ("Retire", "Remove") in a list after a colon or dash stays a value
 * ({@link RefineSplitter}); a real edit after the list ("…, remove the remarks") is still cut off;</li>
 * <li>a tick box replaced by a choice with values is that box changed ({@link TickBoxToChoice}); a box dropped beside a
 * choice added with no word of replacing stays dropped.</li>
 * </ul>
 */
class ChoiceSetSaidTest {
    private static final AppSpec KENNEL = RefineFixtures.spec("""
            {"spec": 1, "name": "Kennel", "entities": [
              {"key": "stay", "name": "Stay", "plural": "Stays", "fields": [
                {"key": "dog", "label": "Dog", "type": "text", "required": true},
                {"key": "size", "label": "Size", "type": "choice", "options": ["Small", "Medium", "Large"]},
                {"key": "insured", "label": "Insured", "type": "boolean"},
                {"key": "arrival", "label": "Arrival", "type": "date"},
                {"key": "remarks", "label": "Remarks", "type": "text"}]}]}
            """);
    private static final AppSpec ZWINGER = RefineFixtures.spec("""
            {"spec": 1, "name": "Zwinger", "entities": [
              {"key": "aufenthalt", "name": "Aufenthalt", "plural": "Aufenthalte", "fields": [
                {"key": "hund", "label": "Hund", "type": "text", "required": true},
                {"key": "groesse", "label": "Größe", "type": "choice", "options": ["Klein", "Mittel", "Groß"]},
                {"key": "versichert", "label": "Versichert", "type": "boolean"},
                {"key": "ankunft", "label": "Ankunft", "type": "date"}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The sizes are called differently for us, namely toy, standard and giant. | stay.size[Toy;Standard;Giant]",
        "Our size grades are named otherwise: toy, standard, giant | stay.size[Toy;Standard;Giant]",
        "Les tailles s'appellent chez nous autrement : mini, moyen, géant. | stay.size[Mini;Moyen;Géant]",
        "Les niveaux de taille sont : mini, moyen, géant | stay.size[Mini;Moyen;Géant]",
        "Los tamaños se llaman de otra forma, a saber: mini, estándar y gigante. | stay.size[Mini;Estándar;Gigante]",
        "The size should be called Build. | stay.size~Build"})
    void reads_the_whole_value_set_said_with_a_naming_verb(String message, String expected) {
        RefineExpect.check(KENNEL, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Die Größen heißen bei uns laut Verband anders, nämlich Zwerg, Mittel und Riese. | aufenthalt.groesse[Zwerg;Mittel;Riese]",
        "Die Größenstufen lauten bei uns: Zwerg, Mittel, Riese. | aufenthalt.groesse[Zwerg;Mittel;Riese]",
        "Statt der Checkbox Versichert hätte ich gern eine Deckung: Basis, Voll, Premium. | aufenthalt.versichert=choice & aufenthalt.versichert[Basis;Voll;Premium]",
        "Die Größe soll Statur heißen. | aufenthalt.groesse~Statur"})
    void reads_german_value_sets_and_boxes(String message, String expected) {
        RefineExpect.check(ZWINGER, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The sizes are called differently for us, namely toy, standard and giant. Also, has the dog been vaccinated, yes or no? | stay.size[Toy;Standard;Giant] & +stay:boolean",
        "The size is fine. Also missing from the sizes: Giant | stay.size[Small;Medium;Large;Giant]"})
    void leaves_a_question_after_the_values_alone(String message, String expected) {
        RefineExpect.check(KENNEL, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Instead of the Insured tick box I'd like a cover level: None, Basic, Full. | stay.insured=choice & stay.insured[None;Basic;Full]",
        "Replace the insured checkbox with a cover: none, basic, full | stay.insured=choice & stay.insured[None;Basic;Full]",
        "Au lieu de la case Insured, je voudrais une couverture : aucune, de base, complète. | stay.insured=choice & stay.insured[Aucune;De base;Complète]",
        "Add a cover: none, basic, full, and drop the insured tick box. | -stay.insured & +stay:choice"})
    void changes_a_tick_box_replaced_by_a_choice(String message, String expected) {
        RefineExpect.check(KENNEL, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the remarks should be a pick list - Calm, Retire, Lively. | stay.remarks=choice & stay.remarks[Calm;Retire;Lively]",
        "the remarks should be a pick list - Calm, Lively, Retire. | stay.remarks=choice & stay.remarks[Calm;Lively;Retire]",
        "« Remarks » devrait être une liste : Calme, Retire, Vif | stay.remarks=choice & stay.remarks[Calme;Retire;Vif]",
        "Remarks debería ser una lista: Tranquilo, Quita, Activo | stay.remarks=choice & stay.remarks[Tranquilo;Quita;Activo]",
        "the remarks should be a pick list: Calm, Lively, drop the arrival | stay.remarks=choice & stay.remarks[Calm;Lively] & -stay.arrival"})
    void keeps_a_value_that_looks_like_a_verb(String message, String expected) {
        RefineExpect.check(KENNEL, message, expected);
    }
}
