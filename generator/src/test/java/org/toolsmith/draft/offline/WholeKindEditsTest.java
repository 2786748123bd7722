package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * Edits on whole record kinds and their links (session 13, r3), phrasing of our own:
 * a kind no longer needed in German ("die Proben brauchen wir nicht mehr", {@link RefineKindRemoval});
 * a list of fields removed from one kind said once at the end ("drop the customer name and phone from the booking",
 * {@link RefineRemovals}: every item goes, "phone" shares "customer");
 * "each one belongs to a customer" / "jedes gehört zu einem Kunden" said of the kind just made, and "each shipment
 * should say which one" / "que cada envío diga a cuál va" linking to it ({@link RefineEachLink}).
 */
class WholeKindEditsTest {
    private static AppSpec choir(String member, String members, String reh, String rehs, String date, String place) {
        return RefineFixtures.spec("{\"spec\": 1, \"name\": \"Choir\", \"entities\": ["
                + "{\"key\": \"member\", \"name\": \"" + member + "\", \"plural\": \"" + members + "\", \"fields\": [{\"key\": \"name\", \"label\": \"Name\", \"type\": \"text\", \"required\": true}]}, "
                + "{\"key\": \"rehearsal\", \"name\": \"" + reh + "\", \"plural\": \"" + rehs + "\", \"fields\": [{\"key\": \"date\", \"label\": \"" + date + "\", \"type\": \"date\", \"required\": true}, "
                + "{\"key\": \"place\", \"label\": \"" + place + "\", \"type\": \"text\"}]}]}");
    }

    private static final Map<String, AppSpec> CHOIR = Map.of(
            "en", choir("Member", "Members", "Rehearsal", "Rehearsals", "Date", "Place"),
            "de", choir("Mitglied", "Mitglieder", "Probe", "Proben", "Datum", "Ort"));

    private static AppSpec shop(String cust, String custs, String appt, String appts, String date, String bike) {
        return RefineFixtures.spec("{\"spec\": 1, \"name\": \"Shop\", \"entities\": ["
                + "{\"key\": \"customer\", \"name\": \"" + cust + "\", \"plural\": \"" + custs + "\", \"fields\": [{\"key\": \"name\", \"label\": \"Name\", \"type\": \"text\", \"required\": true}]}, "
                + "{\"key\": \"appointment\", \"name\": \"" + appt + "\", \"plural\": \"" + appts + "\", \"fields\": [{\"key\": \"date\", \"label\": \"" + date + "\", \"type\": \"date\", \"required\": true}, "
                + "{\"key\": \"bike\", \"label\": \"" + bike + "\", \"type\": \"text\"}]}]}");
    }

    private static final Map<String, AppSpec> SHOP = Map.of(
            "en", shop("Customer", "Customers", "Appointment", "Appointments", "Date", "Bike"),
            "fr", shop("Client", "Clients", "Rendez-vous", "Rendez-vous", "Date", "Vélo"),
            "es", shop("Cliente", "Clientes", "Cita", "Citas", "Fecha", "Bicicleta"),
            "de", shop("Kunde", "Kunden", "Termin", "Termine", "Datum", "Fahrrad"));

    private static AppSpec ship(String s, String ss, String date, String weight) {
        return RefineFixtures.spec("{\"spec\": 1, \"name\": \"Shipments\", \"entities\": ["
                + "{\"key\": \"shipment\", \"name\": \"" + s + "\", \"plural\": \"" + ss + "\", \"fields\": [{\"key\": \"date\", \"label\": \"" + date + "\", \"type\": \"date\", \"required\": true}, "
                + "{\"key\": \"weight\", \"label\": \"" + weight + "\", \"type\": \"decimal\"}]}]}");
    }

    private static final Map<String, AppSpec> SHIP = Map.of(
            "en", ship("Shipment", "Shipments", "Date", "Weight"),
            "fr", ship("Envoi", "Envois", "Date", "Poids"),
            "es", ship("Envío", "Envíos", "Fecha", "Peso"),
            "de", ship("Sendung", "Sendungen", "Datum", "Gewicht"));

