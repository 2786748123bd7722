package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;

/**
 * The record kind is named by the whole noun phrase that is logged or by the event each row stands for, not by a word
 * inside it: "log interlibrary loan requests" → Interlibrary loan request (not the archetype "Loan"), "when any animal
 * gets treated" → Treatment (not the "medicine book" it is written in), "each room gets a cleaning job" → Cleaning job,
 * "…, so for each booking:" → Booking (not the clause's subject), "when a cow is served" / "when she calves" → Service,
 * Calving.
 */
class LoggedThingNamesTest {
    private static List<String> kinds(String prompt) {
        AppSpec spec = new OfflineDrafter().draft(prompt);
        return spec.entities().stream().map(Entity::name).collect(Collectors.toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the whole compound logged, though one word of it is an archetype's
        "need something to log interlibrary loan requests. patron name + card no, book title, author, date requested, status (requested, arrived, returned)|Interlibrary loan request",
        "hi, we want to track equipment loan requests. who asked, which item, date needed and approved yes/no|Equipment loan request",
        // the event each row is, over the book it is written in
        "medicine book for the farm - when any animal gets treated i need the animal (tag no.), date, medicine name, dose, who gave it|Treatment",
        "vet log for the stables - whenever a horse is treated we note the horse, date, drug, dose and vet|Treatment",
        "When an order is delivered we record delivery date, driver, signed by and any damage.|Delivery",
        "When a machine is serviced: date, engineer, cost and notes.|Service",
        "Breeding records for the herd. When a cow is served we write down the date, which bull and who did it. When she calves: calving date, sex of calf, calf tag.|Service,Calving",
        "Our cows have a tag number and a name. When a cow is served we write down the date, which bull and who did it. When she calves we note calving date, sex of calf, calf tag.|Cow,Service,Calving",
        // what each one gets is the record
        "Housekeeping board for the hotel. Each room has a number and floor. Each day each room gets a cleaning job: checkout clean, stayover or deep clean, plus who did it and when.|Room,Cleaning job",
        "Our workshop: every van gets a safety inspection each month - van, date, inspector, passed yes/no, notes.|Safety inspection",
        // a "for each X" list opener after a clause
        "Parents book their kids in, so for each booking: child's first name, age, session date, allergies and parent phone.|Booking",
        "Customers ring up to order cakes, and for each order we need the cake, size, pickup date and price.|Order",
        "Volunteers sign up for shifts so for every signup: volunteer name, shift date, role and phone.|Signup",
        // French, Spanish, German
        "Quand une vache vêle : date, sexe du veau, numéro du veau.|Vêlage",
        "Les parents inscrivent leurs enfants, et pour chaque inscription : prénom, âge, date, allergies.|Inscription",
        "Chaque jour, chaque chambre reçoit un ménage : type, fait par, heure.|Ménage",
        "Cahier d'élevage : quand une vache est traitée on note la vache, la date, le médicament et la dose.|Traitement",
        "Cuando se trata a un animal anotamos el animal, la fecha, el medicamento y la dosis.|Tratamiento",
        "Los padres apuntan a sus hijos, y para cada reserva: nombre del niño, edad, fecha y alergias.|Reserva",
        "Cada día cada habitación recibe una limpieza: tipo, hecha por, hora.|Limpieza",
        "Cuando un pedido es entregado anotamos la fecha, el conductor y quién firmó.|Entrega",
        "Wenn ein Tier behandelt wird: Tier, Datum, Medikament, Dosis, wer es gegeben hat.|Behandlung",
        "Eltern melden ihre Kinder an, und für jede Anmeldung: Vorname, Alter, Datum, Allergien.|Anmeldung",
        "Jeden Tag bekommt jedes Zimmer einen Reinigungsauftrag: Art, erledigt von, Uhrzeit.|Reinigungsauftrag",
        "Wenn eine Lieferung geliefert wird: Datum, Fahrer, unterschrieben von.|Lieferung",
        // must not fire: one kind, the same as before
        "when a guest checks out we need the room clean. Rooms: number, floor, type (single, double), status.|Room",
        "track holidays when someone is off - employee, first day, last day, reason|Holiday",
        "a log of visitors: name, company, time in, time out|Visitor",
        "We record repairs for each machine: date, fault, cost and who fixed it.|Repair",
        "We keep running short on linen. Could we have an app where we list each linen type with how many we have, the minimum and where it is stored?|Linen type",
    })
    void the_logged_phrase_or_the_event_names_the_kind(String prompt, String expected) {
        List<String> got = kinds(prompt);
        for (String k : expected.split(",")) {
            assertTrue(got.contains(k), prompt + " → " + got);
        }
    }
}
