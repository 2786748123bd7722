package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * Links said in chat edits (session 28): a thing added with its link said beside it ({@code AddedKindLinked}) and a
 * link between two kinds the app has said in any shape ({@code TwoKindsLink}). Phrasing of our own, a repair workshop in
 * four languages.
 */
class LinkReadersTest {
    private static AppSpec shop(String job, String jobs, String number, String opened, String machine, String machines, String serial) {
        return RefineFixtures.spec("{\"spec\": 1, \"name\": \"Workshop\", \"entities\": ["
                + "{\"key\": \"job\", \"name\": \"" + job + "\", \"plural\": \"" + jobs + "\", \"fields\": ["
                + "{\"key\": \"number\", \"label\": \"" + number + "\", \"type\": \"text\", \"required\": true}, "
                + "{\"key\": \"opened\", \"label\": \"" + opened + "\", \"type\": \"date\"}]}, "
                + "{\"key\": \"machine\", \"name\": \"" + machine + "\", \"plural\": \"" + machines + "\", \"fields\": ["
                + "{\"key\": \"serial\", \"label\": \"" + serial + "\", \"type\": \"text\", \"required\": true}]}]}");
    }

    private static final Map<String, AppSpec> SHOP = Map.of(
            "en", shop("Repair job", "Repair jobs", "Job number", "Opened on", "Machine", "Machines", "Serial"),
            "fr", shop("Réparation", "Réparations", "Numéro", "Ouverte le", "Machine", "Machines", "Numéro de série"),
            "es", shop("Reparación", "Reparaciones", "Número", "Abierta el", "Máquina", "Máquinas", "Número de serie"),
            "de", shop("Reparatur", "Reparaturen", "Auftragsnummer", "Eröffnet am", "Maschine", "Maschinen", "Seriennummer"));

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
        "en | Customer | - | Add a customer (each repair job belongs to one).",
        "en | Workbench | - | we need workbenches too - every repair job belongs to one workbench",
        "en | Warranty plan | Deadline | add a warranty plan (link each repair job to a warranty plan) and a deadline",
        "fr | Atelier | - | Ajoute un atelier ; chaque réparation appartient à un atelier.",
        "fr | Client | Délai | Ajoute un client (chaque réparation est rattachée à un client) et un délai.",
        "es | Taller | - | Añade talleres, cada reparación pertenece a uno.",
        "es | Cliente | Plazo | Añade un cliente (vincula cada reparación a un cliente) y un plazo.",
        "de | Werkstatt | - | Lege Werkstätten an, jede Reparatur gehört zu einer Werkstatt.",
        "de | Kunde | Frist | Füge einen Kunden hinzu (jede Reparatur gehört zu einem Kunden) und eine Frist.",
    })
    void the_thing_added_becomes_a_kind_and_the_link_is_made(String lang, String kind, String more, String message) {
        AppSpec before = SHOP.get(lang);
        AppSpec after = RefineFixtures.refine(before, message).spec();
        String why = message + " → " + RefineFixtures.JSON.write(after);
        assertEquals(3, after.entities().size(), why);
        Entity made = after.entities().get(2);
        assertEquals(kind, made.name(), why);
        Entity job = after.entity("job").orElseThrow();
        assertTrue(job.fields().stream().anyMatch(f -> f.type() == FieldType.REFERENCE && made.key().equals(f.target())), why);
        int added = more.equals("-") ? 1 : 2;
        assertEquals(before.entity("job").orElseThrow().fields().size() + added, job.fields().size(), why);
        if (!more.equals("-")) {
            assertTrue(job.fields().stream().anyMatch(f -> f.label().equalsIgnoreCase(more)), why);
        }
        for (Field f : before.entity("job").orElseThrow().fields()) {
            assertEquals(f, job.field(f.key()).orElseThrow(), why);
        }
        assertEquals(before.entity("machine").orElseThrow().fields(), after.entity("machine").orElseThrow().fields(), why);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | Add a priority (each repair job gets one).",
        "en | add a customer and a deadline to each repair job",
        "en | Add a machine (each repair job belongs to one).",
        "fr | Ajoute une échéance : chaque réparation en a une.",
        "es | Añade un cliente; cada reparación tiene muchos.",
        "de | Füge ein Datum hinzu, jede Reparatur hat eines.",
    })
    void other_additions_are_left_to_the_other_readers(String lang, String message) {
        RefineSession s = new RefineSession(SHOP.get(lang));
        s.lang = Lang.valueOf(lang.toUpperCase(java.util.Locale.ROOT));
        assertEquals(message, AddedKindLinked.take(s, message));
        assertEquals(2, s.spec.entities().size());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | could we also pick the machine on the repair job?",
        "en | Add the machine to the repair job form.",
        "en | Repair jobs: please also store the machine.",
        "fr | Il faudrait aussi la machine sur chaque réparation.",
        "es | ¿Podemos añadir la máquina en cada reparación?",
        "de | Bei jeder Reparatur soll auch die Maschine erfasst werden.",
        "de | Ordne jede Reparatur einer Maschine zu.",
        "de | Bei der Reparatur soll man auch die Maschine auswählen können.",
    })
    void a_link_between_two_kinds_is_made(String lang, String message) {
        RefineSession s = new RefineSession(SHOP.get(lang));
        s.lang = Lang.valueOf(lang.toUpperCase(java.util.Locale.ROOT));
        assertEquals("", TwoKindsLink.take(s, message));
        Entity job = s.spec.entity("job").orElseThrow();
        assertTrue(job.fields().stream().anyMatch(f -> f.type() == FieldType.REFERENCE && "machine".equals(f.target())), message);
        assertEquals(SHOP.get(lang).entity("machine").orElseThrow().fields(), s.spec.entity("machine").orElseThrow().fields(), message);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | each machine has many repair jobs",
        "en | make the machine on repair jobs free text",
        "en | each repair job has machines",
        "en | add the machine serial to each repair job",
        "fr | supprime la machine de chaque réparation",
        "es | cada reparación necesita varias máquinas",
        "de | Die Maschine bei der Reparatur nicht mehr erfassen.",
    })
    void other_messages_are_no_link(String lang, String message) {
        RefineSession s = new RefineSession(SHOP.get(lang));
        s.lang = Lang.valueOf(lang.toUpperCase(java.util.Locale.ROOT));
        assertEquals(message, TwoKindsLink.take(s, message));
        assertEquals(SHOP.get(lang), s.spec);
    }
}
