package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.entity;
import static org.toolsmith.draft.offline.SpecCheck.field;
import static org.toolsmith.draft.offline.SpecCheck.links;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/** Session 8 (s8d1): a kind with its fields in parentheses, then "and" and the next kind with its list. */
class GroupThenListTest {
    @Test
    void english_a_list_in_parentheses_then_for_each_record() {
        AppSpec spec = draft("I'd like a list of our venues (name, address, capacity) and for each gig the venue, the date, the band and the ticket price.");
        assertEquals(FieldType.INTEGER, field(entity(spec, "Venue"), "Capacity").type(), SpecCheck.names(spec));
        assertTrue(links(spec, "Gig", "Venue"), SpecCheck.names(spec));
    }

    @Test
    void french_spanish_and_german_two_kinds_in_one_sentence() {
        AppSpec fr = draft("Je voudrais garder mes clients (nom, téléphone, email) et chaque livraison : le client, la date, le montant et le livreur.");
        assertTrue(links(fr, "Livraison", "Client"), SpecCheck.names(fr));
        AppSpec es = draft("Quiero tener a los socios (nombre, teléfono, fecha de alta) y registrar cada pago: qué socio, la fecha, el importe y la forma de pago.");
        assertEquals(FieldType.DATE, field(entity(es, "Socio"), "Fecha de alta").type(), SpecCheck.names(es));
        assertTrue(links(es, "Pago", "Socio"), SpecCheck.names(es));
        AppSpec de = draft("Wir bräuchten eine Liste der Räume (Name, Etage, Plätze) und die Buchungen mit Raum, Datum, Uhrzeit und wer gebucht hat.");
        assertTrue(links(de, "Buchung", "Raum"), SpecCheck.names(de));
    }

    @Test
    void a_group_that_says_whose_things_names_the_first_noun() {
        AppSpec de = draft("Ich bräuchte die Kunden (Name, Telefon, E-Mail), die Geräte der Kunden (Seriennummer, Marke, Kaufdatum) "
                + "und die Reparaturen: welches Gerät, Datum, Fehler, Kosten.");
        assertTrue(links(de, "Reparatur", "Gerät"), SpecCheck.names(de));
        assertEquals(FieldType.DATE, field(entity(de, "Gerät"), "Kaufdatum").type(), SpecCheck.names(de));
    }

    @Test
    void a_dash_after_a_heading_clause_opens_a_list_like_a_colon() {
        AppSpec de = draft("Kunden: Name, Telefon, E-Mail. Außerdem möchten wir die Rechnungen pro Kunde festhalten – Nummer, Betrag, Fälligkeit und ob bezahlt.");
        assertTrue(links(de, "Rechnung", "Kunde"), SpecCheck.names(de));
        ListSplitter en = new ListSplitter(Lexicon.load(Lang.EN));
        assertEquals("we need to track the loans we make: date, borrower, item, due date",
                DashHeading.colon(en, "we need to track the loans we make - date, borrower, item, due date"));
        String examples = "we need to track the certs people hold - forklift, first aid, fire marshal etc";
        assertEquals(examples, DashHeading.colon(en, examples));
    }

    @Test
    void a_record_said_with_an_each_word_takes_the_group_after_it() {
        AppSpec fr = draft("Clients : nom, adresse, téléphone. On voudrait noter chaque visite chez les clients pendant la semaine "
                + "(date, heure d'arrivée, technicien, travaux faits) et si le client a signé.");
        assertTrue(links(fr, "Visite", "Client"), SpecCheck.names(fr));
        ListSplitter es = new ListSplitter(Lexicon.load(Lang.ES));
        String options = "Cada taller tiene nombre, nivel (inicial, medio, avanzado)";
        assertEquals(options, EachGroup.colon(Lexicon.load(Lang.ES), es, options));
        String eachOne = "los abonos que compra cada uno (tipo, fecha, precio)";
        assertEquals(eachOne, EachGroup.colon(Lexicon.load(Lang.ES), es, eachOne));
    }
}
