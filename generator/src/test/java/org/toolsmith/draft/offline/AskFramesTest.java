package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * New fields asked for as a problem of where to write them ({@link AskFrames}), as a yes/no question about a
 * record kind, with the kind the question names ({@link QuestionKind}), a name tidied of when and how it is
 * said and a date that is said with its time ({@link FieldNameTidy}), and measures asked as questions
 * ({@link MeasureQuestion}). Phrasing of our own on a sailing school (boats, courses, sailors); nothing else
 * may change ({@link RefineExpect}).
 */
class AskFramesTest {
    static final AppSpec SAILING = RefineFixtures.spec("""
            {"spec": 1, "name": "Sailing school", "entities": [
              {"key": "course", "name": "Course", "plural": "Courses", "fields": [
                {"key": "title", "label": "Title", "type": "text", "required": true},
                {"key": "start", "label": "Start", "type": "date"},
                {"key": "boat", "label": "Boat", "type": "reference", "target": "boat"},
                {"key": "sailor", "label": "Sailor", "type": "reference", "target": "sailor"}]},
              {"key": "boat", "name": "Boat", "plural": "Boats", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "berths", "label": "Berths", "type": "integer"}]},
              {"key": "sailor", "name": "Sailor", "plural": "Sailors", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "email", "label": "Email", "type": "email"}]}]}
            """);

    static final AppSpec VOILE = RefineFixtures.spec("""
            {"spec": 1, "name": "École de voile", "entities": [
              {"key": "stage", "name": "Stage", "plural": "Stages", "fields": [
                {"key": "titre", "label": "Titre", "type": "text", "required": true},
                {"key": "debut", "label": "Début", "type": "date"},
                {"key": "bateau", "label": "Bateau", "type": "reference", "target": "bateau"}]},
              {"key": "bateau", "name": "Bateau", "plural": "Bateaux", "fields": [
                {"key": "nom", "label": "Nom", "type": "text", "required": true}]},
              {"key": "marin", "name": "Marin", "plural": "Marins", "fields": [
                {"key": "nom", "label": "Nom", "type": "text", "required": true}]}]}
            """);
    static final AppSpec VELA = RefineFixtures.spec("""
            {"spec": 1, "name": "Escuela de vela", "entities": [
              {"key": "curso", "name": "Curso", "plural": "Cursos", "fields": [
                {"key": "titulo", "label": "Título", "type": "text", "required": true},
                {"key": "inicio", "label": "Inicio", "type": "date"},
                {"key": "barco", "label": "Barco", "type": "reference", "target": "barco"}]},
              {"key": "barco", "name": "Barco", "plural": "Barcos", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true}]},
              {"key": "marinero", "name": "Marinero", "plural": "Marineros", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true}]}]}
            """);
    static final AppSpec SEGELN = RefineFixtures.spec("""
            {"spec": 1, "name": "Segelschule", "entities": [
              {"key": "kurs", "name": "Kurs", "plural": "Kurse", "fields": [
                {"key": "titel", "label": "Titel", "type": "text", "required": true},
                {"key": "beginn", "label": "Beginn", "type": "date"},
                {"key": "boot", "label": "Boot", "type": "reference", "target": "boot"}]},
              {"key": "boot", "name": "Boot", "plural": "Boote", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true}]},
              {"key": "segler", "name": "Segler", "plural": "Segler", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true}]}]}
            """);

    private static AppSpec spec(String lang) {
        return switch (lang) {
            case "fr" -> VOILE;
            case "es" -> VELA;
            case "de" -> SEGELN;
            default -> SAILING;
        };
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // where to write it, nowhere to write it, forgetting to write it down
        "en | so where should we note the sail number of each boat? | +boat:text:Sail number",
        "en | there's nowhere to put the sailor's mobile number right now | +sailor:phone:Mobile number",
        "en | instructors always forget to write down the wind strength for each course | +course:text:Wind strength",
        "fr | où est-ce qu'on note le numéro de voile du bateau ? | +bateau:text:Numéro de voile",
        "fr | on oublie souvent de noter la taille de combinaison des marins | +marin:text:Taille de combinaison",
        "fr | il nous manque un endroit pour le certificat médical de chaque marin, en PDF | +marin:file:Certificat médical",
        "es | ¿dónde apunto el puerto base de cada barco? | +barco:text:Puerto base",
        "es | siempre se nos olvida anotar cuántos alumnos van en cada curso | +curso:integer",
        "es | no tenemos sitio para el teléfono de cada marinero | +marinero:phone",
        "de | wo trage ich den Liegeplatz vom Boot ein? | +boot:text:Liegeplatz",
        "de | wir vergessen immer, die Windstärke beim Kurs festzuhalten | +kurs:text:Windstärke",
        "de | kann ein Boot auch ein Foto haben? | +boot:file:Foto"})
    void a_field_asked_as_where_to_write_it_is_added(String lang, String message, String expected) {
        RefineExpect.check(spec(lang), message, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // a yes/no question about a record kind is the yes/no field it asks for, on that kind
        "en | Is the boat seaworthy? The harbour master asks every spring. | +boat:boolean:Seaworthy",
        "fr | Le bateau est-il assuré ? | +bateau:boolean",
        "es | ¿El curso es nocturno? | +curso:boolean",
        "de | Ist der Kurs ausgebucht? | +kurs:boolean",
        // the kind the question names, and a kind in front of a need to know
        "en | Is the sailor a club member? | +sailor:boolean:Club member",
        "de | Wer hat das Boot zuletzt gewartet? Das müssen wir festhalten | +boot:person",
        "fr | Pour les bateaux, il faudrait savoir si le moteur est révisé | +bateau:boolean",
        // a question about a kind, or followed by a sentence saying to record it, is a need to know; "that" adds nothing more
        "en | When exactly was the boat last lifted out? We need that for the insurer. | +boat:datetime",
        "fr | À quelle heure le stage a-t-il fini ? Il faut le noter. | +stage:datetime",
        "es | ¿A qué hora volvió el barco? Hay que apuntarlo | +barco:datetime",
        "de | Um wie viel Uhr ist der Kurs zu Ende gegangen? Das müssen wir festhalten | +kurs:datetime"})
    void a_yes_no_question_about_a_kind_is_a_field_of_that_kind(String lang, String message, String expected) {
        RefineExpect.check(spec(lang), message, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // the name without when or how it is said; the time when the date is said with it
        "en | please add the exact date and time of departure to each course | +course:datetime:Date and time of departure",
        "en | we need to know when exactly the course ended | +course:datetime",
        "fr | on a besoin de savoir à quelle heure le stage a fini | +stage:datetime",
        "de | wir müssen wissen, wann genau der Kurs beendet wurde | +kurs:datetime",
        "en | for sailors please add a link to the blog | +sailor:url:Blog",
        // a measure asked as a question is named by the measure
        "en | we need to know how much each boat weighs | +boat:decimal:Weight",
        "en | for sailors, we need to know how old they are | +sailor:integer:Age",
        // a possessive points back to the kind named before it; a count asked "since how many"
        "fr | pour les bateaux, on a besoin de savoir depuis combien d'années ils naviguent | +bateau:integer:Nombre d'années"})
    void the_name_and_type_are_what_a_person_would_give_the_column(String lang, String message, String expected) {
        RefineExpect.check(spec(lang), message, expected);
    }
}