    private static final AppSpec BOOKING = RefineFixtures.spec("{\"spec\": 1, \"name\": \"Bookings\", \"entities\": ["
            + "{\"key\": \"booking\", \"name\": \"Booking\", \"plural\": \"Bookings\", \"fields\": [{\"key\": \"customer_name\", \"label\": \"Customer name\", \"type\": \"text\", \"required\": true}, "
            + "{\"key\": \"customer_phone\", \"label\": \"Customer phone\", \"type\": \"phone\"}, {\"key\": \"date\", \"label\": \"Date\", \"type\": \"date\"}, "
            + "{\"key\": \"room\", \"label\": \"Room\", \"type\": \"text\"}, {\"key\": \"notes\", \"label\": \"Notes\", \"type\": \"long_text\"}]}]}");

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "de | Die Proben brauchen wir in der App nicht mehr, die stehen jetzt im Kalender der Gemeinde.",
        "de | Hallo, die Proben benötigen wir hier nicht mehr.",
        "de | Proben brauchen wir ab sofort nicht mehr, das läuft über den Pfarrkalender.",
        "de | Wir brauchen die Proben nicht mehr, danke!",
        "en | We don't need the rehearsals in the app any more, they're in the parish calendar.",
    })
    void a_kind_no_longer_needed_goes(String lang, String message) {
        AppSpec after = RefineFixtures.refine(CHOIR.get(lang), message).spec();
        String why = message + " → " + RefineFixtures.JSON.write(after);
        assertTrue(after.entity("rehearsal").isEmpty(), why);
        assertEquals(1, after.entities().size(), why);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "de | Bei den Proben brauchen wir den Ort nicht mehr.",
        "en | we don't need the place field any more",
    })
    void a_field_no_longer_needed_keeps_the_kind(String lang, String message) {
        AppSpec after = RefineFixtures.refine(CHOIR.get(lang), message).spec();
        String why = message + " → " + RefineFixtures.JSON.write(after);
        assertEquals(2, after.entities().size(), why);
        assertTrue(after.entity("rehearsal").orElseThrow().field("place").isEmpty(), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "drop the customer name and phone from the booking",
        "Please remove the customer name and phone from the booking.",
        "Let's have a proper customer list (name, phone, email), link each booking to a customer, and then drop the customer name and phone from the booking.",
        "Add a customer list with name, phone and email, and then drop the customer name and phone from the booking.",
        "Set up customers as a separate list with name, phone and email. Then delete the customer name and phone from bookings.",
    })
    void every_item_of_a_removal_list_goes_from_the_kind_said_at_its_end(String message) {
        AppSpec after = RefineFixtures.refine(BOOKING, message).spec();
        String why = message + " → " + RefineFixtures.JSON.write(after);
        Entity booking = after.entity("booking").orElseThrow(() -> new AssertionError(why));
        assertTrue(booking.field("customer_name").isEmpty(), why);
        assertTrue(booking.field("customer_phone").isEmpty(), why);
        assertTrue(booking.field("date").isPresent() && booking.field("room").isPresent(), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Please remove the room and the date from the booking.",
    })
    void a_removal_list_of_whole_labels_still_works(String message) {
        AppSpec after = RefineFixtures.refine(BOOKING, message).spec();
        String why = message + " → " + RefineFixtures.JSON.write(after);
        Entity booking = after.entity("booking").orElseThrow(() -> new AssertionError(why));
        assertTrue(booking.field("room").isEmpty() && booking.field("date").isEmpty(), why);
        assertTrue(booking.field("customer_name").isPresent() && booking.field("customer_phone").isPresent(), why);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | Bikes as their own table please (brand, model, frame number), each one belongs to a customer.",
        "en | Bikes as their own table please (brand, model, frame number). Each one belongs to a customer.",
        "de | Fahrräder bitte als eigene Tabelle (Marke, Modell, Rahmennummer), jedes gehört zu einem Kunden.",
        "de | Fahrräder bitte als eigene Tabelle (Marke, Modell, Rahmennummer). Jedes gehört zu einem Kunden.",
        "es | Las bicicletas como tabla propia (marca, modelo, número de cuadro), cada una pertenece a un cliente.",
        "fr | Les vélos dans une table à part (marque, modèle, numéro de cadre), chacun appartient à un client.",
    })
    void each_one_belongs_to_is_said_of_the_kind_just_made(String lang, String message) {
        linked(SHOP.get(lang), message, "customer", true);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | We work with two couriers. Make a list of couriers with name, phone and price per parcel, and each shipment should say which one it goes with.",
        "en | Add a list of couriers (name, phone, price per parcel) and each shipment should say which one it goes with.",
        "es | Trabajamos con dos lavanderías. Crea una lista de lavanderías con nombre, teléfono y precio por pieza, y que cada envío diga a cuál va.",
        "es | Crea una lista de lavanderías con nombre, teléfono y precio por pieza. Cada envío debe decir a cuál va.",
        "fr | Créez une liste de transporteurs avec nom, téléphone et prix par colis. Et que chaque envoi indique lequel.",
        "de | Lege eine Liste der Kuriere an mit Name, Telefon und Preis pro Paket, und jede Sendung soll sagen, mit welchem sie geht.",
        "de | Lege eine Liste der Kuriere an mit Name, Telefon und Preis pro Paket. Jede neue Sendung geht mit einem Kurier.",
        "en | Add a list of couriers (name, phone, price per parcel). Every new shipment goes with one courier.",
    })
    void each_record_says_which_one_of_the_new_list(String lang, String message) {
        linked(SHIP.get(lang), message, "shipment", false);
    }

    /** The kind the message made links to {@code other} ({@code fromMade}) or {@code other} links to it. */
    private static void linked(AppSpec before, String message, String other, boolean fromMade) {
        AppSpec after = RefineFixtures.refine(before, message).spec();
        String why = message + " → " + RefineFixtures.JSON.write(after);
        Entity made = after.entities().stream().filter(e -> before.entity(e.key()).isEmpty()).findFirst().orElseThrow(() -> new AssertionError(why));
        Entity from = fromMade ? made : after.entity(other).orElseThrow();
        String to = fromMade ? other : made.key();
        assertTrue(from.fields().stream().map(Field::target).anyMatch(to::equals), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "we don't need the notes field any more",
        "add a link to the website of the customer",
    })
    void a_field_is_not_a_kind(String message) {
        AppSpec after = RefineFixtures.refine(BOOKING, message).spec();
        assertEquals(1, after.entities().size(), message + " → " + RefineFixtures.JSON.write(after));
    }
}
