package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.FieldType;

/**
 * A kind known by an identifier (plate, number, Kennzeichen) said after a log of dated entries is what the entries are
 * about: the entries point to it, not it to them ({@link OrphanLinks#thing}, {@link KindLinker#linkOrphans}).
 */
class ThingsLoggedTest {
    private static Entity kind(AppSpec spec, String name) {
        return spec.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(spec.entities().toString()));
    }

    private static void points(String request, String from, String to) {
        AppSpec spec = new OfflineDrafter().draft(request);
        String target = kind(spec, to).key();
        assertTrue(kind(spec, from).fields().stream().anyMatch(f -> f.type() == FieldType.REFERENCE && target.equals(f.target())),
                request + " -> " + spec.entities());
        String back = kind(spec, from).key();
        assertTrue(kind(spec, to).fields().stream().noneMatch(f -> back.equals(f.target())), request + " -> " + spec.entities());
    }

    @Test
    void entries_of_a_log_point_to_the_thing_they_are_about() {
        points("Pour chaque sortie en mer on note la date, l'heure de départ et le nombre de passagers. Les bateaux : immatriculation, longueur.",
                "Sortie", "Bateau");
        points("Cada turno de limpieza: fecha, hora de inicio, quién limpia. Las salas: número, planta.", "Turno de limpieza", "Sala");
        points("Jede Fahrt: Datum, Abfahrtszeit, Kilometer. Die Fahrzeuge: Kennzeichen, Sitze.", "Fahrt", "Fahrzeug");
    }

    @Test
    void a_thing_with_a_date_of_its_own_is_still_what_the_visits_are_about() {
        points("We log every garage visit: the date, which garage, the cost and what was done. For every van: plate, make, model "
                + "and when the next inspection is due.", "Garage visit", "Van");
    }

    @Test
    void lines_with_a_price_still_belong_to_their_order() {
        points("Each order has a date and a delivery address. Lines: product code, quantity, unit price.", "Line", "Order");
    }
}
