package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A stop and a small letter end a sentence, except after an abbreviation or a single letter. */
class LowerCaseSentencesTest {
    @Test
    void a_stop_before_a_small_letter_ends_a_sentence() {
        assertEquals(List.of("llevar la biblioteca.", "libros: título, autor"),
                LowerCaseSentences.split("llevar la biblioteca. libros: título, autor"));
    }

    @Test
    void abbreviations_and_single_letters_do_not_end_a_sentence() {
        String s = "tools, e.g. drills, etc. and z. B. Sägen, approx. ten";
        assertEquals(List.of(s), LowerCaseSentences.split(s));
    }

    @Test
    void a_drafted_request_in_small_letters_finds_both_kinds() {
        var spec = SpecCheck.draft("apuntar las salidas del club. barcos: nombre, eslora, puerto. salidas: fecha, patrón, barco.");
        assertTrue(SpecCheck.links(spec, "Salida", "Barco"), SpecCheck.names(spec));
    }
}
