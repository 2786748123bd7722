package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineEachLinkTest.PRINT;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Removals, renames, flags and choice values said in the ways people write them, and fields named
 * in passing that must stay as they were. Phrasing of our own.
 */
class RefineAsidesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "for the paper, add 'Tabloid' and remove Letter | job.paper[A4;A3;Tabloid]",
        "add the finish 'Soft touch' | job.finish[Gloss;Matte;Laminated;Soft touch]",
        "we no longer offer laminated finishes | job.finish[Gloss;Matte]",
        "We don't print on A3 anymore, so take it off the paper list | job.paper[A4;Letter]",
        "the Down status isn't used, remove it | press.status[Running;Idle]",
        "paper sizes: A4, A5 or Letter from now on | job.paper[A4;A5;Letter]"})
    void choice_values(String message, String expected) {
        RefineExpect.check(PRINT, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "add a proof date right after the due date | +job:date:Proof",
        "besides the copies, add a late fee | +job:money:Late fee",
        "when a job is late we want to know what it cost us - add an extra cost | +job:money",
        "We stopped taking rush orders, so delete the rush box | -job.rush"})
    void fields_named_in_passing_stay(String message, String expected) {
        RefineExpect.check(PRINT, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The customer is mandatory and the copies too | job.customer! & job.copies!",
        "operators keep forgetting the due date | job.due!",
        "make sure copies can't be left empty | job.copies!",
        "La fecha de entrega tiene que ser obligatoria | job.due!",
        "The rush tick box is really 'Express' | job.rush~Express",
        "Change the Notes label to Instructions | job.notes~Instructions",
        "Bitte Notes in Hinweise umbenennen | job.notes~Hinweise",
        "Notes brauchen wir nicht | -job.notes",
        "The notes - weg damit | -job.notes"})
    void flags_renames_removals(String message, String expected) {
        RefineExpect.check(PRINT, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Add B5 to the paper sizes and Satin to the finishes | job.paper[A4;A3;Letter;B5] & job.finish[Gloss;Matte;Laminated;Satin]",
        "add Satin and Velvet finishes | job.finish[Gloss;Matte;Laminated;Satin;Velvet]",
        "the paper sizes should be A4 / A5 / Letter | job.paper[A4;A5;Letter]",
        "We discontinued Letter last spring | job.paper[A4;A3]",
        "'Notes' should become 'Operator instructions' | job.notes~Operator instructions",
        "Les notes, on ne les lit jamais : supprime-les | -job.notes",
        "Las notas no las necesitamos, bórralas | -job.notes",
        "Die Notes müssen nicht sein | -job.notes",
        "Füge beim Paper noch B4 hinzu | job.paper[A4;A3;Letter;B4]",
        "On ne remplit plus les notes ni le client | -job.notes & -job.customer",
        "Le champ Notes devrait plutôt s'appeler Consignes | job.notes~Consignes",
        "Copies soll Pflicht sein, der Customer auch | job.copies! & job.customer!",
        "We stopped offering Laminated finishes altogether | job.finish[Gloss;Matte]",
        "Add Tabloid as a paper and move the big jobs to the other press - so drop A3 as a paper | job.paper[A4;Letter;Tabloid]",
        "A customer must always be picked | job.customer!"})
    void said_other_ways(String message, String expected) {
        RefineExpect.check(PRINT, message, expected);
    }
}
