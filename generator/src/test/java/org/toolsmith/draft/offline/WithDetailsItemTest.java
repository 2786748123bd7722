package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;

/** An item of the record's list said with details of its own (rows of my own, four languages). */
class WithDetailsItemTest {

    private static String shape(String request) {
        AppSpec spec = new OfflineDrafter().draft(request);
        return spec.entities().stream()
                .map(e -> e.name() + e.fields().stream().map(f -> f.label() + ":" + f.type().name().toLowerCase()).collect(Collectors.toList()))
                .collect(Collectors.joining(" "));
    }

    @Test
    void the_item_keeps_its_place_and_the_thing_gets_its_own_list() {
        assertArrayEquals(new String[] {"Log the deliveries: supplier, weight and date received.", "Supplier: company name and phone."},
                WithDetailsItem.split(Lang.EN, "Log the deliveries: the supplier with their company name and phone, weight and date received."));
        assertArrayEquals(new String[] {"Track boat rentals - boat, plus hours and price.", "Boat: name, length and berth."},
                WithDetailsItem.split(Lang.EN, "Track boat rentals - the boat (with name, length and berth), plus hours and price"));
        assertArrayEquals(new String[] {"Suivre les livraisons : fournisseur, poids et date.", "Fournisseur: raison sociale et téléphone."},
                WithDetailsItem.split(Lang.FR, "Suivre les livraisons : le fournisseur avec raison sociale et téléphone, poids et date."));
        assertArrayEquals(new String[] {"Controlar los alquileres: fecha, cliente, horas y precio.", "Cliente: nombre y su móvil."},
                WithDetailsItem.split(Lang.ES, "Controlar los alquileres: fecha, el cliente con su nombre y su móvil, horas y precio."));
        assertArrayEquals(new String[] {"Die Lieferungen verwalten: Lieferant, Gewicht und Datum.", "Lieferant: Firmenname und Telefon."},
                WithDetailsItem.split(Lang.DE, "Die Lieferungen verwalten: der Lieferant mit Firmenname und Telefon, Gewicht und Datum."));
    }

    @Test
    void no_heading_no_kind_worthy_thing_or_one_detail_stays() {
        // no heading before the list
        assertNull(WithDetailsItem.split(Lang.EN, "We log the supplier with their company name and phone, weight and date received."));
        // an occasion or a plain detail said with words of its own
        assertNull(WithDetailsItem.split(Lang.EN, "Log the deliveries: the date with time and place, weight and supplier."));
        assertNull(WithDetailsItem.split(Lang.EN, "Log the deliveries: the visit with date and time, weight and supplier."));
        // one detail only
        assertNull(WithDetailsItem.split(Lang.FR, "Suivre les livraisons : le fournisseur avec son téléphone, poids et date."));
        // a run over a clause is no thing's list
        assertNull(WithDetailsItem.split(Lang.EN, "Log the deliveries: the supplier with their name and who signed for it, weight."));
        assertNull(WithDetailsItem.split(Lang.DE, "Die Lieferungen verwalten: Lieferant, Gewicht und Datum."));
    }

    @Test
    void drafts_keep_the_record_and_link_it_to_the_thing() {
        String en = shape("Keep track of boat rentals: the customer with their name and mobile, date, hours and price.");
        assertTrue(en.startsWith("Boat rental[Customer:reference") && en.contains("Customer[Name:text, Mobile:phone]"), en);
        String es = shape("Llevar los alquileres de barcos: el cliente con su nombre y su móvil, fecha, horas y precio.");
        assertTrue(es.contains("Cliente:reference") && es.contains("Cliente[Nombre:text"), es);
        String de = shape("Die Bootsvermietungen erfassen: der Kunde mit Name und Handy, Datum, Stunden und Preis.");
        assertTrue(de.contains("Kunde:reference") && de.contains("Kunde[Name:text"), de);
    }
}
