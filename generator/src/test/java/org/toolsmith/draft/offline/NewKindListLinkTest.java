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
 * A new list of records asked in an edit, with who each one belongs to said beside its fields rather than in front of
 * them (session 19, r3; {@code KindOwnerTail}, {@code RefineKindSentence}): "…: date and weight, each linked to its
 * customer", "…, chacune rattachée à un client", "…, cada una vinculada a un cliente", "… – jeweils zu einem Kunden",
 * "pro Maschine das Prüfdatum …", and "a schedule of / un planning des / un calendario de / ein Protokoll der" forms.
 * The new kind gets the fields and a reference to the owner; the owner keeps its fields. Phrasing of our own.
 */
class NewKindListLinkTest {
    private static AppSpec depot(String customer, String customers, String machine, String machines, String name, String serial) {
        return RefineFixtures.spec("{\"spec\": 1, \"name\": \"Depot\", \"entities\": ["
                + "{\"key\": \"customer\", \"name\": \"" + customer + "\", \"plural\": \"" + customers + "\", \"fields\": [{\"key\": \"name\", \"label\": \"" + name + "\", \"type\": \"text\", \"required\": true}]}, "
                + "{\"key\": \"machine\", \"name\": \"" + machine + "\", \"plural\": \"" + machines + "\", \"fields\": [{\"key\": \"serial\", \"label\": \"" + serial + "\", \"type\": \"text\"}]}]}");
    }

    private static final Map<String, AppSpec> DEPOT = Map.of(
            "en", depot("Customer", "Customers", "Machine", "Machines", "Name", "Serial number"),
            "fr", depot("Client", "Clients", "Machine", "Machines", "Nom", "Numéro de série"),
            "es", depot("Cliente", "Clientes", "Máquina", "Máquinas", "Nombre", "Número de serie"),
            "de", depot("Kunde", "Kunden", "Maschine", "Maschinen", "Name", "Seriennummer"));

    private static Set<String> targets(Entity e) {
        return e.fields().stream().map(Field::target).filter(t -> t != null).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "en | customer | we also need a list of deliveries: date, driver and weight, each linked to its customer",
        "en | machine | I'd like to record inspections (date, inspector and result), each belonging to a machine",
        "en | customer | we want to keep parcels - tracking number, weight and the state they arrived in (fine, dented, soaked) - each one attached to its customer",
        "en | machine | please add a schedule of services: date and technician, each tied to a machine",
        "fr | customer | on voudrait suivre les livraisons : la date, le chauffeur et le poids, chacune rattachée à un client",
        "fr | machine | ajoute une liste des pannes : la date, la description et le coût, chacune liée à une machine",
        "fr | machine | on voudrait un planning des révisions : la date, la machine et le technicien",
        "es | customer | queremos registrar las entregas: fecha, conductor y peso, cada una vinculada a un cliente",
        "es | machine | añade una lista de averías: fecha, descripción y coste, cada una asociada a una máquina",
        "de | customer | Wir wollen die einzelnen Lieferungen festhalten: Datum, Fahrer und Gewicht – jeweils zu einem Kunden.",
        "de | machine | Wir müssen die Prüfungen erfassen: pro Maschine das Prüfdatum und das Ergebnis.",
        "de | machine | Bitte eine Liste der Störungen anlegen: Datum, Beschreibung und Kosten, jeweils einer Maschine zugeordnet.",
        // session 25: the participles of assigning and "belongs to", after any head that makes the kind (GermanFrames' too)
        "en | machine | please set up a table of repairs: date and cost, each one allocated to a machine",
        "fr | machine | il faut une liste des réparations : date et coût, chacune attribuée à une machine",
        "es | machine | necesitamos una lista de reparaciones: fecha y coste, cada una adscrita a una máquina",
        "de | machine | Bitte eine Tabelle der Reparaturen anlegen: Datum und Kosten, die jeweils zu einer Maschine gehören.",
        "de | customer | Wir bräuchten noch Rechnungen mit Nummer und Betrag, jeweils einem Kunden zugewiesen.",
        "de | machine | Lege eine neue Tabelle Reparaturen an, mit Datum und Kosten, jeweils mit einer Maschine verknüpft.",
    })
    void the_new_kind_refers_to_its_owner(String lang, String owner, String message) {
        assertTrue(madeWithOwner(lang, owner, message).fields().size() >= 3, message);
    }

    /** French and Spanish put the head first: "les contrôles techniques" made, then "chaque contrôle" links it (RefineEachLink.named). */
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "fr | customer | il faut gérer les contrôles techniques : la date et le résultat. Chaque contrôle est fait pour un client.",
        "es | machine | queremos registrar las revisiones técnicas: fecha y resultado. Cada revisión se hace en una máquina.",
    })
    void a_kind_made_here_is_named_by_its_head_word(String lang, String owner, String message) {
        madeWithOwner(lang, owner, message);
    }

    /** The one kind the message made, after checking it refers to the owner and the kinds before it kept their fields. */
    private static Entity madeWithOwner(String lang, String owner, String message) {
        AppSpec before = DEPOT.get(lang);
        AppSpec after = RefineFixtures.refine(before, message).spec();
        String why = message + " → " + RefineFixtures.JSON.write(after);
        assertEquals(before.entities().size() + 1, after.entities().size(), why);
        Entity made = after.entities().get(after.entities().size() - 1);
        assertEquals(Set.of(owner), targets(made), why);
        for (Entity old : before.entities()) {
            assertEquals(old.fields(), after.entity(old.key()).orElseThrow().fields(), why);
        }
        return made;
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | add a delivery date and a weight to each customer",
        "en | each customer is linked to a machine",
        "en | the customer needs a phone and an email, each one required",
        "fr | ajoute la date de livraison et le poids au client",
        "fr | chaque client est rattaché à une machine",
        "es | añade fecha de entrega y peso a cada cliente",
        "es | cada cliente está vinculado a una máquina",
        "de | Ergänze beim Kunden Lieferdatum und Gewicht",
        "de | jeder Kunde ist einer Maschine zugeordnet",
    })
    void no_new_kind_when_none_is_asked(String lang, String message) {
        AppSpec after = RefineFixtures.refine(DEPOT.get(lang), message).spec(); // read, not refused
        assertEquals(DEPOT.get(lang).entities().size(), after.entities().size(), message + " → " + RefineFixtures.JSON.write(after));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | we also need a list of deliveries: date, driver and weight, each linked to its depot",
        "fr | ajoute une liste des pannes : la date, la description et le coût, par semaine",
        "en | please set up a table of repairs: date and cost, each one allocated to a depot",
        "de | Wir bräuchten noch Rechnungen mit Nummer und Betrag, jeweils einem Lager zugewiesen.",
    })
    // Not a row: "Wir müssen die Prüfungen erfassen: pro Woche das Prüfdatum und das Ergebnis." (no kind "Woche") is read
    // as a choice "Prüfungen hinzufügen" whose options are the two field phrases, a known defect (docs/offline-refining.md,
    // session 20 review) that this test hid while it let any refusal or answer pass.
    void an_owner_that_is_no_kind_links_nothing(String lang, String message) {
        AppSpec after = RefineFixtures.refine(DEPOT.get(lang), message).spec(); // the list is made, without a link
        String why = message + " → " + RefineFixtures.JSON.write(after);
        assertEquals(DEPOT.get(lang).entities().size() + 1, after.entities().size(), why);
        for (Entity e : after.entities()) {
            assertEquals(Set.of(), targets(e), why);
        }
    }
}
