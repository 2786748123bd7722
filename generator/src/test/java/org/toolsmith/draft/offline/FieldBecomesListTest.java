package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * A field the spec has (a person picked from the directory, or typed text) replaced by a list of its own to pick from
 * (session 12, r3): {@link FieldToKind} reads a person field when no text field is named, and
 * {@link PickFromList#merge} turns the field the kind had into the link when the readers made a second one of the same
 * name. Phrasing of our own (cleaning jobs), four languages. Must not fire: a list of another kind linked anew, the
 * person field kept as it is, a field removed.
 */
class FieldBecomesListTest {
    private static final Map<String, AppSpec> SPECS = Map.of(
            "en", spec("job", "Job", "Jobs", "title", "Title", "cleaner", "Cleaner", "supplier", "Supplier"),
            "fr", spec("intervention", "Intervention", "Interventions", "titre", "Titre", "nettoyeur", "Nettoyeur", "fournisseur", "Fournisseur"),
            "es", spec("trabajo", "Trabajo", "Trabajos", "titulo", "Título", "limpiador", "Limpiador", "proveedor", "Proveedor"),
            "de", spec("auftrag", "Auftrag", "Aufträge", "titel", "Titel", "reiniger", "Reiniger", "lieferant", "Lieferant"));

    /** One kind with a title, a person field and a text field, and a date. */
    private static AppSpec spec(String key, String name, String plural, String title, String titleLabel, String person, String personLabel,
            String text, String textLabel) {
        return RefineFixtures.spec("{\"spec\": 1, \"name\": \"Cleaning\", \"entities\": [{\"key\": \"" + key + "\", \"name\": \"" + name + "\", \"plural\": \""
                + plural + "\", \"fields\": [{\"key\": \"" + title + "\", \"label\": \"" + titleLabel + "\", \"type\": \"text\", \"required\": true}, "
                + "{\"key\": \"" + person + "\", \"label\": \"" + personLabel + "\", \"type\": \"person\"}, "
                + "{\"key\": \"" + text + "\", \"label\": \"" + textLabel + "\", \"type\": \"text\"}, "
                + "{\"key\": \"date\", \"label\": \"Date\", \"type\": \"date\"}]}]}");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | Most of our cleaners come from an agency and aren't in the staff directory. Could we keep our own list of cleaners (name, agency, phone) and have the Cleaner field on jobs pick from it instead? | job | cleaner",
        "en | we need a proper suppliers list (name, email, phone) and the supplier on each job should be chosen from that list | job | supplier",
        "en | Can we add a list of cleaners with name, agency and phone? Then the Cleaner on the job links to one of them. | job | cleaner",
        "en | Suppliers get typed differently every time. Please make a separate supplier table (name, contact email) and let jobs point to a supplier from it. | job | supplier",
        "en | Add cleaners as their own records (name, agency, phone number) and make each job's cleaner one of those. | job | cleaner",
        "en | hi team, cleaners aren't staff so the directory doesn't have them. We'd like a separate cleaners register with name, agency, phone - and the job's Cleaner should be picked from it. | job | cleaner",
        "fr | La plupart de nos agents de nettoyage viennent d'une agence. On peut avoir notre propre liste de nettoyeurs (nom, agence, téléphone) et que le champ Nettoyeur des interventions pioche dedans ? | intervention | nettoyeur",
        "fr | Bonjour, il nous faudrait une vraie liste des fournisseurs (nom, email, telephone) et le fournisseur de chaque intervention devrait etre choisi dans cette liste. | intervention | fournisseur",
        "fr | Pouvez-vous ajouter une liste de nettoyeurs avec nom, agence et téléphone ? Le nettoyeur d'une intervention serait alors choisi parmi eux. | intervention | nettoyeur",
        "fr | Les fournisseurs sont tapés à la main, faites-en une table à part (nom, email) et reliez chaque intervention à un fournisseur. | intervention | fournisseur",
        "fr | On voudrait gérer nos nettoyeurs à part : nom, agence, téléphone. Le champ Nettoyeur de l'intervention doit pointer vers cette liste. | intervention | nettoyeur",
        "fr | Ajoutez une fiche pour chaque fournisseur (nom, email, téléphone) et que le fournisseur de l'intervention soit sélectionné dans la liste. | intervention | fournisseur",
        "es | La mayoría de los limpiadores vienen de una agencia. ¿Podemos tener nuestra propia lista de limpiadores (nombre, agencia, teléfono) y que el campo Limpiador de los trabajos se elija de esa lista? | trabajo | limpiador",
        "es | Hola, necesitamos una lista propia de proveedores (nombre, email, teléfono) y que el proveedor de cada trabajo se elija de esa lista. | trabajo | proveedor",
        "es | ¿Podéis añadir una tabla de limpiadores con nombre, agencia y teléfono? El limpiador del trabajo debería ser uno de ellos. | trabajo | limpiador",
        "es | Los proveedores se escriben a mano y cada uno lo pone distinto, haced una tabla aparte de proveedores (nombre, email) y que cada trabajo apunte a un proveedor. | trabajo | proveedor",
        "es | Los limpiadores son de agencia y no están en el directorio: queremos una tabla propia de limpiadores con nombre, agencia y teléfono, y elegir el limpiador del trabajo de ahí. | trabajo | limpiador",
        "es | hola, el limpiador de cada trabajo deberia salir de una lista aparte de limpiadores (nombre, agencia, telefono). | trabajo | limpiador",
        "de | Hallo, wir brauchen eine eigene Lieferantenliste (Name, E-Mail, Telefon), und der Lieferant im Auftrag soll aus dieser Liste ausgewählt werden. | auftrag | lieferant",
        "de | Könnt ihr eine Tabelle Reiniger mit Name, Agentur und Telefon anlegen? Der Reiniger eines Auftrags soll dann einer davon sein. | auftrag | reiniger",
        "de | Lieferanten werden jedes Mal anders getippt. Bitte eine eigene Tabelle Lieferanten (Name, E-Mail) und jeden Auftrag mit einem Lieferanten verknüpfen. | auftrag | lieferant",
        "de | Unsere Reiniger sind meist Leihkräfte. Bitte eine eigene Reinigerliste mit Name, Agentur und Telefon, und der Reiniger im Auftrag soll daraus gewählt werden. | auftrag | reiniger",
        "de | Der Reiniger im Auftrag sollte aus einer eigenen Tabelle kommen (Name, Agentur, Handy), nicht aus dem Mitarbeiterverzeichnis. | auftrag | reiniger",
        "de | Hallo zusammen, wir brauchen eine richtige Liste der Reiniger: Name, Agentur, Telefon. Im Auftrag wählt man dann den Reiniger aus dieser Liste. | auftrag | reiniger",
    })
    void the_field_the_kind_had_becomes_the_link(String lang, String message, String owner, String field) {
        AppSpec before = SPECS.get(lang);
        AppSpec after = after(lang, message);
        String why = message + " → " + RefineFixtures.JSON.write(after);
        Entity made = after.entities().stream().filter(e -> before.entity(e.key()).isEmpty()).findFirst().orElse(null);
        assertNotNull(made, why);
        assertTrue(made.fields().size() >= 2, why);
        Field link = RefineFixtures.field(after, owner, field);
        assertEquals(FieldType.REFERENCE, link.type(), why);
        assertEquals(made.key(), link.target(), why);
        Entity holder = after.entity(owner).orElseThrow();
        assertEquals(1, holder.fields().stream().filter(f -> f.label().equalsIgnoreCase(link.label())).count(), why);
        assertEquals(before.entity(owner).orElseThrow().fields().size(), holder.fields().size(), why);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | Please add a list of agencies (name, phone) and link each job to an agency. | job | cleaner",
        "en | Add a list of cleaners (name, phone) but keep the Cleaner field on jobs as it is. | job | cleaner",
        "en | Add a new list of agencies (name, phone). The cleaner on the job stays a person from the directory. | job | cleaner",
        "fr | Ajoutez une liste d'agences (nom, téléphone) et reliez chaque intervention à une agence. | intervention | nettoyeur",
        "es | Añadid una lista de agencias (nombre, teléfono) y vinculad cada trabajo a una agencia. | trabajo | limpiador",
        "de | Bitte eine Liste der Agenturen (Name, Telefon) anlegen und jeden Auftrag mit einer Agentur verknüpfen. | auftrag | reiniger",
    })
    void a_new_kind_beside_the_field_leaves_it_a_person(String lang, String message, String owner, String field) {
        AppSpec after = after(lang, message);
        assertEquals(FieldType.PERSON, RefineFixtures.field(after, owner, field).type(), message + " → " + RefineFixtures.JSON.write(after));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | Remove the supplier field from jobs. | job | supplier",
        "de | Das Feld Lieferant im Auftrag bitte löschen. | auftrag | lieferant",
    })
    void a_field_removed_is_not_a_kind(String lang, String message, String owner, String field) {
        AppSpec after = after(lang, message);
        String why = message + " → " + RefineFixtures.JSON.write(after);
        assertEquals(SPECS.get(lang).entities().size(), after.entities().size(), why);
        assertTrue(after.entity(owner).orElseThrow().field(field).isEmpty(), why);
    }

    private static AppSpec after(String lang, String message) {
        return RefineFixtures.refine(SPECS.get(lang), message).spec();
    }
}
