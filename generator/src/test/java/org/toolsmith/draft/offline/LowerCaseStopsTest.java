package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence ends typed in lower case, after a word or after a closing bracket. */
class LowerCaseStopsTest {
    @Test
    void a_stop_after_a_closing_bracket_ends_a_lower_case_sentence() {
        assertEquals(List.of("cada arreglo: fecha, estado (abierto, cerrado).", "un cliente trae varios relojes"),
                LowerCaseStops.split(List.of("cada arreglo: fecha, estado (abierto, cerrado). un cliente trae varios relojes")));
    }

    @Test
    void abbreviations_and_capitalising_writers_are_left_alone() {
        assertEquals(List.of("weight approx. three kilos"), LowerCaseStops.split(List.of("weight approx. three kilos")));
        List<String> capitals = List.of("Orders have a date.", "Each has a total (net). see below", "Thanks.");
        assertEquals(capitals, LowerCaseStops.split(capitals));
    }
}
