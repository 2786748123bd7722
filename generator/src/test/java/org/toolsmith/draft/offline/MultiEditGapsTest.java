package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * One message, two or three edits whose second part leaves out what the first said: the verb said once for two kinds
 * ({@link KindGaps}: "the projects need a start date, and the tasks an assignee"), a rename followed by another field
 * ({@link RenameGaps}: "rename Budget to Cost, and Notes to Remarks"), a second thing to add after "plus", "et aussi",
 * "y también" ({@link AlsoAdds}), one "should be" for two fields and "y que … sea obligatorio" ({@link CopulaGaps}).
 */
class MultiEditGapsTest {
    private static final AppSpec EN = RefineFixtures.spec("""
            {"spec": 1, "name": "Projects", "entities": [
              {"key": "project", "name": "Project", "plural": "Projects", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "budget", "label": "Budget", "type": "money"},
                {"key": "stage", "label": "Stage", "type": "choice", "options": ["Idea", "Running", "Done"]},
                {"key": "notes", "label": "Notes", "type": "long_text"}]},
              {"key": "task", "name": "Task", "plural": "Tasks", "fields": [
                {"key": "title", "label": "Title", "type": "text", "required": true},
                {"key": "due_date", "label": "Due date", "type": "date"},
                {"key": "hours", "label": "Hours", "type": "decimal"},
                {"key": "owner", "label": "Owner", "type": "text"}]}]}
            """);
    private static final AppSpec FR = RefineFixtures.spec("""
            {"spec": 1, "name": "Projets", "entities": [
              {"key": "project", "name": "Projet", "plural": "Projets", "fields": [
                {"key": "name", "label": "Nom", "type": "text", "required": true},
                {"key": "budget", "label": "Budget", "type": "money"},
                {"key": "stage", "label": "Phase", "type": "choice", "options": ["Idée", "En cours", "Terminé"]},
                {"key": "notes", "label": "Notes", "type": "long_text"}]},
              {"key": "task", "name": "Tâche", "plural": "Tâches", "fields": [
                {"key": "title", "label": "Titre", "type": "text", "required": true},
                {"key": "due_date", "label": "Échéance", "type": "date"},
                {"key": "hours", "label": "Heures", "type": "decimal"},
                {"key": "owner", "label": "Responsable", "type": "text"}]}]}
            """);
    private static final AppSpec ES = RefineFixtures.spec("""
            {"spec": 1, "name": "Proyectos", "entities": [
              {"key": "project", "name": "Proyecto", "plural": "Proyectos", "fields": [
                {"key": "name", "label": "Nombre", "type": "text", "required": true},
                {"key": "budget", "label": "Presupuesto", "type": "money"},
                {"key": "stage", "label": "Fase", "type": "choice", "options": ["Idea", "En marcha", "Cerrado"]},
                {"key": "notes", "label": "Notas", "type": "long_text"}]},
              {"key": "task", "name": "Tarea", "plural": "Tareas", "fields": [
                {"key": "title", "label": "Título", "type": "text", "required": true},
                {"key": "due_date", "label": "Vencimiento", "type": "date"},
                {"key": "hours", "label": "Horas", "type": "decimal"},
                {"key": "owner", "label": "Responsable", "type": "text"}]}]}
            """);
    private static final AppSpec DE = RefineFixtures.spec("""
            {"spec": 1, "name": "Projekte", "entities": [
              {"key": "project", "name": "Projekt", "plural": "Projekte", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "budget", "label": "Budget", "type": "money"},
                {"key": "stage", "label": "Phase", "type": "choice", "options": ["Idee", "Laufend", "Fertig"]},
                {"key": "notes", "label": "Notizen", "type": "long_text"}]},
              {"key": "task", "name": "Aufgabe", "plural": "Aufgaben", "fields": [
                {"key": "title", "label": "Titel", "type": "text", "required": true},
                {"key": "due_date", "label": "Fällig am", "type": "date"},
                {"key": "hours", "label": "Stunden", "type": "decimal"},
                {"key": "owner", "label": "Verantwortlich", "type": "text"}]}]}
            """);

    private static AppSpec spec(String lang) {
        return switch (lang) {
            case "fr" -> FR;
            case "es" -> ES;
            case "de" -> DE;
            default -> EN;
        };
    }

