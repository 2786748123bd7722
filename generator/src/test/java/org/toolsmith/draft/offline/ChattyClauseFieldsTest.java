package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/**
 * Fields written as chatty clauses inside a list (session 13, d4): a filler tail ("of course", "obviously") is no part of
 * the name, hedging words before options ("mostly holstein, some jersey") are no part of the values, "most have names"
 * names a Name, "tag + name + age" is three fields, "the date it arrived" is Date arrived.
 */
class ChattyClauseFieldsTest {
    private static final OfflineDrafter DRAFTER = new OfflineDrafter();

    /** lang, prompt, label that must be there, its type (null: no field may carry the label). */
    static Stream<Arguments> family() {
        return Stream.of(
                // a filler tail after the field
                Arguments.of("en", "Lost and found at reception: the item, date of the incident of course, who found it.", "Date of the incident", FieldType.DATE),
                Arguments.of("en", "For every complaint we need the customer, the date obviously, the product and what went wrong", "Date", FieldType.DATE),
                Arguments.of("en", "Deliveries: supplier, delivery date naturally, the driver and the number of boxes", "Delivery date", FieldType.DATE),
                Arguments.of("fr", "Objets trouvés : l'objet, la date bien sûr, qui l'a trouvé.", "Date", FieldType.DATE),
                Arguments.of("es", "Objetos perdidos: el objeto, la fecha del hallazgo por supuesto, quién lo encontró.", "Fecha del hallazgo", FieldType.DATE),
                Arguments.of("de", "Fundsachen: der Gegenstand, das Datum natürlich, der Finder.", "Datum", FieldType.DATE),
                // hedging words before the options of a list
                Arguments.of("en", "Cows: tag, breed (mostly holstein, some jersey and a couple of brown swiss), birth date.", "Breed", List.of("Holstein", "Jersey", "Brown swiss")),
                Arguments.of("en", "Horses: name, breed (mostly cobs, a few thoroughbreds and the odd arab), age.", "Breed", List.of("Cobs", "Thoroughbreds", "Arab")),
                Arguments.of("en", "Our fleet: reg, make (mainly ford, some vauxhall, the odd toyota), mileage", "Make", List.of("Ford", "Vauxhall", "Toyota")),
                Arguments.of("en", "Bookings: guest, room type (usually double, sometimes single, occasionally family), nights.", "Room type", List.of("Double", "Single", "Family")),
                Arguments.of("fr", "Vaches : numéro, race (surtout prim'holstein, quelques jersiaises et deux ou trois montbéliardes), date de naissance.", "Race", List.of("Prim'holstein", "Jersiaises", "Montbéliardes")),
                Arguments.of("es", "Vacas: crotal, raza (sobre todo frisona, algunas jersey, un par de pardas), fecha de nacimiento.", "Raza", List.of("Frisona", "Jersey", "Pardas")),
                Arguments.of("de", "Kühe: Ohrmarke, Rasse (meistens Holstein, einige Jersey und ein paar Braunvieh), Geburtsdatum.", "Rasse", List.of("Holstein", "Jersey", "Braunvieh")),
                // "most have X", "some have X": the field is X
                Arguments.of("en", "Our herd: every cow has an ear tag and most have names, a breed and a birth date.", "Name", FieldType.TEXT),
                Arguments.of("en", "Each volunteer has a name and most have a phone number, some have an email.", "Phone number", FieldType.PHONE),
                Arguments.of("en", "Each volunteer has a name and most have a phone number, some have an email.", "Email", FieldType.EMAIL),
                // a "+" between fields
                Arguments.of("en", "For each cow we keep tag + name + lactation number.", "Lactation number", FieldType.TEXT),
                Arguments.of("en", "For each cow we keep tag + name + lactation number.", "Name", FieldType.TEXT),
                Arguments.of("en", "Members - we just need name + email + phone", "Email", FieldType.EMAIL),
                Arguments.of("fr", "Pour chaque adhérent on garde nom + email + téléphone.", "Email", FieldType.EMAIL),
                Arguments.of("es", "De cada socio guardamos nombre + email + teléfono.", "Email", FieldType.EMAIL),
                // "the date it arrived": the date of what it did
                Arguments.of("en", "Pallets in the warehouse: the pallet number, date it arrived, the bay.", "Date arrived", FieldType.DATE),
                Arguments.of("en", "Tools: a name, the price, and the date we bought it.", "Date bought", FieldType.DATE),
                Arguments.of("en", "Samples: sample id, the date it was taken and the result", "Date taken", FieldType.DATE),
                Arguments.of("en", "Pallets: the pallet number, when it came in, when it went out", "Date out", FieldType.DATE),
                Arguments.of("en", "Loans: the book, the day they borrowed it, when they brought it back", "Day borrowed", FieldType.DATE),
                Arguments.of("en", "Loans: the book, the day they borrowed it, when they brought it back", "Return date", FieldType.DATE),
                // money said as what we charge or paid
                Arguments.of("en", "Lost property: what it is, where it was found, what we charge them to replace it, how much we paid for it.", "Replacement charge", FieldType.MONEY),
                Arguments.of("en", "Lost property: what it is, where it was found, what we charge them to replace it, how much we paid for it.", "Price paid", FieldType.MONEY),
                Arguments.of("en", "Repairs: the bike, what we charge for the repair, what we charge per hour, the mechanic", "Price per hour", FieldType.MONEY),
                Arguments.of("en", "Cleaning jobs: the house, what we charge them for cleaning it, the date.", "Cleaning charge", FieldType.MONEY),
                Arguments.of("fr", "Objets trouvés : l'objet, ce qu'on leur facture pour le remplacer, combien on l'a payé.", "Frais de remplacement", FieldType.MONEY),
                Arguments.of("es", "Objetos perdidos: el objeto, lo que les cobramos por reponerlo, cuánto pagamos por él.", "Cargo por reposición", FieldType.MONEY),
                Arguments.of("de", "Fundsachen: Gegenstand, was wir für den Ersatz berechnen, wie viel wir dafür bezahlt haben.", "Ersatzgebühr", FieldType.MONEY),
                // "if …" in a list asks yes or no, like "whether …"; a question added in brackets is one more field
                Arguments.of("en", "Found items: the item, the finder, if claimed, the date", "Claimed", FieldType.BOOLEAN),
                Arguments.of("en", "Loans: the book, the member, if it came back late.", "Came back late", FieldType.BOOLEAN),
                Arguments.of("en", "Lost and found: the item, who found it, if the guest claimed it (and when it went back to them).", "Return date", FieldType.DATE),
                // a bracketed question after a group of fields ("contact (name, phone)"), which returns early: the question stays
                Arguments.of("en", "Visits: the client, the contact (name, phone) (and when we called them), the outcome.", "Called on", FieldType.DATE),
                Arguments.of("fr", "Objets trouvés : l'objet, qui l'a trouvé, si le client l'a récupéré.", "Client l'a récupéré", FieldType.BOOLEAN),
                // the type asked later is the one whose examples came first
                Arguments.of("en", "We run library events (storytime, lego club, summer reading kick-off etc). I want to put each event in with which kind of event it is, the date and how many came.", "Kind", null),
                Arguments.of("en", "We run library events (storytime, lego club, summer reading kick-off etc). I want to put each event in with which kind of event it is, the date and how many came.", "Attendance", FieldType.INTEGER),
                Arguments.of("en", "Our workshops (pottery, weaving, woodwork) - for each workshop the kind, the tutor, the date.", "Kind", null),
                // one head for two words: "milk and meat withdrawal dates", "withdrawal dates for milk and for meat"
                Arguments.of("en", "Treatments: the cow, the drug, milk and meat withdrawal dates.", "Milk withdrawal date", FieldType.DATE),
                Arguments.of("en", "Treatments: the cow, the drug, milk and meat withdrawal dates.", "Meat withdrawal date", FieldType.DATE),
                Arguments.of("en", "Boats: hull and engine serial numbers, owner.", "Hull serial number", FieldType.TEXT),
                Arguments.of("en", "Treatments: the cow, the drug, the dose and withdrawal dates for milk and for meat.", "Withdrawal date for meat", FieldType.DATE),
                Arguments.of("en", "Prices: the product, prices for members and for non-members.", "Price for members", FieldType.MONEY),
                // a sentence of its own: "Some have a nickname too."
                Arguments.of("en", "Our herd: every cow has an ear tag, a breed and a birth date. Some have a nickname too.", "Nickname", FieldType.TEXT),
                Arguments.of("en", "We keep a list of volunteers with name and phone. Most of them also have an email address.", "Email address", FieldType.EMAIL),
                Arguments.of("fr", "Nos bénévoles : nom, téléphone. Certains ont aussi un email.", "Email", FieldType.EMAIL),
                Arguments.of("de", "Unsere Helfer: Name, Telefon. Einige haben auch eine E-Mail.", "E-Mail", FieldType.EMAIL),
                // "most have X", "la plupart ont X", "la mayoría tienen X", "die meisten haben X"
                Arguments.of("en", "Members: name, address, and some of them also have a second phone.", "Second phone", FieldType.PHONE),
                Arguments.of("fr", "Chaque bénévole a un nom et la plupart ont un téléphone, certains ont un email.", "Téléphone", FieldType.PHONE),
                Arguments.of("es", "Cada voluntario tiene un nombre y la mayoría tienen teléfono, algunos tienen email.", "Teléfono", FieldType.PHONE),
                Arguments.of("de", "Jeder Helfer hat einen Namen und die meisten haben eine Telefonnummer, einige haben eine E-Mail.", "Telefonnummer", FieldType.PHONE));
    }

