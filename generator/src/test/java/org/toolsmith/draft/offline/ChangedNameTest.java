package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * A new name said with a verb of changing or becoming ({@link ChangedName}), and "that's what we call it"
 * read as why, not as a name ({@link RefineIntake#WHAT_WE_CALL}). Phrasing of our own (a choir's rehearsals);
 * type changes, flags and choices said the same way stay what they were.
 */
class ChangedNameTest {
    private static final AppSpec CHOIR = RefineFixtures.spec("""
            {"spec": 1, "name": "Choir", "entities": [
              {"key": "rehearsal", "name": "Rehearsal", "plural": "Rehearsals", "fields": [
                {"key": "hall", "label": "Hall", "type": "text", "required": true},
                {"key": "leader", "label": "Leader", "type": "text"},
                {"key": "length", "label": "Length", "type": "integer"},
                {"key": "voice", "label": "Voice", "type": "choice", "options": ["Soprano", "Alto", "Tenor", "Bass"]},
                {"key": "remarks", "label": "Remarks", "type": "text"}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "could 'Leader' be changed to 'Section lead'? | rehearsal.leader~Section lead",
        "can the leader be changed to Section lead, that's what we call it here | rehearsal.leader~Section lead",
        "please change Leader to Section lead | rehearsal.leader~Section lead",
        "the remarks should now be 'Director notes' | rehearsal.remarks~Director notes",
        "remarks should be Director notes, that's the word the singers use | rehearsal.remarks~Director notes",
        "pourriez-vous changer « Leader » en « Chef de pupitre » ? | rehearsal.leader~Chef de pupitre",
        "« Remarks » pourrait devenir « Consignes » | rehearsal.remarks~Consignes",
        "¿podéis cambiar 'Leader' por 'Jefe de cuerda'? | rehearsal.leader~Jefe de cuerda",
        "könnt ihr „Leader“ in „Stimmführer“ ändern? | rehearsal.leader~Stimmführer",
        "aus „Remarks“ bitte „Hinweise“ machen | rehearsal.remarks~Hinweise"})
    void reads_a_new_name_said_as_a_change(String message, String expected) {
        RefineExpect.check(CHOIR, message, expected);
    }

    /** "should be chosen from the staff list" is a person, not a required flag; "must always be chosen" stays required. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the leader should be chosen from the staff directory, not typed | rehearsal.leader=person",
        "the leader must be selected from our employees | rehearsal.leader=person",
        "que el leader se elija de la lista de empleados | rehearsal.leader=person",
        "the leader must always be chosen | rehearsal.leader!"})
    void reads_picked_from_the_staff_as_a_person(String message, String expected) {
        RefineExpect.check(CHOIR, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "change the length to a decimal | rehearsal.length=decimal",
        "the leader should be mandatory | rehearsal.leader!",
        "voice should be Soprano or Alto | rehearsal.voice[Soprano;Alto]",
        "change the remarks to a long text | rehearsal.remarks=long_text"})
    void leaves_types_flags_and_choices_alone(String message, String expected) {
        RefineExpect.check(CHOIR, message, expected);
    }
}
