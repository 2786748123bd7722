package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.links;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;

/**
 * Session 22: "who / which A … which B" between two kinds is a record of its own whatever the verb, and the kinds may be
 * described earlier in the same sentence ("I want walkers (…), the routes (…) and who is signed on which route").
 */
class WhichPairingSidesTest {
    private static final WhoDidWhich EN = Lexicon.load(Lang.EN).pairings;

    @Test
    void kinds_described_in_the_same_sentence_are_the_sides_and_stay_described() {
        assertEquals("I keep cleaners (name, phone), the flats (address, floor). Each booking has the cleaner, the flat plus the start time.",
                EN.asRecords("I keep cleaners (name, phone), the flats (address, floor) and who got booked in which flat plus the start time."));
    }

    @Test
    void a_verb_the_lexicon_does_not_know_still_pairs_two_kinds() {
        assertEquals("Drivers: name. Vans: plate. Each assignment has the driver, the van and the date.",
                EN.asRecords("Drivers: name. Vans: plate. Log who washed which van and the date."));
    }

    @Test
    void rows_that_must_fire_in_four_languages() {
        String[][] rows = {
            {"We want the walkers (name, mobile) and the routes (length, start point) and who is placed on which route with the meeting time.", "Walker", "Route"},
            {"Drivers: name, licence. Vans: plate, model. Log who cleaned which van and the date.", "Driver", "Van"},
            {"Bénévoles : nom, téléphone. Ateliers : thème, date. Ensuite qui a animé quel atelier, quand.", "Bénévole", "Atelier"},
            {"Salariés : nom, service. Habilitations : intitulé, durée. Puis qui a suivi quelle habilitation et quand.", "Salarié", "Habilitation"},
            {"Socios: nombre, teléfono. Barcos: nombre, eslora. Luego quién limpió qué barco y cuándo.", "Socio", "Barco"},
            {"Empleados: nombre, área. Cursos: título, horas. Después quién hizo qué curso, con la nota.", "Empleado", "Curso"},
            {"Mitarbeiter: Name, Abteilung. Schulungen: Titel, Dauer. Wir wollen wissen, wer welche Schulung absolviert hat.", "Mitarbeiter", "Schulung"},
        };
        for (String[] r : rows) {
            AppSpec spec = draft(r[0]);
            long joins = spec.entities().stream().filter(e -> links(spec, e.name(), r[1]) && links(spec, e.name(), r[2])).count();
            assertEquals(1, joins, r[0] + " → " + SpecCheck.names(spec));
        }
    }

    @Test
    void rows_that_must_not_fire() {
        // one side was never named as a kind, or there is no second "which": the sentence is left as it was
        String[][] rows = {
            {"EN", "Vans: plate, model. We need to know which driver holds which licence."},
            {"EN", "Tenants (name, flat) and also which rents came in late."},
            {"EN", "Rooms (number, floor) and which guest stayed in which hotel last year."},
            {"FR", "Membres : nom, email. Je veux savoir qui a payé sa cotisation."},
            {"FR", "Salles : nom, étage. Il faut savoir quel client a choisi quel menu."},
            {"ES", "Clientes: nombre, teléfono. Queremos saber quién pagó y cuándo."},
            {"ES", "Aulas: número, planta. Hay que ver qué profesor prefiere qué horario."},
            {"DE", "Kunden: Name, Telefon. Wir wollen wissen, wer wann bezahlt hat."},
            {"DE", "Räume: Name, Etage. Wir wollen wissen, wer welche Sprache spricht."},
        };
        for (String[] r : rows) {
            assertEquals(r[1], Lexicon.load(Lang.valueOf(r[0])).pairings.asRecords(r[1]), r[1]);
        }
    }
}
