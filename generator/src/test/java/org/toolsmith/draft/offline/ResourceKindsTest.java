package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/**
 * The things a record is booked on or happens at, kept as a list of their own ({@link ResourceKinds}): a one-word field
 * whose plural the request counts ("we have 8 kayaks"), lists, gives a have-verb ("the courts have a name …") or "each
 * with", or that has a bracket describing each one ("the tour (we run several, each with its own guide)"), or whose name (or
 * one part of a slash label) is a kind already drafted, links to a kind of that name. The
 * same field said bare, asked only as a pick, or a person, stays a column. Session 20, k2.
 */
class ResourceKindsTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Kayak | Kayak rental at the lake: we have 8 kayaks. Each rental: kayak, date, renter name, hours, price paid",
        "Court | Court bookings. The courts have a name and a surface. Each booking: court, member name, date, start time",
        "Stall | Market pitches: several stalls, each with a number. We log every rental: stall, trader name, date, fee",
        "Barque | Location de barques : nous avons 6 barques. Pour chaque location : barque, date, nom du client, durée, prix",
        "Kayak | Alquiler de kayaks: tenemos 10 kayaks. Cada alquiler: kayak, fecha, nombre del cliente, horas, precio",
        "Tour | Walking tour bookings: the tour (we run several, each with its own guide), date, number of people, price",
        "Visite | Réservations : la visite (nous en proposons plusieurs, chacune avec son guide), date, nombre de personnes, prix",
        "Ruta | Reservas: la ruta (tenemos varias, cada una con su guía), fecha, número de personas, precio",
        "Tour | Buchungen: die Tour (wir haben mehrere, jeweils mit eigenem Führer), Datum, Personen, Preis",
        "Fach | Vermietung der Schließfächer. Die Fächer haben eine Nummer und eine Größe. Jede Miete: Fach, Name, Datum, Betrag"})
    void the_kept_set_is_a_kind_the_record_points_to(String target, String request) {
        AppSpec spec = SpecCheck.draft(request);
        var kind = SpecCheck.entity(spec, target);
        assertTrue(spec.entities().stream().anyMatch(e -> e != kind && e.fields().stream()
                .anyMatch(f -> f.type() == FieldType.REFERENCE && kind.key().equals(f.target()))),
                () -> "a reference to " + target + " in " + SpecCheck.names(spec));
    }

    /** Said bare, or asked only as a pick. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Kayak | Kayak rental: kayak, date, renter name, hours, price paid",
        "Product | Call log: which product, date, caller, notes",
        "Produit | Registre des appels : quel produit, date, appelant, notes",
        "Produkt | Anrufliste: welches Produkt, Datum, Anrufer, Notizen",
        "Kayak | Alquiler: kayak, fecha, nombre del cliente, horas, precio",
        "Kanu | Kanuverleih: Kanu, Datum, Name des Mieters, Stunden, Preis"})
    void the_field_stays_a_column(String word, String request) {
        AppSpec spec = SpecCheck.draft(request);
        assertTrue(spec.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase(word)), () -> "no kind " + word + " in " + SpecCheck.names(spec));
    }
}
