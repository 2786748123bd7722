package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineFixtures.spec;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/** Links said with any verb, to kinds that exist or that the same message makes. Phrasing of our own. */
class RefineEachLinkTest {
    static final AppSpec PRINT = spec("""
            {"spec": 1, "name": "Print shop", "entities": [
              {"key": "press", "name": "Press", "plural": "Presses", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "status", "label": "Status", "type": "choice", "options": ["Running", "Idle", "Down"]}]},
              {"key": "job", "name": "Job", "plural": "Jobs", "fields": [
                {"key": "title", "label": "Title", "type": "text", "required": true},
                {"key": "customer", "label": "Customer", "type": "text"},
                {"key": "copies", "label": "Copies", "type": "integer"},
                {"key": "paper", "label": "Paper", "type": "choice", "options": ["A4", "A3", "Letter"]},
                {"key": "finish", "label": "Finish", "type": "multi_choice", "options": ["Gloss", "Matte", "Laminated"]},
                {"key": "due", "label": "Due date", "type": "date"},
                {"key": "rush", "label": "Rush", "type": "boolean"},
                {"key": "notes", "label": "Notes", "type": "long_text"}]}]}""");
    static final AppSpec ATELIER = spec("""
            {"spec": 1, "name": "Atelier", "entities": [
              {"key": "machine", "name": "Machine", "plural": "Machines", "fields": [
                {"key": "nom", "label": "Nom", "type": "text", "required": true}]},
              {"key": "intervention", "name": "Intervention", "plural": "Interventions", "fields": [
                {"key": "date", "label": "Date", "type": "date"},
                {"key": "description", "label": "Description", "type": "long_text"}]}]}""");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "each job runs on one press | job>press",
        "jobs should say which press they run on | job>press",
        "Every job is billed to one account; keep an accounts list with name and VAT number | kind Account & job>account",
        "We need a list of accounts with name and VAT number, and every job is billed to one account | kind Account & job>account",
        "each job has a proof date | +job:date:Proof",
        "The customer should be one of the presses instead of typed text | job.customer=reference",
        "One press can print lots of jobs | job>press",
        "Link jobs with presses: each press prints several jobs | job>press"})
    void english(String message, String expected) {
        RefineExpect.check(PRINT, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Chaque intervention porte sur une machine | intervention>machine",
        "Chaque intervention est faite par un technicien : il nous faut une liste des techniciens avec nom et téléphone | kind Technicien & intervention>technicien",
        "Cada intervention se hace en una machine | intervention>machine",
        "Jede Intervention wird einer Machine zugeordnet | intervention>machine",
        "Chaque intervention relève d'un contrat ; crée les contrats avec un numéro et une date de fin | kind Contrat & intervention>contrat",
        "Chaque intervention doit avoir un numéro de bon | +intervention:text",
        "Cada intervention debe tener un técnico responsable | +intervention:person",
        "On n'a plus besoin des machines : supprime-les | -kind machine",
        "Une machine reçoit plusieurs interventions | intervention>machine",
        "Pour les interventions : ajoute une durée en heures | +intervention:decimal",
        "Chaque machine : ajoute un numéro de série | +machine:text",
        "Cada machine tiene varias interventions | intervention>machine"})
    void other_languages(String message, String expected) {
        RefineExpect.check(ATELIER, message, expected);
    }
}
