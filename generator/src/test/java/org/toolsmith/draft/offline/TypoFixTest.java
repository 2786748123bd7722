package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Misspelled field words are mended against the lexicon only, and real words are left alone. */
class TypoFixTest {
    private static final Lexicon EN = Lexicon.load(Lang.EN);
    private static final Lexicon FR = Lexicon.load(Lang.FR);
    private static final Lexicon ES = Lexicon.load(Lang.ES);
    private static final Lexicon DE = Lexicon.load(Lang.DE);

    @Test
    void mends_swapped_and_dropped_letters_in_field_words() {
        assertEquals("the owners phone and their address", TypoFix.fix(EN, "the owners phnoe and their adress"));
        assertEquals("mileage at pickup, email of the driver", TypoFix.fix(EN, "milage at pickup, emial of the driver"));
        assertEquals("Name und Telefonnummer", TypoFix.fix(DE, "Name und Telefonnumer"));
        assertEquals("nombre y telefono", TypoFix.fix(ES, "nombre y telefno"));
    }

    @Test
    void leaves_real_words_that_are_close_to_a_field_word() {
        String en = "approved reported assigned borrowed noted dated prize sports inspection coordinate";
        assertEquals(en, TypoFix.fix(EN, en));
        assertEquals("emprunter contrôler courrier", TypoFix.fix(FR, "emprunter contrôler courrier"));
        assertEquals("media saludo recibió", TypoFix.fix(ES, "media saludo recibió"));
        assertEquals("Auflagen Bewerbung Kollegen", TypoFix.fix(DE, "Auflagen Bewerbung Kollegen"));
    }

    @Test
    void puts_back_french_apostrophes_typed_without_them() {
        assertEquals("j'ai besoin d'un outil, c'est pour l'adresse et l'email",
                TypoFix.fix(FR, "jai besoin dun outil, cest pour ladresse et lemail"));
        assertEquals("son nom, non, les dates, dont une lune", TypoFix.fix(FR, "son nom, non, les dates, dont une lune"));
    }

    @Test
    void leaves_short_words_names_and_acronyms() {
        assertEquals("Priya sent the CSV to Bbox", TypoFix.fix(EN, "Priya sent the CSV to Bbox"));
        assertEquals("a tel and a dte", TypoFix.fix(EN, "a tel and a dte"));
    }
}
