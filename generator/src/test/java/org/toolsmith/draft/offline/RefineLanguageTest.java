package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RefineLanguageTest {
    private static final RefineLanguage LANGUAGE = new RefineLanguage();
    private static final List<String> ENGLISH_LABELS = List.of("Borrower", "Due date", "Notes", "Purchase price");

    @Test
    void a_french_message_about_an_english_spec_is_french() {
        assertEquals(Lang.FR, LANGUAGE.guess("Supprime le kilométrage et rends le modèle obligatoire", ENGLISH_LABELS));
    }

    @Test
    void reads_spanish_and_german_chat_verbs() {
        assertEquals(Lang.ES, LANGUAGE.guess("Haz obligatoria la fecha de devolución", ENGLISH_LABELS));
        assertEquals(Lang.DE, LANGUAGE.guess("Bitte Notizen entfernen", ENGLISH_LABELS));
    }

    @Test
    void english_when_nothing_says_otherwise() {
        assertEquals(Lang.EN, LANGUAGE.guess("drop notes", ENGLISH_LABELS));
        assertEquals(Lang.EN, LANGUAGE.guess("", List.of()));
    }
}
