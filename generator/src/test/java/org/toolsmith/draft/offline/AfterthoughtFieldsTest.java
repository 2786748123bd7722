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
        "Incident log for the guards. Every incident needs the site, the date, a type (theft, fire, other) and what happened. Management also wants a severity of Low / Medium / High. | incident | severity | choice",
        "Minibus trips - which bus, the date, the driver, how many pupils. Oh and a walk-round check done yes/no before leaving. | trip | walk-round | boolean",
        "lessons: date, time slot, instructor, price. parents keep asking if their kids lesson is confirmed so maybe a paid yes/no | lesson | paid | boolean",
        "Each talk has a title, a speaker, a room and a start time. Also want a tick for whether the slides came in. | talk | slides | boolean",
        "freezer boxes: label, freezer, shelf, owner, date it went in.\\nnb some boxes are hazardous so a yes/no for that | box | hazardous | boolean",
        "Event shifts: the role, the volunteer name, the start and end time. Flag if the volunteer has a first aid certificate. | shift | first aid | boolean",
        "Baptisms: the child's name, the date of baptism, the priest. Certificate issued yes/no. | baptism | certificate | boolean",
        "Pothole reports: who reported it, the address, a photo, date reported. Want the date it was fixed too. | report | date | date",
        "Disputes: the broker, the policy number, the amount, the date raised. A box for how it was resolved, too (that's usually a paragraph). | dispute | resol | long_text",
        "ceremonies - couple's names, date and time, registrar, fee paid. also wedding or civil partnership obviously. thanks!! | ceremon | type | choice",
        "Every incident: item barcode, title, patron card number, charge. Date of the incident of course. | incident | incident | date",
        "Patients need a name, a date of birth and a phone. oh and which physio is in charge of the patient | patient | physio | text",
        "Hi! Quotes we send: customer, job, amount. Plus the date we sent it. | quote | date | date",
        "Laptop loans: borrower, laptop, date out. P.S. photos of any damage too | loan | photo | file",
        // French, Spanish, German
        "Interventions : le site, la date, le technicien. Ah et la date de retour aussi. | intervention | retour | date",
        "Interventions : site, date, technicien. Et une case oui/non pour facturé. | intervention | factur | boolean",
        "Interventions : site, date, technicien. Facturé oui/non. | intervention | factur | boolean",
        "Interventions : site, date, technicien. Et bien sûr la signature du client. | intervention | signature | text",
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
        "Comedor: el nombre del niño, el curso y un teléfono. Y que podamos adjuntar el informe médico cuando hay alergia. | podamos",
        "Kunden: Name, Telefon. Und wir melden uns dann bei Ihnen. | melden"})
    void no_afterthought_without_a_field(String prompt, String word) {
        AppSpec spec = draft(prompt);
        List<Field> all = spec.entities().stream().flatMap(e -> e.fields().stream()).toList();
        assertTrue(all.stream().noneMatch(f -> f.label().toLowerCase(Locale.ROOT).contains(word)), () -> fields(spec));
    }
}
