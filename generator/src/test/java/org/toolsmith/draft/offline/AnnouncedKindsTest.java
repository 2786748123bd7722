package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Kinds named first and described after become colon lists; other relatives and sentences stay. */
class AnnouncedKindsTest {
    private static final AnnouncedKinds EN = Lexicon.load(Lang.EN).announcedKinds;

    @Test
    void a_kind_then_which_is_a_list_becomes_a_colon_list() {
        assertEquals("Bakery orders. Loaves: a name, a weight and a price.",
                EN.asLists("Bakery orders. First loaves, which are a name, a weight and a price."));
        assertEquals("Club admin. Boats: a name, a length. Moorings: a number, the boat and a fee.",
                EN.asLists("Club admin. Boats, which is a name, a length, and then moorings, which are a number, the boat and a fee."));
    }

    @Test
    void a_kind_announced_then_described_from_them_becomes_a_colon_list() {
        assertEquals("We book rooms. Caterers: a name, a phone and a price per head.",
                EN.asLists("We book rooms. We also have caterers. For each of them we keep a name, a phone and a price per head."));
    }

    @Test
    void a_relative_that_describes_instead_of_listing_stays() {
        String described = "Tickets, which are raised by staff and closed by IT, need a priority.";
        assertEquals(described, EN.asLists(described));
        String pronoun = "It, which is simple, needs a name and a date.";
        assertEquals(pronoun, EN.asLists(pronoun));
        String noAnaphor = "We also have suppliers. The orders need a date and a total.";
        assertEquals(noAnaphor, EN.asLists(noAnaphor));
    }

    @Test
    void a_language_without_the_block_is_left_alone() {
        assertEquals(null, Lexicon.load(Lang.DE).announcedKinds);
    }

    @Test
    void the_announced_kind_is_drafted_and_linked() {
        var spec = SpecCheck.draft("Van hire log. First vans, which are plate, model and seats. Then hires, which are the van, the customer, the start date and the end date.");
        assertTrue(SpecCheck.links(spec, "Hire", "Van"), SpecCheck.names(spec));
    }
}
