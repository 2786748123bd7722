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
import org.toolsmith.spec.FieldType;

/**
 * Links and new kinds said with a relative clause after a kind (session 14, r4), phrasing of our own:
 * "every session ought to be tied to the trainer who led it" ({@link LinkRelative}) and "we want to log each
 * refuel we do for a vehicle: date, litres and amount" ({@code RefineKindSentence}, the clause after "each &lt;new kind&gt;").
 */
class RelativeClauseKindsTest {
    /** The sessions are named in full in the spec ("PT session") and by their head word in the messages ("each session"). */
    private static AppSpec gym(String trainer, String trainers, String session, String sessions, String name, String date) {
        return RefineFixtures.spec("{\"spec\": 1, \"name\": \"Gym\", \"entities\": ["
                + "{\"key\": \"trainer\", \"name\": \"" + trainer + "\", \"plural\": \"" + trainers + "\", \"fields\": [{\"key\": \"name\", \"label\": \"" + name + "\", \"type\": \"text\", \"required\": true}]}, "
                + "{\"key\": \"session\", \"name\": \"" + session + "\", \"plural\": \"" + sessions + "\", \"fields\": [{\"key\": \"date\", \"label\": \"" + date + "\", \"type\": \"date\", \"required\": true}]}]}");
    }

    private static final Map<String, AppSpec> GYM = Map.of(
            "en", gym("Trainer", "Trainers", "PT session", "PT sessions", "Name", "Date"),
            "fr", gym("Coach", "Coachs", "Séance de coaching", "Séances de coaching", "Nom", "Date"),
            "es", gym("Entrenador", "Entrenadores", "Sesión de entrenamiento", "Sesiones de entrenamiento", "Nombre", "Fecha"),
            "de", gym("Trainer", "Trainer", "Sitzung", "Sitzungen", "Name", "Datum"));

    private static AppSpec fleet(String vehicle, String vehicles, String plate) {
        return RefineFixtures.spec("{\"spec\": 1, \"name\": \"Fleet\", \"entities\": ["
                + "{\"key\": \"vehicle\", \"name\": \"" + vehicle + "\", \"plural\": \"" + vehicles + "\", \"fields\": [{\"key\": \"plate\", \"label\": \"" + plate + "\", \"type\": \"text\", \"required\": true}]}]}");
    }

    private static final Map<String, AppSpec> FLEET = Map.of(
            "en", fleet("Vehicle", "Vehicles", "Plate"),
            "fr", fleet("Véhicule", "Véhicules", "Immatriculation"),
            "es", fleet("Vehículo", "Vehículos", "Matrícula"),
            "de", fleet("Fahrzeug", "Fahrzeuge", "Kennzeichen"));

    private static Set<String> targets(Entity e) {
        return e.fields().stream().map(Field::target).filter(t -> t != null).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | every session ought to be tied to the trainer who led it",
        "en | Hi, could every session point at the trainer who took it? Payroll needs it.",
        "en | sessions have to be attached to the trainer who delivered them",
        "en | please connect sessions with the trainer who ran them",
        "en | have each session belong to the trainer it was run by",
        "en | link every session to the trainer who taught it, thanks!",
        "en | every session ought to be tied to the trainer who led it - at the moment wages are a mess",
        "fr | chaque séance doit être reliée au coach qui l'a animée",
        "fr | reliez les séances au coach qui les a faites svp",
        "es | cada sesión debe estar vinculada al entrenador que la dio",
        "es | vincula cada sesion con el entrenador que la impartio",
        "de | jede Sitzung gehört zu dem Trainer, der sie geleitet hat",
        "de | verknüpfe jede Sitzung mit dem Trainer, der sie gegeben hat",
    })
    void a_link_said_with_a_relative_clause_after_its_kind(String lang, String message) {
        AppSpec before = GYM.get(lang);
        AppSpec after = RefineFixtures.refine(before, message).spec();
        String why = message + " → " + RefineFixtures.JSON.write(after);
        assertEquals(before.entities().size(), after.entities().size(), why);
        assertEquals(Set.of("trainer"), targets(after.entity("session").orElseThrow()), why);
        assertEquals(1, after.entity("trainer").orElseThrow().fields().size(), why);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | we want to log each refuel we do for a vehicle: date, litres and the amount",
        "en | Can we record every refuel that is made for a vehicle - date, litres, amount?",
        "en | Hello! we'd like to track each refuel our drivers do in a vehicle: the date, litres and amount paid",
        "en | I'd like to keep each refuel we pay for on a vehicle, with the date, the litres and the amount",
        "en | please log every refuel people make on a vehicle (date, litres, amount)",
        "fr | on voudrait noter chaque plein qu'on fait pour un véhicule : date, litres, montant",
        "fr | il faudrait enregistrer chaque plein que les chauffeurs font pour un vehicule : date, litres et montant",
        "es | quiero apuntar cada repostaje que se hace a un vehículo: fecha, litros e importe",
        "es | queremos registrar cada repostaje que hacemos para un vehiculo: la fecha, los litros y el importe",
        "de | wir möchten jede Tankung, die wir für ein Fahrzeug machen, festhalten: Datum, Liter, Betrag",
    })
    void a_new_kind_said_with_each_and_a_relative_clause_links_to_the_kind_it_names(String lang, String message) {
        AppSpec before = FLEET.get(lang);
        AppSpec after = RefineFixtures.refine(before, message).spec();
        String why = message + " → " + RefineFixtures.JSON.write(after);
        assertEquals(2, after.entities().size(), why);
        Entity made = after.entities().stream().filter(e -> !e.key().equals("vehicle")).findFirst().orElseThrow();
        assertEquals(Set.of("vehicle"), targets(made), why);
        assertTrue(made.fields().stream().anyMatch(f -> f.type() == FieldType.DATE), why);
        assertTrue(made.fields().size() >= 4, why);
        assertTrue(made.name().matches("(?i)(refuel|plein|repostaje|tankung)"), why);
        assertEquals(1, after.entity("vehicle").orElseThrow().fields().size(), why);
    }

    /** A relative clause after a kind that is no link, and a link to something that is not a kind. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "each session that runs over an hour should get a notes field",
        "link each session to the room it was held in",
        "for each vehicle we own, add the insurer and the purchase date",
    })
    void no_link_when_the_relative_clause_is_about_something_else(String message) {
        AppSpec before = message.contains("vehicle") ? FLEET.get("en") : GYM.get("en");
        AppSpec after;
        try {
            after = RefineFixtures.refine(before, message).spec();
        } catch (org.toolsmith.draft.DraftException refused) {
            return; // nothing read is nothing linked
        }
        String why = message + " → " + RefineFixtures.JSON.write(after);
        if (message.contains("vehicle")) {
            assertEquals(1, after.entities().size(), why);
            return;
        }
        assertTrue(after.entities().stream().noneMatch(e -> targets(e).contains("trainer")), why);
    }
}
