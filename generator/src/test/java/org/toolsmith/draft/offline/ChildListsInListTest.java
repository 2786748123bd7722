package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/**
 * A second list of things that belong to each record (session 20, k3): said inside the record's own list after a
 * colon or a with-word ({@link ChildChoiceLists}: "…, then the enrolments: student name, email, …", "…, and the
 * bookings with name, email and seats") it is a kind of its own pointing to the record; bullets that each name a kind,
 * some with a second name after a slash or an aside in brackets ({@link AliasHeads}: "- lenders / partners - name,
 * …", "- Objekte (Gebäude): …"), are read as kind lines under the first name. Choices, field groups and single lists
 * stay as they were.
 */
class ChildListsInListTest {
    /** The child kind with one of its fields, and its link to the record. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Enrolment | email | Course | I want to note each course with the topic, the date, the room and the max number of places, then the enrolments: student name, email, course chosen, whether they are a member or not (cheaper), amount paid.",
        "Booking | email | Class | We run cooking classes: each class has a date, a chef, a theme and a price, and the bookings with name, email and number of seats.",
        "Buchung | Telefon | Malkurs | Malkurse: Datum, Lehrerin, Thema, Preis, und die Buchungen dazu mit Vorname, Telefon, Anzahl Plätze.",
        "Inscription | email | Stage | Je voudrais noter chaque stage avec le thème, la date, la salle et le nombre max de places, puis les inscriptions : nom de l'élève, email, stage choisi, s'il a déjà payé ou non (acompte), montant payé.",
        "Inscripción | email | Curso | Quiero anotar cada curso con el tema, la fecha, la sala y el número máximo de plazas, luego las inscripciones: nombre del alumno, email, curso elegido, si es socio o no (tarifa distinta), importe pagado.",
        "Loan | amount | Lender | \"Money we borrow:\n- lenders / partners - name, contact person, phone, email\n- loans - lender, start date, amount, rate\n- repayments - loan, date, amount paid\"",
        "Repayment | date | Loan | \"Money we borrow:\n- lenders / partners - name, contact person, phone, email\n- loans - lender, start date, amount, rate\n- repayments - loan, date, amount paid\"",
        "Prüfung | Prüfer | Standort | \"Für die Hausverwaltung:\n- Kunden (Firmen): Name, Ansprechpartner, Telefon\n- Standorte/Filialen: Adresse, welcher Kunde, Fläche\n- Prüfungen: Standort, Datum, Prüfer, Ergebnis\"",
        "Visite | date | Site | \"Pour le suivi :\n- clients (agences) : nom, téléphone, email\n- sites : adresse, quel client, surface\n- visites : site, date, technicien, remarques\"",
        "Revisión | fecha | Máquina | \"Taller:\n- clientes (empresas): nombre, teléfono, email\n- máquinas: cliente, modelo, número de serie\n- revisiones: máquina, fecha, técnico, resultado\""})
    void the_child_list_is_a_kind_linked_to_its_record(String child, String childField, String parent, String request) {
        AppSpec spec = SpecCheck.draft(request);
        SpecCheck.field(SpecCheck.entity(spec, child), childField);
        assertTrue(SpecCheck.links(spec, child, parent), () -> child + " -> " + parent + " in " + SpecCheck.names(spec));
    }

    /** A choice of values, a field group after a colon, a plain list: no kind of that name. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Status | Repairs: customer, device, date in, status: booked, waiting for parts, ready, collected.",
        "Payment | Orders: customer, date, total, payments: cash, card or transfer.",
        "Statut | Commandes : client, date, montant, statut : reçue, en cours, livrée.",
        "Zahlungsart | Bestellungen: Kunde, Datum, Summe, Zahlungsarten: bar, Karte, Überweisung.",
        "Importer | \"Stock:\n- wines: name, vintage, price\n- notes\"",
        "Contact | Customers with name, phone and email.",
        "Contact detail | Clients: company, contact details (phone / email), payment terms."})
    void no_child_kind_for_values_or_plain_lists(String word, String request) {
        AppSpec spec = SpecCheck.draft(request);
        assertTrue(spec.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase(word)), () -> "no kind " + word + " in " + SpecCheck.names(spec));
        assertTrue(spec.entities().stream().flatMap(e -> e.fields().stream()).noneMatch(f -> f.type() == FieldType.REFERENCE
                && f.target().equalsIgnoreCase(word)), () -> "no link to " + word);
    }
}
