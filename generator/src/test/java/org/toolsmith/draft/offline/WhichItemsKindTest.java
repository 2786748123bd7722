package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * A new record kind said by its list, whose items are "which &lt;existing kind&gt;" (a link to that kind),
 * "whether …" (yes/no) and plain fields (session 13, r5), phrasing of our own:
 * "we'd like to track loans: which tool went to which volunteer, the date and whether it came back".
 */
class WhichItemsKindTest {
    private static AppSpec club(String tool, String tools, String vol, String vols, String name, String phone) {
        return RefineFixtures.spec("{\"spec\": 1, \"name\": \"Club\", \"entities\": ["
                + "{\"key\": \"tool\", \"name\": \"" + tool + "\", \"plural\": \"" + tools + "\", \"fields\": [{\"key\": \"name\", \"label\": \"" + name + "\", \"type\": \"text\", \"required\": true}]}, "
                + "{\"key\": \"volunteer\", \"name\": \"" + vol + "\", \"plural\": \"" + vols + "\", \"fields\": [{\"key\": \"name\", \"label\": \"" + name + "\", \"type\": \"text\", \"required\": true}, "
                + "{\"key\": \"phone\", \"label\": \"" + phone + "\", \"type\": \"phone\"}]}]}");
    }

    private static final Map<String, AppSpec> CLUB = Map.of(
            "en", club("Tool", "Tools", "Volunteer", "Volunteers", "Name", "Phone"),
            "fr", club("Outil", "Outils", "Bénévole", "Bénévoles", "Nom", "Téléphone"),
            "es", club("Herramienta", "Herramientas", "Voluntario", "Voluntarios", "Nombre", "Teléfono"),
            "de", club("Werkzeug", "Werkzeuge", "Helfer", "Helfer", "Name", "Telefon"));

    /** Farm: plots are their own kind; sprayings carry the plot as text. */
    private static final AppSpec FARM = RefineFixtures.spec("{\"spec\": 1, \"name\": \"Farm\", \"entities\": ["
            + "{\"key\": \"plot\", \"name\": \"Plot\", \"plural\": \"Plots\", \"fields\": [{\"key\": \"name\", \"label\": \"Name\", \"type\": \"text\", \"required\": true}, "
            + "{\"key\": \"acres\", \"label\": \"Acres\", \"type\": \"decimal\"}]}, "
            + "{\"key\": \"spraying\", \"name\": \"Spraying\", \"plural\": \"Sprayings\", \"fields\": [{\"key\": \"date\", \"label\": \"Date\", \"type\": \"date\", \"required\": true}, "
            + "{\"key\": \"plot\", \"label\": \"Plot\", \"type\": \"text\"}]}]}");

    /** The same farm where the plots are called "Field", a word the matcher of kinds leaves aside. */
    private static final AppSpec FIELDS = RefineFixtures.spec(RefineFixtures.JSON.write(FARM).replace("\"Plot\"", "\"Field\"").replace("\"Plots\"", "\"Fields\""));

    private static Set<String> targets(Entity e) {
        return e.fields().stream().map(Field::target).filter(t -> t != null).collect(Collectors.toSet());
    }

    private static Entity made(AppSpec before, AppSpec after, String why) {
        assertEquals(before.entities().size() + 1, after.entities().size(), why);
        return after.entities().stream().filter(e -> before.entity(e.key()).isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError(why));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | we'd like to track loans: which tool went to which volunteer, the date and whether it came back",
        "en | Hi! We also want to log loans - which tool, which volunteer, the date and whether it was returned.",
        "en | Could you add tool loans? Which tool was lent to which volunteer, the date, and whether it came back damaged.",
        "en | we need to record loans too: which volunteer took which tool, when, and whether it was returned",
        "en | We need loans as well (which tool, which volunteer, date out, whether returned)",
        "en | Please add a way to keep track of loans: which tool went to which volunteer and whether it came back.",
        "en | can we start logging loans? which tool which volunteer and whether it came back ok",
        "en | We'd like to keep usage too: which volunteer used which tool, the date and whether it was cleaned after.",
        "fr | on voudrait suivre les prêts : quel outil à quel bénévole, la date et s'il a été rendu",
        "fr | Bonjour, il faudrait noter les prêts : quel outil, quel bénévole, la date et si l'outil est revenu.",
        "fr | Ajoutez les prêts (quel outil, quel bénévole, date, s'il a été rendu) svp",
        "es | queremos registrar los préstamos: qué herramienta a qué voluntario, la fecha y si la devolvió",
        "es | Hola, hay que anotar los préstamos: qué herramienta, qué voluntario, la fecha y si se devolvió.",
        "es | Añade los préstamos (qué herramienta, qué voluntario, fecha, si se devolvió) por favor",
        "de | wir möchten die Ausleihen festhalten: welches Werkzeug an welchen Helfer ging, das Datum und ob es zurückkam",
        "de | Hallo, wir brauchen auch Ausleihen: welches Werkzeug, welcher Helfer, Datum und ob es zurückgegeben wurde.",
        "de | Bitte Ausleihen ergänzen (welches Werkzeug, welcher Helfer, Datum, ob zurückgegeben).",
    })
    void a_new_kind_links_to_the_kinds_its_which_items_name(String lang, String message) {
        AppSpec before = CLUB.get(lang);
        AppSpec after = RefineFixtures.refine(before, message).spec();
        String why = message + " → " + RefineFixtures.JSON.write(after);
        Entity loan = made(before, after, why);
        assertEquals(Set.of("tool", "volunteer"), targets(loan), why);
        assertTrue(loan.fields().stream().anyMatch(f -> f.type() == org.toolsmith.spec.FieldType.BOOLEAN), why);
        assertTrue(after.entity("tool").orElseThrow().fields().size() == 1
                && after.entity("volunteer").orElseThrow().fields().size() == 2, why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "We need fertiliser applications too - which plot, the date, the product and how many kg per acre.",
        "add fertiliser applications: which plot, date, product, kg per acre",
    })
    void a_which_item_naming_an_existing_kind_is_a_link_not_text(String message) {
        AppSpec after = RefineFixtures.refine(FARM, message).spec();
        String why = message + " → " + RefineFixtures.JSON.write(after);
        Entity made = made(FARM, after, why);
        assertEquals(Set.of("plot"), targets(made), why);
        assertTrue(made.fields().size() >= 4, why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Can we add seed orders - which field, the seed, the date and how many bags?",
    })
    void which_field_names_the_kind_field(String message) {
        AppSpec after = RefineFixtures.refine(FIELDS, message).spec();
        String why = message + " → " + RefineFixtures.JSON.write(after);
        assertEquals(Set.of("plot"), targets(made(FIELDS, after, why)), why);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | add which volunteer delivered it to the tool",
        "en | on tools we need to know which volunteer and which day",
        "de | beim Werkzeug brauchen wir noch, welcher Helfer und welcher Tag",
    })
    void which_on_an_existing_kind_makes_no_kind(String lang, String message) {
        AppSpec before = CLUB.get(lang);
        AppSpec after = RefineFixtures.refine(before, message).spec();
        assertEquals(2, after.entities().size(), message + " → " + RefineFixtures.JSON.write(after));
    }
}
