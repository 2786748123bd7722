package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * Events that hang off a main record, said with a sign of repetition and details of their own, are a kind that points
 * to the record ({@link SourceEventKinds}): "a maintenance log with date, work done and cost" in four languages. An
 * event said once ("the next service date"), or the record that is itself the event, stays as it was. Session 21, k2.
 */
class SourceEventKindsTest {
    @ParameterizedTest(name = "{4}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Piano | Service | Date | Tuner | Pianos we rent out: make, model, serial number, room, and a log of every service with the date, the tuner and the cost",
        "Ladder | Inspection | Date | Passed | Ladder register: id, location, length, and for each inspection the date, who checked it and whether it passed",
        "Vélo | Révision | Date | Prix | Vélos du club : nom, modèle, taille, et chaque révision avec la date, le mécanicien et le prix",
        "Bicicleta | Revisión | Fecha | Coste | Bicicletas del club: nombre, modelo, talla, y un registro de cada revisión con la fecha, el mecánico y el coste",
        "Fahrzeug | Wartung | Datum | Kosten | Fahrzeuge: Kennzeichen, Marke, Baujahr, und ein Protokoll jeder Wartung mit Datum, Werkstatt und Kosten"})
    void the_events_are_a_kind_pointing_to_the_record(String record, String event, String detail, String other, String request) {
        AppSpec spec = SpecCheck.draft(request);
        var kind = SpecCheck.entity(spec, event);
        SpecCheck.field(kind, detail);
        SpecCheck.field(kind, other);
        var main = SpecCheck.entity(spec, record);
        assertTrue(SpecCheck.links(spec, kind.name(), main.name()), () -> event + " -> " + record + " in " + SpecCheck.names(spec));
        assertTrue(SpecCheck.find(main, other).isEmpty(), () -> other + " left on " + record);
    }

    /** An event said once is a field of the record: no kind of it. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Service | Vans: registration, make, mileage, date of the next service, insurer",
        "Préstamo | Libros: título, autor, año, fecha del último préstamo, estado",
        "Contrôle | Extincteurs : numéro, emplacement, date du prochain contrôle, type"})
    void said_once_stays_a_field(String word, String request) {
        AppSpec spec = SpecCheck.draft(request);
        assertTrue(spec.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase(word)), () -> word + " in " + SpecCheck.names(spec));
    }

    /** The record that is itself the event keeps its details. */
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Visit | Date | Visits: every visit has a date, the nurse, the patient and notes",
        "Réparation | Coût | Réparations : chaque réparation avec la date, le technicien et le coût",
        "Wartung | Kosten | Wartungen: Datum, Techniker, Kosten, Maschine, jede Wartung mit Foto"})
    void the_event_record_keeps_its_details(String word, String detail, String request) {
        AppSpec spec = SpecCheck.draft(request);
        assertEquals(1, spec.entities().stream().filter(e -> e.name().equalsIgnoreCase(word)).count(), () -> SpecCheck.names(spec));
        SpecCheck.field(SpecCheck.entity(spec, word), detail);
    }

    /** The words the rule reads. */
    @Test
    void events_and_signs() {
        Lexicon de = Lexicon.load(Lang.DE);
        Lexicon en = Lexicon.load(Lang.EN);
        Lexicon fr = Lexicon.load(Lang.FR);
        assertEquals("visit", SourceEventKinds.event(en, java.util.Set.of("visit"), "visits"));
        assertEquals("entretien", SourceEventKinds.event(fr, java.util.Set.of("entretien"), "d'entretien"));
        assertEquals("wartung", SourceEventKinds.event(de, java.util.Set.of("wartung"), "wartungsprotokoll"));
        assertEquals("heizungswartung", SourceEventKinds.event(de, java.util.Set.of("wartung"), "heizungswartungen"));
        assertNull(SourceEventKinds.event(en, java.util.Set.of("visit"), "visitor"));
    }
}
