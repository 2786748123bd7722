package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;

/** Details said as another thing's own by a possessive, beside or instead of the record's own (rows of my own, four languages). */
class OwnerListsTest {

    private static String shape(String request) {
        AppSpec spec = new OfflineDrafter().draft(request);
        return spec.entities().stream()
                .map(e -> e.name() + e.fields().stream().map(f -> f.label() + ":" + f.type().name().toLowerCase()).collect(Collectors.toList()))
                .collect(Collectors.joining(" "));
    }

    @Test
    void an_owners_list_after_the_records_is_its_own() {
        assertArrayEquals(new String[] {"Booking: arrival, nights and total", "Horse: name, age and passport number"},
                OwnerLists.split(Lang.EN, "We note the arrival, nights and total of the booking, as well as the horse's name, age and passport number."));
        assertArrayEquals(new String[] {"Réservation: arrivée et nombre de nuits", "Salle: capacité, étage et tarif horaire"},
                OwnerLists.split(Lang.FR, "On garde arrivée et nombre de nuits de la réservation, ainsi que capacité, étage et tarif horaire de la salle."));
        assertArrayEquals(new String[] {"Entrega: fecha y peso", "Proveedor: razón social, correo y teléfono"},
                OwnerLists.split(Lang.ES, "Anotamos fecha y peso de la entrega, y también razón social, correo y teléfono del proveedor."));
        assertArrayEquals(new String[] {"Wartung: Datum und Kosten", "Maschine: Seriennummer, Baujahr und Standort"},
                OwnerLists.split(Lang.DE, "Wir notieren Datum und Kosten der Wartung, sowie Seriennummer, Baujahr und Standort der Maschine."));
        assertArrayEquals(new String[] {"Tenant: full name, mobile and deposit paid"},
                OwnerLists.split(Lang.EN, "We also need the tenant's full name, mobile and deposit paid."));
        assertArrayEquals(new String[] {"Kunde: Firma, Ansprechpartner und Telefon"},
                OwnerLists.split(Lang.DE, "Außerdem speichern wir Firma, Ansprechpartner und Telefon des Kunden."));
    }

    @Test
    void occasions_one_detail_and_runs_over_a_join_stay() {
        // the owner is the occasion itself: its own details
        assertNull(OwnerLists.split(Lang.EN, "We also need the visit's date, length and outcome."));
        assertNull(OwnerLists.split(Lang.FR, "On note aussi date, durée et motif de la visite."));
        // one detail of the owner makes no kind
        assertNull(OwnerLists.split(Lang.EN, "We record the date and price of the job, plus the customer's name."));
        assertNull(OwnerLists.split(Lang.ES, "Apuntamos fecha, trabajo y precio del trabajo, y también el nombre del cliente."));
        // a record the word lists do not know: the sentence is read as it was
        assertNull(OwnerLists.split(Lang.EN, "We record the date and cost of the makeover, plus the horse's name and breed."));
        // a run over a second joining word is no one owner's list
        assertNull(OwnerLists.split(Lang.FR, "Nous gérons les chambres avec numéro, étage et prix par nuit, et par exemple le nom du client."));
        // a bare "and" before a genitive is no owner's run: the record's own list
        assertNull(OwnerLists.split(Lang.DE, "Jede Buchung gehört zu einem Saal und hat ein Datum, eine Uhrzeit, den Namen des Kunden und die Anzahl der Gäste."));
        // a noun that is no thing an analyst makes a kind of
        assertNull(OwnerLists.split(Lang.EN, "We log the hours and rate, plus the month's total, average and peak."));
        assertNull(OwnerLists.split(Lang.DE, "Wir notieren Datum und Ort, außerdem Beginn, Ende und Dauer der Schicht."));
    }

    @Test
    void drafts_get_the_owner_as_a_kind_and_the_link() {
        String en = shape("We look after rescue horses. Each visit is for a horse. We record the date, vet and cost of the visit, "
                + "plus the horse's name, breed and date of arrival.");
        assertTrue(en.contains("Horse[") && en.contains("Breed:"), en);
        assertTrue(en.matches(".*\\[[^\\]]*Horse:reference.*"), en);
        String fr = shape("Nous louons des salles. Chaque réservation concerne une salle. On note date, durée et prix de la réservation, "
                + "ainsi que nom, capacité et étage de la salle.");
        assertTrue(fr.contains("Salle[") && fr.contains("Capacité:"), fr);
        String one = shape("We fix boilers. Each job is for a customer. We record the date, fault and price of the job, plus the customer's name.");
        assertFalse(one.contains("Customer[Name:text, Phone"), one);
    }
}
