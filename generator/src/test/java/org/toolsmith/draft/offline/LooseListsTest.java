package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.FieldType;

/** Loose lists and the word families that type their fields ({@link TypeFamilies}). */
class LooseListsTest {
    @ParameterizedTest(name = "{0}: {1} is {2}")
    @CsvSource({
        // the next occasion: a date
        "EN, next gas safety check, DATE",
        "FR, prochaine vidange, DATE",
        "ES, próxima inspección, DATE",
        "DE, nächster Ölwechsel, DATE",
        // not an event in time
        "EN, next of kin, TEXT",
        "FR, prochaine étape, CHOICE",
        "DE, nächster Schritt, TEXT",
        // a sum handed over, said with its participle: whether it was
        "EN, bond paid, BOOLEAN",
        "EN, deposit returned, BOOLEAN",
        "FR, caution rendue, BOOLEAN",
        "FR, acompte reçu, BOOLEAN",
        "ES, fianza devuelta, BOOLEAN",
        "ES, depósito pagado, BOOLEAN",
        "DE, Mietkaution bezahlt, BOOLEAN",
        "DE, Pfand erstattet, BOOLEAN",
        // an amount keeps its money
        "EN, amount received, MONEY",
        "FR, montant versé, MONEY",
        "ES, importe pagado, MONEY",
        "DE, Betrag erhalten, MONEY",
        "EN, tax paid, MONEY",
        // deposit words alone: money
        "DE, Pfand, MONEY",
        "ES, anticipo, MONEY",
        "FR, arrhes, MONEY",
        "EN, retainer, MONEY",
        "DE, UVP, MONEY",
        "ES, PVP, MONEY",
        // an amount that falls due
        "EN, balance due, MONEY",
        "EN, amount owed, MONEY",
        "EN, insurance due, DATE",
        "EN, due date, DATE",
        // an organisation named after its people
        "EN, dental practice, TEXT",
        "FR, cabinet médical, TEXT",
        "ES, clínica veterinaria, TEXT",
        "EN, vet, PERSON",
        // makers of a work
        "EN, writer, TEXT",
        "FR, autrice, TEXT",
        "ES, compositora, TEXT",
        "DE, Autorin, TEXT",
        "EN, reviewer, PERSON",
        // bounds on people, intervals and counts
        "EN, max volunteers, INTEGER",
        "DE, max. Betreuer, INTEGER",
        "EN, inspection interval, INTEGER",
        "DE, Wartungsintervall, INTEGER",
        "ES, intervalo de revisión, INTEGER",
        "DE, wieviele gekommen sind, INTEGER",
        "EN, max temperature, DECIMAL",
        // when it last happened
        "EN, last serviced, DATE",
        "FR, dernière vidange, DATE",
        "ES, última visita, DATE",
        "DE, letzte Wartung, DATE",
        "EN, last name, TEXT",
        "FR, dernier poste occupé, TEXT",
        // measures of water, air and circuits
        "EN, tank temp, DECIMAL",
        "EN, combined chlorine, DECIMAL",
        "FR, salinité, DECIMAL",
        "ES, presión de entrada, DECIMAL",
        "DE, Erdungswiderstand, DECIMAL",
        "DE, CO2-Anteil, DECIMAL",
    })
    void typesByWordFamily(String lang, String label, FieldType expected) {
        assertEquals(expected, FieldTyper.type(Lexicon.load(Lang.valueOf(lang)), label));
    }

    private static final OfflineDrafter DRAFTER = new OfflineDrafter();

    /** The labels of every kind, "Kind: a, b, c" one per kind, in order. */
    private static String labels(String request) {
        AppSpec spec = DRAFTER.draft(request);
        return spec.entities().stream().map(LooseListsTest::labels).collect(Collectors.joining(" / "));
    }

    private static String labels(Entity e) {
        return e.fields().stream().map(f -> f.label()).collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a run of contact details typed without commas: a field each
        "we keep our volunteers (name phone email, first aid trained yes/no) | Name; Phone; Email",
        "fiche bénévole : nom prénom mail tel, date d'arrivée, permis oui/non | Nom; Prénom; Mail; Tel",
        "ficha de voluntarios: nombre apellidos teléfono, fecha de alta, carnet de conducir sí/no | Nombre; Apellidos; Teléfono",
        "Helferliste: Name Vorname Handy, Eintrittsdatum, Führerschein ja/nein | Name; Vorname; Handy",
        // sample records closed by etc. and a dash: the fields come after the dash
        "kit register for the club: tents, stoves, ropes etc — name, condition, bought on, price | Name; Condition",
        "inventaire du local : tentes, réchauds, cordes, etc. — nom, état, date d'achat, prix | Nom; État",
        "Werkzeugliste: Bohrmaschinen, Leitern, Prüfgeräte usw. – Bezeichnung, Inventarnummer, Standort | Bezeichnung; Inventarnummer",
        // details after a dash are what is noted of each record, no values of a choice
        "Front desk: log walk-ins - name, phone, reason (delivery, meeting, other), badge returned? | Name; Phone; Reason",
        "Réception : noter les visiteurs — nom, téléphone, motif (livraison, rendez-vous, autre), badge rendu ? | Nom; Téléphone; Motif",
        // contact details gathered in brackets: a field each
        "suppliers: company, contact details (phone/email), payment terms | Company; Phone; Email",
        "fournisseurs : société, coordonnées (tél / mail), conditions de paiement | Société; Tél; Mail",
        "Lieferanten: Firma, Kontaktdaten (Telefon/E-Mail), Zahlungsziel | Firma; Telefon; E-Mail",
    })
    void looseListsGiveTheirFields(String request, String firstLabels) {
        assertOpensAKind(request, firstLabels);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a detail said with another word stays one field
        "we keep our volunteers: volunteer name, email address, phone number, first aid trained yes/no | Volunteer name; Email address; Phone number",
        "fiche bénévole : numéro de téléphone, adresse mail, date d'arrivée | Numéro de téléphone; Adresse mail",
        // fields closed by etc.: the fields stay
        "customer details: name, phone, email etc. - and the date of their first visit | Name; Phone",
        // values after a dash stay values
        "payment: method - cash, card, transfer -, amount | Method; Amount",
    })
    void fieldRunsStayAsTheyAre(String request, String firstLabels) {
        assertOpensAKind(request, firstLabels);
    }

    /** Some kind of the draft starts with these labels. */
    private static void assertOpensAKind(String request, String firstLabels) {
        String got = labels(request);
        assertEquals(true, got.startsWith(firstLabels) || got.contains(" / " + firstLabels), got);
    }
}
