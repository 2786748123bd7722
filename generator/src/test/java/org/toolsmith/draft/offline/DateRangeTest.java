package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/** A date range said by its bounds becomes two dates ({@link DateRange}). */
class DateRangeTest {
    private static List<Field> fields(String request) {
        AppSpec spec = new OfflineDrafter().draft(request);
        return spec.entities().stream().flatMap(e -> e.fields().stream()).toList();
    }

    private static void dates(List<Field> fs, String start, String end) {
        assertTrue(fs.stream().anyMatch(f -> f.label().equals(start) && f.type() == FieldType.DATE), fs.toString());
        assertTrue(fs.stream().anyMatch(f -> f.label().equals(end) && f.type() == FieldType.DATE), fs.toString());
    }

    @Test
    void bounds_in_brackets_or_alone_give_two_dates() {
        dates(fields("Prêts de matériel : l'emprunteur, le matériel, du … au …, et l'état au retour."), "Date de début", "Date de fin");
        dates(fields("Sperrungen: Straße, Grund, Zeitraum (von/bis), zuständige Firma."), "Beginn", "Ende");
        dates(fields("Alquileres de bicis: cliente, bici, desde/hasta, precio total."), "Fecha de inicio", "Fecha de fin");
        dates(fields("Equipment loans: borrower, item, from, to, deposit."), "Start date", "End date");
    }

    @Test
    void bounds_beside_a_date_or_with_values_are_no_range() {
        // a trip on a date from one place to another
        List<Field> trips = fields("Van trips log: date, driver, from, to, kilometres.");
        assertTrue(trips.stream().noneMatch(f -> f.label().equals("Start date")), trips.toString());
        // … they stay the places it went between, beside the one date and a distance
        for (String place : List.of("From", "To")) {
            assertTrue(trips.stream().anyMatch(f -> f.label().equals(place) && f.type() == FieldType.TEXT), trips.toString());
        }
        assertEquals(1, trips.stream().filter(f -> f.type() == FieldType.DATE).count(), trips.toString());
        assertTrue(trips.stream().anyMatch(f -> f.label().equals("Kilometres") && f.type() == FieldType.INTEGER), trips.toString());
        // bounds with values between them, and times
        assertEquals(null, DateRange.pair(Lexicon.load(Lang.ES), "de lunes a viernes"));
        assertEquals(null, DateRange.pair(Lexicon.load(Lang.FR), "heure debut/fin"));
    }
}
