package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * A second record kind whose details are written out but used to land on the kind described before it: the noun that
 * receives its own details is a kind, pointing to the kind it belongs to, and the first kind keeps only its own fields.
 * Session 14, family k1 ({@link BulletKinds}, {@link RecordClauses}).
 */
class SecondKindDetailsTest {
    /**
     * Labelled bullets, one kind each, where a bullet's list has a single type word or its head also reads as a count;
     * a lead clause that only asks before the owner and the records logged on it.
     */
    @ParameterizedTest(name = "{4}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Gravity reading | Brew | Beer | Gravity | brewery app pls\\n* beers: name, style, hops, malt, yeast\\n* brews: beer, brew date, tank, brewer\\n* gravity readings on each brew: date, gravity, temp",
        "Repair job | Room | Floor | Charged | Hotel housekeeping app:\\n- rooms: number, floor, beds\\n- cleaning jobs: room, date, housekeeper, status\\n- repair jobs for each room: date, what broke, charged",
        "Tasting session | Wine | Grape | Score | Hi,\\n- wines: name, grape, vintage, region, producer\\n- bottles: wine, shelf, bought on, price\\n- tasting sessions for each wine: date, score, who tasted",
        "Walk | Dog | Breed | Walker | Kennels:\\n- dogs: name, breed, owner, vet\\n- stays: dog, arrival, departure, kennel\\n- walks on each dog: date, walker, how long",
        "Mesure | Brassin | Cuve | Densité | Appli pour la brasserie :\\n- bières : nom, style, houblon, malt, levure\\n- brassins : bière, date de brassage, cuve, brasseur\\n- mesures de chaque brassin : date, densité, température",
        "Lectura | Lote | Tanque | Densidad | app para la cervecería:\\n- cervezas: nombre, estilo, lúpulo, malta, levadura\\n- lotes: cerveza, fecha, tanque, cervecero\\n- lecturas de cada lote: fecha, densidad, temperatura",
        "Limpieza | Habitación | Planta | Camarera | Para el hotel:\\n- habitaciones: número, planta, camas\\n- limpiezas: habitación, fecha, camarera, estado\\n- revisiones del minibar de cada habitación: fecha, productos consumidos, cobrado",
        "Minibar-Kontrolle | Zimmer | Etage | Berechnet | Fürs Hotel:\\n- Zimmer: Nummer, Etage, Betten\\n- Reinigungen: Zimmer, Datum, Zimmermädchen, Status\\n- Minibar-Kontrollen pro Zimmer: Datum, verbrauchte Artikel, berechnet",
        // a lead clause that only asks ("Is it possible to get a tool where …") before the owner and the records logged on it
        "Issue | Bike | Frame size | Spotted by | Is it possible to get a tool where every bike has its code, frame size and colour, and riders can log issues on it - what's broken, who spotted it, when, and whether the bike is out of service.",
        "Repair | Tenant | Flat | Urgency | I'd like an app where every tenant has a name, flat and phone, and tenants can report repairs on it - what's broken, when, how urgent.",
        "Breakdown | Lift | Serial number | Reported by | Hello, we look after 40 lifts. Can we get a system where every lift has its name, serial number and building, and porters can log breakdowns on it - what went wrong, who reported it, when.",
        "Incident | Boat | Length | Severity | we need a tool where every boat has a name, a length and a berth, and skippers can report incidents on it: what happened, when, how serious (minor, major).",
        "Complaint | Room | Floor | Raised by | Is there a way to set up an app where each room has a number and a floor, and guests can raise complaints about it - what's wrong, who raised it, the date?",
        // a recurring event whose verb names no record: the thing it acts on is the record (English)
        "Hamper | Family | Street | Ticket number | Community pantry here. Families: surname, street, adults at home. Each time they fetch a hamper we write down the ticket number and the day.",
        "Hamper | Family | Street | Ticket number | We hold a register of families with surname, street and adult count. Every time a family fetches a hamper we log the ticket number plus the day.",
        "Drop-off | Grower | Farm | Weight | Growers have a name, a farm and a phone. Whenever they drop off a crate we write down the weight, the grade and the date.",
        "Sample | Patient | Date of birth | Tube colour | patients: name, date of birth, ward. every time a nurse draws a sample we record the time, the tube colour and the result later"})
    void the_noun_given_details_is_a_kind(String record, String owner, String ownerField, String recordField, String request) {
        SpecCheck.ownKind(SpecCheck.draft(lines(request)), record, owner, ownerField, recordField);
    }

    /** Bullets that are one kind's fields and options stay so; a lead clause alone opens no second kind. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "1 | T-shirt order form:\\n- colours: red, blue, green\\n- sizes: S, M, L, XL\\n- name, email, quantity",
        "1 | Repair tickets:\\n- customer: name, phone\\n- status: new, in progress, done\\n- priority: low, high",
        "1 | Is it possible to get a tool where every bike has its code, frame size and the rider's name?",
        "1 | I'd like an app where every tenant has a name, flat and phone, and whether they pay by direct debit.",
        "1 | Vet practice transfers tracker please. When a vet sends an animal to a specialist we have to record: animal name, chip number, urgency, sending vet.",
        "2 | Buildings have a street and a caretaker. Whenever a warden makes the checks we note the day, the building and what was seen."})
    void no_second_kind(int kinds, String request) {
        AppSpec spec = SpecCheck.draft(lines(request));
        assertEquals(kinds, spec.entities().size(), SpecCheck.names(spec));
    }

    /** The requests are written on one line, "\\n" where the writer starts a new one. */
    private static String lines(String request) {
        return request.replace("\\n", "\n");
    }
}
