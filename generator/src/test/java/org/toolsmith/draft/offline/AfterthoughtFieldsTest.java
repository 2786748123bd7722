package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * A sentence after the list that only adds a field or two, as an afterthought ({@link Afterthoughts}): the field goes
 * to the kind being described, under the name of the thing, not of the filler around it. Phrasing of our own.
 */
class AfterthoughtFieldsTest {

    private static String fields(AppSpec spec) {
        return spec.entities().stream().map(e -> e.name() + " " + e.fields().stream().map(f -> f.label() + ":" + f.type().name().toLowerCase(Locale.ROOT)).toList())
                .toList().toString();
    }

    /** expected: "kind word | label word | type" — the kind whose label holds the word has a field whose label holds the other. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // English
        "Fault log for the caretakers. Every fault needs the building, the day, a category (leak, power, other) and a description. The office also wants a priority of Minor / Major / Urgent. | fault | priority | choice",
        "Kayak outings - which kayak, the day, the guide, how many paddlers. Oh and a safety briefing done yes/no before launching. | outing | briefing | boolean",
        "rooms: date, nights, guest, rate. guests keep phoning to check their room is booked so maybe a deposit yes/no | room | deposit | boolean",
        "Each match has a venue, a referee, a pitch and a kick-off time. Would also like a flag for whether the kit got washed. | match | kit | boolean",
        "storage crates: code, bay, rack, customer, date it arrived.\\nnb certain crates are fragile so a yes/no for those | crate | fragile | boolean",
        "Rota slots: the post, the steward's name, the start and finish time. Flag if the steward holds a radio licence. | slot | radio | boolean",
        "Baptisms: the child's name, the date of baptism, the priest. Certificate issued yes/no. | baptism | certificate | boolean",
        "Graffiti sightings: who spotted it, the street, a picture, date spotted. Need the date it was cleaned as well. | sighting | date | date",
        "funerals - deceased's name, date and time, celebrant, deposit paid. also burial or cremation obviously. cheers!! | funeral | type | choice",
        "Every breakage: part code, name, customer account number, fee. Date of the breakage of course. | breakage | breakage | date",
        "Pupils need a name, a birthday and a parent email. oh and which team is in charge of that pupil | pupil | team | text",
        "Hi! Quotes we send: customer, job, amount. Plus the date we sent it. | quote | date | date",
        "Laptop loans: borrower, laptop, date out. P.S. photos of any damage too | loan | photo | file",
        // French, Spanish, German
        "Interventions : le site, la date, le technicien. Ah et la date de retour aussi. | intervention | retour | date",
        "Interventions : site, date, technicien. Et une case oui/non pour facturé. | intervention | factur | boolean",
        "Interventions : site, date, technicien. Facturé oui/non. | intervention | factur | boolean",
        "Interventions : site, date, technicien. Et bien sûr la signature du client. | intervention | signature | file",
        "Reparaciones: el sitio, la fecha, el técnico. Ah, y la fecha de devolución también. | repara | devoluci | date",
        "Reparaciones: sitio, fecha, técnico. Pagado sí/no. | repara | pagado | boolean",
        "Reparaciones: sitio, fecha, técnico. Y obviamente el importe. | repara | importe | money",
        "Reparaciones: sitio, fecha, técnico. Además una casilla para saber si está facturada. | repara | factur | boolean",
        "Reparaturen: Standort, Datum, Techniker. Ach ja, und das Rückgabedatum. | reparatur | rückgabe | date",
        "Reparaturen: Standort, Datum, Techniker. Bezahlt ja/nein. | reparatur | bezahlt | boolean",
        "Reparaturen: Standort, Datum, Techniker. Und natürlich die Kosten. | reparatur | kosten | money",
        "Reparaturen: Standort, Datum, Techniker. Außerdem ein Häkchen, ob die Rechnung raus ist. | reparatur | rechnung | boolean"})
    void an_afterthought_sentence_adds_its_field(String prompt, String kind, String label, String type) {
        AppSpec spec = draft(prompt.replace("\\n", "\n"));
        Entity e = spec.entities().stream().filter(x -> x.name().toLowerCase(Locale.ROOT).contains(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no kind " + kind + " in " + fields(spec)));
        assertTrue(e.fields().stream().anyMatch(f -> f.label().toLowerCase(Locale.ROOT).contains(label) && f.type().name().equalsIgnoreCase(type)
                && !f.label().toLowerCase(Locale.ROOT).matches("(?:obvious|natur|also|oh|plus|want|tick|box|flag).*")),
                () -> "no " + label + ":" + type + " in " + fields(spec));
    }

    /** Must not fire: politeness, a clause, a subjunctive wish, a link sentence — no field made of their words. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Meeting rooms: name, capacity, screen. No double bookings please! | double",
        "Rooms: number, floor, type. Also keep it simple please. | simple",
        "Rooms: number, floor, type. Oh and it has to work on phones. | phones",
        "Trips: bus, date, driver. Thanks, Dan | dan",
        "Conventions : étudiant, entreprise, dates. D'avance merci. | avance",
        "Ludoteca: el nombre de la niña, la edad y un email. Y que podamos adjuntar la autorización firmada si hay salida. | podamos",
        "Kunden: Name, Telefon. Und wir melden uns dann bei Ihnen. | melden"})
    void no_afterthought_without_a_field(String prompt, String word) {
        AppSpec spec = draft(prompt);
        List<Field> all = spec.entities().stream().flatMap(e -> e.fields().stream()).toList();
        assertTrue(all.stream().noneMatch(f -> f.label().toLowerCase(Locale.ROOT).contains(word)), () -> fields(spec));
    }
}
