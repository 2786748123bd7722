package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The request to link dropped after a link said in any sentence of the message, the words before it kept whole. Own phrasing. */
class RefineLinkRemarksTest {
    @Test
    void drops_the_link_request_in_the_first_sentence() {
        assertEquals("each apprentice works at one bench.", RefineLinkRemarks.strip("each apprentice works at one bench, so hook them up"));
    }

    @Test
    void keeps_the_last_letter_of_a_later_sentence() {
        assertEquals("Add a phone. each apprentice works at one bench.",
                RefineLinkRemarks.strip("Add a phone. each apprentice works at one bench, link them"));
    }

    @Test
    void keeps_a_remark_that_names_something_new() {
        String message = "Add a phone. each apprentice works at one bench, and link the tools to the supplier";
        assertEquals(message, RefineLinkRemarks.strip(message));
    }
}
