package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;

/** Things logged for an owner: the owner a kind, the logged things a kind of their own pointing to it (rows of my own, four languages). */
class LoggedOwnersTest {

    private static String shape(String request) {
        AppSpec spec = new OfflineDrafter().draft(request);
        return spec.entities().stream()
                .map(e -> e.name() + e.fields().stream()
                        .map(f -> f.label() + ":" + f.type().name().toLowerCase() + (f.target() == null ? "" : ">" + f.target()))
                        .collect(Collectors.toList()))
                .collect(Collectors.joining(" "));
    }

    @Test
    void the_owner_and_its_logged_things_are_two_linked_kinds() {
        assertEquals("Greenhouse[Name:text] Harvest[Greenhouse:reference>greenhouse, Crop:text, Harvest date:date, Weight in kg:decimal]",
                shape("For every greenhouse we log the harvests: crop, harvest date and weight in kg."));
        assertEquals("Truck[Name:text] Tyre change[Truck:reference>truck, Date:date, Position:text, Brand:text, Price:money]",
                shape("we keep our trucks and their tyre changes. for each tyre change: date, position, brand and price"));
        assertEquals("Serre[Nom:text] Récolte[Serre:reference>serre, Culture:text, Date de récolte:date, Poids:decimal]",
                shape("Pour chaque serre, on enregistre les récoltes : culture, date de récolte et poids."));
        assertEquals("Barco[Nombre:text] Inspección[Barco:reference>barco, Inspector:person, Fecha de inspección:date, Coste:money]",
                shape("Para cada barco anotamos las inspecciones: inspector, fecha de inspección y coste."));
        assertEquals("Filiale[Name:text] Kassenprüfung[Filiale:reference>filiale, Datum:date, Prüfer:person, Fehlbetrag:money]",
                shape("Jede Filiale hat mehrere Kassenprüfungen, und zu jeder Kassenprüfung notieren wir Datum, Prüfer und Fehlbetrag."));
    }

    @Test
    void a_records_own_details_a_details_word_and_a_rate_stay_one_kind() {
        assertEquals("Job[Date:date, Customer:text, Price:money]", shape("For each job we note the date, the customer and the price."));
        assertEquals("Booking[Guest name:text, Arrival date:date, Room:text]",
                shape("For each booking we keep the details: guest name, arrival date and room."));
        assertEquals(1, new OfflineDrafter().draft("We do home visits, about 3 visits per month, each with the date, the nurse and notes.")
                .entities().size());
    }
}
