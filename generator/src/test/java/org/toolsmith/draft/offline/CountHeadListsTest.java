package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/**
 * A count head shared by a list of bare plurals (session 12, d8): "counts of towels, sheets and pillowcases", "numbers of
 * chairs and tables", "how many adults, children and infants", "le nombre de serviettes, draps et taies", "die Anzahl der
 * Handtücher, Laken und Kissenbezüge": one whole number per thing, not one count and then text fields.
 */
class CountHeadListsTest {
    private static final OfflineDrafter DRAFTER = new OfflineDrafter();

    static Stream<Arguments> family() {
        return Stream.of(
                Arguments.of("en", "A housekeeping app. For each room cleaning we record the room, the date, and counts of towels, sheets and pillowcases.", "Number of sheets"),
                Arguments.of("en", "A housekeeping app. For each room cleaning we record the room, the date, and counts of towels, sheets and pillowcases.", "Number of pillowcases"),
                Arguments.of("en", "hi! we hire out a hall. per booking: who booked, the date, numbers of chairs and tables", "Number of tables"),
                Arguments.of("en", "Trips: the destination, the date and how many adults, children and infants.", "Number of infants"),
                Arguments.of("en", "Laundry runs - the hotel, pickup day, number of duvets, pillows and blankets", "Number of blankets"),
                Arguments.of("en", "For each school visit we note the school, the teacher and the numbers of pupils, helpers and drivers.", "Number of helpers"),
                Arguments.of("en", "Stock checks: the shelf, the date, quantities of bolts, nuts and washers", "Number of washers"),
                Arguments.of("en", "Cafe closing log: the till, the staff member, count of mugs, plates and spoons (for breakages)", "Number of plates"),
                Arguments.of("en", "Bird surveys: the site, the observer, the total number of robins, wrens and blackbirds", "Number of wrens"),
                Arguments.of("fr", "Pour chaque nettoyage de chambre on note la chambre, la date, et le nombre de serviettes, draps et taies.", "Nombre de draps"),
                Arguments.of("fr", "Sorties scolaires : l'école, la date, le nombre d'élèves, accompagnateurs et chauffeurs", "Nombre d'accompagnateurs"),
                Arguments.of("fr", "Locations de salle : le client, la date, combien de chaises, tables et bancs", "Nombre de bancs"),
                Arguments.of("es", "Para cada limpieza de habitación anotamos la habitación, la fecha y el número de toallas, sábanas y fundas.", "Número de sábanas"),
                Arguments.of("es", "Excursiones: el colegio, la fecha, cuántos alumnos, profesores y conductores", "Número de conductores"),
                Arguments.of("es", "Inventario: la estantería, la fecha, la cantidad de tornillos, tuercas y arandelas", "Número de tuercas"),
                Arguments.of("de", "Für jede Zimmerreinigung erfassen wir das Zimmer, das Datum und die Anzahl der Handtücher, Laken und Kissenbezüge.", "Anzahl Laken"),
                Arguments.of("de", "Ausflüge: Schule, Datum, wie viele Schüler, Lehrer und Fahrer", "Anzahl Lehrer"),
                Arguments.of("de", "Saalvermietung: Kunde, Datum, Anzahl Stühle, Tische und Bänke", "Anzahl Bänke"));
    }

    /** Neighbours: the items after a count are no counts. */
    static Stream<Arguments> neighbours() {
        return Stream.of(
                Arguments.of("en", "Dinner bookings: the number of guests, allergies noted, and the date.", "Date", FieldType.DATE),
                Arguments.of("en", "Events: the venue, number of guests, name and phone of the organiser", "Number of name", null),
                Arguments.of("en", "Site visits: number of workers, photos and comments.", "Photos", FieldType.FILE),
                Arguments.of("en", "Parties: how many guests, theme and the date", "Theme", FieldType.TEXT),
                Arguments.of("fr", "Réservations : le nombre de couverts, la date et le nom.", "Nom", FieldType.TEXT),
                Arguments.of("de", "Buchungen: Anzahl Gäste, Datum und Name.", "Datum", FieldType.DATE));
    }

    @ParameterizedTest
    @MethodSource("family")
    void a_count_head_counts_every_item(String lang, String prompt, String label) {
        AppSpec spec = DRAFTER.draft(prompt);
        assertTrue(spec.entities().stream().flatMap(e -> e.fields().stream())
                .anyMatch(f -> Text.fold(f.label()).equals(Text.fold(label)) && f.type() == FieldType.INTEGER), () -> lang + ": " + spec.entities());
    }

    @ParameterizedTest
    @MethodSource("neighbours")
    void items_after_a_count_keep_their_type(String lang, String prompt, String label, FieldType type) {
        AppSpec spec = DRAFTER.draft(prompt);
        assertTrue(spec.entities().stream().flatMap(e -> e.fields().stream())
                .anyMatch(f -> Text.fold(f.label()).equals(Text.fold(label)) && f.type() == type) == (type != null), () -> lang + ": " + spec.entities());
    }
}