    /** Neighbours that must keep what they are. */
    static Stream<Arguments> neighbours() {
        return Stream.of(
                Arguments.of("en", "Inspections: the car, damage (none, some damage, heavy damage), date.", "Damage", List.of("None", "Some damage", "Heavy damage")),
                Arguments.of("en", "Cars: plate, condition (mostly fine, needs work, scrap), owner.", "Condition", List.of("Mostly fine", "Needs work", "Scrap")),
                Arguments.of("en", "Pallets: number, status (in stock, some picked, shipped, returned), bay", "Status", List.of("In stock", "Some picked", "Shipped", "Returned")),
                Arguments.of("en", "Staff: name, the date they started, the team", "Name", FieldType.TEXT),
                Arguments.of("en", "Members: name, some notes, the date they joined", "Notes", FieldType.LONG_TEXT),
                Arguments.of("en", "Incidents: what happened, date and time, who reported it.", "Date and time", FieldType.DATETIME),
                Arguments.of("en", "Rooms: room number, type, cost per night.", "Cost per night", FieldType.MONEY),
                Arguments.of("en", "Rooms: room number, type, cost per night.", "Type", FieldType.CHOICE),
                Arguments.of("en", "Staff: name and phone numbers, the team.", "Name", FieldType.TEXT),
                Arguments.of("en", "Orders: photos and delivery dates, the customer.", "Photos", FieldType.FILE),
                Arguments.of("en", "Staff: address and emergency contact numbers.", "Address", FieldType.TEXT),
                Arguments.of("en", "Rooms: number, what we charge for it, the floor.", "It charge", null),
                Arguments.of("en", "Jobs: the client, the date, the notes if any.", "Any", null),
                Arguments.of("en", "Visits: the patient, the date, if applicable the referral.", "Applicable the referral", null),
                Arguments.of("en", "Bookings: the guest, the room, and if we need a deposit.", "Need a deposit", null),
                Arguments.of("en", "Orders: the product, name and address of the supplier, quantity.", "Quantity", FieldType.INTEGER),
                Arguments.of("en", "Books: title + author + year.", "Year", FieldType.INTEGER),
                Arguments.of("en", "Trips: the date, the price of course (in euros), the driver", "Price", FieldType.MONEY),
                Arguments.of("en", "Courses: title, the course (of course!) and the tutor.", "Tutor", FieldType.PERSON));
    }

    static Stream<Arguments> cases() {
        return Stream.concat(family(), neighbours());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void a_chatty_clause_reads_as_its_field(String lang, String prompt, String label, Object expected) {
        AppSpec spec = DRAFTER.draft(prompt);
        var fields = spec.entities().stream().flatMap(e -> e.fields().stream()).toList();
        if (expected instanceof List<?> options) {
            assertTrue(fields.stream().anyMatch(f -> f.label().equalsIgnoreCase(label)
                    && f.options().stream().map(o -> Text.fold(o.toString())).toList()
                            .equals(options.stream().map(o -> Text.fold(o.toString())).toList())), () -> lang + ": " + spec.entities());
        } else {
            FieldType type = (FieldType) expected;
            assertTrue(fields.stream().anyMatch(f -> f.label().equalsIgnoreCase(label) && f.type() == type) == (type != null),
                    () -> lang + ": " + spec.entities());
        }
    }
}
