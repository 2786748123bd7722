package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "who did which X" between two described kinds becomes a record of its own; other which-phrases stay. */
class WhoDidWhichTest {
    private static final WhoDidWhich EN = Lexicon.load(Lang.EN).pairings;

    @Test
    void who_did_which_becomes_a_record_with_both_sides() {
        assertEquals("Drivers: name, licence. Vans: plate, model. Each hire has the driver, the van and the mileage.",
                EN.asRecords("Drivers: name, licence. Vans: plate, model. Log who hired which van and the mileage."));
    }

    @Test
    void which_a_did_which_b_names_both_sides() {
        assertEquals("Each room has a number. Guests have a name. Each booking has the guest, the room, when, and for how long.",
                EN.asRecords("Each room has a number. Guests have a name. Note which guest booked which room, when, and for how long."));
    }

    @Test
    void a_side_never_described_stays_and_an_unknown_verb_makes_an_assignment() {
        String undescribed = "Vans: plate, model. Log which driver hired which van.";
        assertEquals(undescribed, EN.asRecords(undescribed));
        assertEquals("Drivers: name. Vans: plate. Each assignment has the driver and the van.",
                EN.asRecords("Drivers: name. Vans: plate. Log who washed which van."));
    }

    @Test
    void the_pairing_is_drafted_with_links_to_both_sides() {
        var spec = SpecCheck.draft("Our choir. Singers: name, voice part, phone. Concerts: date, venue. We want to see who signed up for which concert and whether they came.");
        assertTrue(SpecCheck.links(spec, "Signup", "Singer"), SpecCheck.names(spec));
        assertTrue(SpecCheck.links(spec, "Signup", "Concert"), SpecCheck.names(spec));
    }
}
