package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * A record kind dropped, its information kept as plain text on the kind that pointed to it ({@link KindToField},
 * session 10, r6). Phrasing of our own (workshop jobs and their mechanics), four languages. Must not fire: a field of
 * the pointing kind removed, a field of the kind itself removed.
 */
class KindToFieldTest {
    private static final Map<String, AppSpec> SPECS = Map.of(
            "en", spec("mechanic", "Mechanic", "Mechanics", "job", "Job", "Jobs", "Mechanic"),
            "fr", spec("mecanicien", "Mécanicien", "Mécaniciens", "intervention", "Intervention", "Interventions", "Mécanicien"),
            "es", spec("mecanico", "Mecánico", "Mecánicos", "trabajo", "Trabajo", "Trabajos", "Mecánico"),
            "de", spec("mechaniker", "Mechaniker", "Mechaniker", "auftrag", "Auftrag", "Aufträge", "Mechaniker"));

    private static AppSpec spec(String key, String name, String plural, String jobKey, String job, String jobs, String label) {
        return RefineFixtures.spec("{\"spec\": 1, \"name\": \"Workshop\", \"entities\": [{\"key\": \"" + key + "\", \"name\": \"" + name + "\", \"plural\": \"" + plural
                + "\", \"fields\": [{\"key\": \"name\", \"label\": \"Name\", \"type\": \"text\", \"required\": true}, {\"key\": \"phone\", \"label\": \"Phone\", \"type\": \"phone\"}]},"
                + " {\"key\": \"" + jobKey + "\", \"name\": \"" + job + "\", \"plural\": \"" + jobs + "\", \"fields\": [{\"key\": \"" + key + "\", \"label\": \"" + label
                + "\", \"type\": \"reference\", \"target\": \"" + key + "\"}, {\"key\": \"hours\", \"label\": \"Hours\", \"type\": \"decimal\"}, {\"key\": \"plate\", \"label\": \"Plate\", \"type\": \"text\"}]}]}");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | We don't want a separate mechanics table after all, just type the mechanic's name on each job",
        "en | Drop the Mechanics list; the mechanic can just be a name on the job.",
        "en | No need for a mechanics table any more - put the mechanic's name as free text on the job.",
        "en | We don't need mechanics as a separate list, the mechanic can be typed in on each job.",
        "en | Get rid of the Mechanic list and just write the mechanic on the job as text.",
        "en | Delete Mechanics. Just type the mechanic's name into the job instead.",
        "en | Mechanics don't need their own list, let people type in who did the job.",
        "en | Lose the mechanics table and make mechanic a plain text field on jobs.",
        "fr | Finalement pas de fiche mécanicien à part, on écrit le nom du mécanicien sur chaque intervention.",
        "fr | On n'a plus besoin de la liste des mécaniciens : il suffit de taper le nom dans l'intervention.",
        "fr | Supprimez les mécaniciens, le mécanicien sera juste un texte saisi sur l'intervention.",
        "fr | Enlève la table Mécaniciens, on écrira le mécanicien en texte libre.",
        "es | Al final no queremos una tabla de mecánicos aparte, que se escriba el nombre del mecánico en cada trabajo.",
        "es | Quita la lista de mecánicos; el mecánico se escribe como texto en cada trabajo.",
        "es | Borra los mecánicos, el nombre del mecánico se teclea a mano en el trabajo.",
        "es | Ya no necesitamos la ficha de mecánicos, basta con escribir el nombre en el trabajo.",
        "de | Die Mechanikerliste brauchen wir doch nicht, der Mechaniker soll einfach als Text im Auftrag stehen.",
        "de | Mechaniker bitte löschen, den Mechaniker tragen wir einfach als Namen beim Auftrag ein.",
        "de | Wir brauchen keine eigene Mechaniker-Tabelle mehr, der Mechaniker wird als Freitext im Auftrag eingetragen.",
        "de | Die Tabelle Mechaniker kann weg, wir schreiben den Namen direkt in den Auftrag.",
    })
    void drops_the_kind_and_keeps_the_link_as_text(String lang, String message) {
        AppSpec before = SPECS.get(lang);
        Entity kind = before.entities().get(0);
        Entity job = before.entities().get(1);
        AppSpec after = RefineFixtures.refine(before, message).spec();
        assertNull(after.entity(kind.key()).orElse(null), "the kind goes");
        Entity j = after.entity(job.key()).orElseThrow();
        Field f = j.fields().stream().filter(x -> x.key().equals(kind.key())).findFirst().orElse(null);
        assertNotNull(f, "the link field stays: " + j.fields());
        assertEquals(FieldType.TEXT, f.type());
        assertEquals(job.fields().size(), j.fields().size(), "nothing else added: " + j.fields());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | Nobody keeps the mechanics table up to date. Let's just type the mechanic's name on each job. Also add a notes field to jobs.",
        "fr | Personne ne tient la liste des mécaniciens à jour, on écrira le nom du mécanicien sur l'intervention. Ajoute aussi un champ remarques aux interventions.",
        "de | Die Mechanikerliste pflegt keiner, wir tippen den Mechaniker einfach beim Auftrag ein. Außerdem brauchen wir beim Auftrag ein Feld Bemerkung.",
    })
    void reads_the_rest_of_the_message(String lang, String message) {
        AppSpec before = SPECS.get(lang);
        AppSpec after = RefineFixtures.refine(before, message).spec();
        assertNull(after.entity(before.entities().get(0).key()).orElse(null), "the kind goes");
        Entity j = after.entity(before.entities().get(1).key()).orElseThrow();
        assertEquals(FieldType.TEXT, j.fields().get(0).type());
        assertEquals(before.entities().get(1).fields().size() + 1, j.fields().size(), "the note is added: " + j.fields());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | Remove the mechanic field from jobs.",
        "en | Remove the mechanic's phone field, they can just type it in as text.",
        "fr | Supprime le champ mécanicien des interventions.",
        "es | Quita el campo mecánico del trabajo.",
        "de | Entferne das Feld Mechaniker aus dem Auftrag.",
    })
    void keeps_the_kind_when_a_field_goes(String lang, String message) {
        AppSpec before = SPECS.get(lang);
        AppSpec after = RefineFixtures.refine(before, message).spec();
        assertNotNull(after.entity(before.entities().get(0).key()).orElse(null), "the kind stays");
    }
}