    /** Fields added ("+kind.Label:type"), taken away ("-kind.key") or changed ("~kind.key:what"), sorted. */
    private static String changes(AppSpec before, AppSpec after) {
        List<String> out = new ArrayList<>();
        for (Entity old : before.entities()) {
            Entity now = after.entities().stream().filter(e -> e.key().equals(old.key())).findFirst().orElse(null);
            if (now == null) {
                out.add("-" + old.key());
                continue;
            }
            for (Field f : now.fields()) {
                Field was = old.field(f.key()).orElse(null);
                if (was == null) {
                    out.add("+" + old.key() + "." + f.label() + ":" + f.type().name().toLowerCase(java.util.Locale.ROOT));
                    continue;
                }
                if (!was.label().equals(f.label())) {
                    out.add("~" + old.key() + "." + f.key() + ":" + f.label());
                }
                if (was.type() != f.type()) {
                    out.add("~" + old.key() + "." + f.key() + ":" + f.type().name().toLowerCase(java.util.Locale.ROOT));
                }
                if (was.required() != f.required()) {
                    out.add("~" + old.key() + "." + f.key() + ":" + (f.required() ? "required" : "optional"));
                }
                if (!was.options().equals(f.options())) {
                    out.add("~" + old.key() + "." + f.key() + ":" + String.join("/", f.options()));
                }
            }
            old.fields().stream().filter(f -> now.field(f.key()).isEmpty()).forEach(f -> out.add("-" + old.key() + "." + f.key()));
        }
        return String.join(" ", out.stream().sorted().toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Projects need a start date, and tasks need an assignee.                       | +project.Start date:date +task.Assignee:person
            en | Projects need a sponsor, plus every task should have a finish date             | +project.Sponsor:person +task.Finish date:date
            en | add Paused to the stages, and on tasks a finish date                          | +task.Finish date:date ~project.stage:Idea/Running/Done/Paused
            fr | Les projets ont besoin d'une date de début. Les tâches, d'un commentaire.      | +project.Date de début:date +task.Commentaire:long_text
            es | Los proyectos necesitan un patrocinador y las tareas una fecha de inicio.     | +project.Patrocinador:text +task.Fecha de inicio:date
            de | Bei Projekten einen Sponsor ergänzen, bei Aufgaben ein Startdatum.              | +project.Sponsor:text +task.Startdatum:date
            """)
    void one_verb_for_two_kinds(String lang, String message, String expected) {
        AppSpec before = spec(lang);
        assertEquals(expected, changes(before, RefineFixtures.refine(before, message.strip()).spec()), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | rename Budget to Cost, and Notes to Remarks                   | ~project.budget:Cost ~project.notes:Remarks
            en | rename Hours to Time spent and Owner to Assignee              | ~task.hours:Time spent ~task.owner:Assignee
            fr | renomme Heures en Temps passé, et Responsable en Assigné      | ~task.hours:Temps passé ~task.owner:Assigné
            es | renombra Horas a Tiempo dedicado, y Responsable a Asignado    | ~task.hours:Tiempo dedicado ~task.owner:Asignado
            de | benenne Stunden in Aufwand um, und Verantwortlich in Bearbeiter | ~task.hours:Aufwand ~task.owner:Bearbeiter
            """)
    void a_rename_ends_before_the_next_field(String lang, String message, String expected) {
        AppSpec before = spec(lang);
        assertEquals(expected, changes(before, RefineFixtures.refine(before, message.strip()).spec()), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Add Paused to the stages; plus a review date on projects.            | +project.Review date:date ~project.stage:Idea/Running/Done/Paused
            fr | Ajoute Suspendu aux phases, et aussi une date de revue aux projets. | +project.Date de revue:date ~project.stage:Idée/En cours/Terminé/Suspendu
            fr | Merci de rendre le budget obligatoire et d'ajouter un sponsor aux projets. | +project.Sponsor:text ~project.budget:required
            es | Añade Pausado a las fases, y que el presupuesto sea obligatorio.   | ~project.budget:required ~project.stage:Idea/En marcha/Cerrado/Pausado
            en | The hours should be a whole number and the owner a person.         | ~task.hours:integer ~task.owner:person
            es | Las horas deben ser un número entero y el responsable una persona. | ~task.hours:integer ~task.owner:person
            de | Stunden soll eine ganze Zahl sein und Verantwortlich eine Person.   | ~task.hours:integer ~task.owner:person
            """)
    void the_second_part_gets_the_verb_again(String lang, String message, String expected) {
        AppSpec before = spec(lang);
        assertEquals(expected, changes(before, RefineFixtures.refine(before, message.strip()).spec()), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Rename Budget to Cost and make it required.                  | ~project.budget:Cost ~project.budget:required
            en | Tasks need a start date and an end date.                     | +task.End date:date +task.Start date:date
            es | renombra Horas a Tiempo dedicado y haz obligatorio el título   | ~task.hours:Tiempo dedicado
            """)
    void what_says_it_all_stays_as_it_was(String lang, String message, String expected) {
        AppSpec before = spec(lang);
        assertEquals(expected, changes(before, RefineFixtures.refine(before, message.strip()).spec()), message);
    }
}
