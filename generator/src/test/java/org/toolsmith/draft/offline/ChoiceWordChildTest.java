package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.links;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;

/**
 * Session 10 (d1): a child list named by a word that is also a choice field ("shifts", "phases") is a kind of its own
 * when three fields follow (two with a type word), and "people in shifts" names the shifts.
 */
class ChoiceWordChildTest {
    @Test
    void people_in_shifts_for_each_owner() {
        AppSpec spec = draft("We organise races; each race has a name, a date and a venue. "
                + "For every race we need marshals in shifts: post, marshal name, phone, start time and end time.");
        assertTrue(links(spec, "Shift", "Race"), SpecCheck.names(spec));
    }

    @Test
    void french_phases_of_each_project() {
        AppSpec spec = draft("Chaque projet a un nom et un client. Pour chaque projet on garde les phases : intitulé, date de début, "
                + "date de fin et responsable.");
        assertTrue(links(spec, "Phase", "Projet"), SpecCheck.names(spec));
    }

    @Test
    void options_of_a_choice_word_make_no_kind() {
        AppSpec spec = draft("Each ward has a name and a floor. For each ward we note the shifts: morning, afternoon, night.");
        assertFalse(spec.entities().stream().anyMatch(e -> e.name().equals("Shift")), SpecCheck.names(spec));
    }
}
