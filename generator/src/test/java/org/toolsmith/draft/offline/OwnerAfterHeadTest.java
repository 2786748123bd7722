package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * A field about a person, said with the person after it ("training needs of the employee", "poste du
 * salarié", "necesidades de formación del empleado"), is typed by its own head, not as a person; a name
 * of someone ("name of the approver", "nom du responsable") still is one. "en formation du salarié" is a
 * topic and its owner, not "as a <type>" (phrasing of our own).
 */
class OwnerAfterHeadTest {
    static final AppSpec REVIEWS = RefineFixtures.spec("""
            {"spec": 1, "name": "Appraisals", "entities": [
              {"key": "appraisal", "name": "Appraisal", "plural": "Appraisals", "fields": [
                {"key": "employee", "label": "Employee", "type": "person", "required": true},
                {"key": "held_on", "label": "Held on", "type": "date", "required": true}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "add the training needs of the employee | +appraisal:text",
        "add the job title of the manager | +appraisal:text",
        "add the name of the approver | +appraisal:person",
        "add the phone of the manager | +appraisal:phone",
        "ajoute le poste du salarié | +appraisal:text",
        "il faudrait noter les besoins en formation du salarié | +appraisal:text",
        "ajoute le nom du responsable | +appraisal:person",
        "añade las necesidades de formación del empleado | +appraisal:text",
        "añade el nombre del responsable | +appraisal:person"})
    void the_head_types_the_field(String message, String expected) {
        RefineExpect.check(REVIEWS, message, expected);
    }
}
