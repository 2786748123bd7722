package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/**
 * An outside party said with who they are in brackets is a kind of its own that the record points to
 * ({@link CounterpartKinds}): "the customer (name, mobile, email)" in four languages. A bracket of two details, a
 * party that is no counterpart (a parent, a borrower named by first and last name) stays on the record. Session 20, k1.
 */
class CounterpartKindsTest {
    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Customer | Name | Email | Bike service log: job number, the customer (name, mobile, email), bike model, work done, price, ready date",
        "Tenant | Name | Phone | Key cutting orders: order number, the tenant (name, flat address, phone), number of keys, cost, date collected",
        "Client | Name | Phone | Projects: name, budget, start date and the client (name, phone, email - we work for them again and again)",
        "Client | Nom | Téléphone | Suivi des dépannages : numéro d'intervention, le client (nom, téléphone, adresse), l'appareil, la panne, le prix, la date",
        "Cliente | Nombre | Teléfono | Registro de empeños: número de papeleta, el cliente (nombre, DNI, teléfono), la pieza, el importe prestado, la fecha de vencimiento",
        "Kunde | Name | E-Mail | Fahrradreparaturen: Auftragsnummer, Kunde (Name, Handy, E-Mail), Fahrradmodell, Arbeiten, Preis, Abholtermin",
        "Verkäufer | Name | Ausweisnummer | Ankauf von Altgold: Belegnummer, Verkäufer (Name, Anschrift, Ausweisnummer), Gewicht in Gramm, Preis, Datum"})
    void the_party_is_a_kind_the_record_points_to(String party, String nameField, String detail, String request) {
        AppSpec spec = SpecCheck.draft(request);
        var kind = SpecCheck.entity(spec, party);
        SpecCheck.field(kind, nameField);
        SpecCheck.field(kind, detail);
        var record = spec.entities().stream().filter(e -> e != kind).findFirst().orElseThrow();
        assertTrue(SpecCheck.links(spec, record.name(), party), () -> record.name() + " -> " + party + " in " + SpecCheck.names(spec));
        assertTrue(SpecCheck.find(record, detail).isEmpty(), () -> detail + " left on " + record.name());
    }

    @Test
    void the_record_keeps_a_name_of_its_own() {
        AppSpec spec = SpecCheck.draft("Projects: name, budget, start date and the client (name, phone, email - we work for them again and again)");
        SpecCheck.field(SpecCheck.entity(spec, "Project"), "Name");
    }

    /** Two details, a party that is no counterpart, a name said in two words: the details stay on the record. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Owner | Boat moorings: berth, boat name, owner (name + phone), length, paid until",
        "Parent | Pupils: name, class, date of birth, parent (name, phone, email)",
        "Emprunteur | Prêts de matériel : l'appareil, l'emprunteur (nom et prénom), sorti le, rendu le",
        "Cliente | Alquiler de kayaks: el kayak, el cliente (nombre y teléfono), hora de salida, hora de vuelta",
        "Kunde | Leihräder: Rad, Kunde (Name, Telefon), Ausgabe, Rückgabe"})
    void the_details_stay_on_the_record(String word, String request) {
        AppSpec spec = SpecCheck.draft(request);
        assertTrue(spec.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase(word)), () -> "no kind " + word + " in " + SpecCheck.names(spec));
    }

    /** The nouns and the details the rule reads, word by word. */
    @Test
    void counterparts_and_details() {
        Lexicon de = Lexicon.load(Lang.DE);
        Lexicon en = Lexicon.load(Lang.EN);
        assertTrue(CounterpartKinds.counterpart(de, java.util.Set.of("halter", "kunde"), "fahrzeughalter"));
        assertTrue(CounterpartKinds.counterpart(de, java.util.Set.of("halter", "kunde"), "stammkunde"));
        assertTrue(!CounterpartKinds.counterpart(en, java.util.Set.of("owner"), "shareowner"));
        assertEquals(3, CounterpartKinds.detailKinds(en, items("name", "phone", "passport number")));
        assertEquals(1, CounterpartKinds.detailKinds(en, items("first name", "last name", "nickname")));
        assertEquals(0, CounterpartKinds.detailKinds(en, items("colour", "size", "weight")));
    }

    private static List<ListSplitter.Item> items(String... texts) {
        return Arrays.stream(texts).map(ListSplitter.Item::new).toList();
    }
}
