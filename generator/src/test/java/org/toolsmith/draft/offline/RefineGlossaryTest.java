package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RefineGlossaryTest {
    private static final RefineGlossary GLOSSARY = RefineGlossary.load();

    @Test
    void finds_the_english_word_for_a_french_one() {
        assertTrue(GLOSSARY.alternatives("le kilométrage").contains("mileage"));
    }

    @Test
    void knows_common_record_kinds_and_german_adjective_nouns() {
        assertTrue(GLOSSARY.alternatives("die Ausleihe").contains("loan"));
        assertTrue(GLOSSARY.alternatives("la réclamation").contains("complaint"));
        assertTrue(GLOSSARY.alternatives("der Verantwortliche").contains("owner"));
    }

    @Test
    void finds_the_same_field_in_all_four_languages() {
        List<String> notes = GLOSSARY.alternatives("Notizen");
        assertTrue(notes.contains("note"), notes::toString);
        assertTrue(notes.contains("remarque"), notes::toString);
        assertTrue(notes.contains("nota"), notes::toString);
    }

    @Test
    void reads_the_archetype_catalog_labels_too() {
        // "Type de congé" is a label of the leave-request archetype, not of the word list
        assertTrue(GLOSSARY.alternatives("type de congé").contains("leave type"));
    }

    @Test
    void translates_word_by_word_when_the_phrase_is_not_listed() {
        assertTrue(GLOSSARY.alternatives("fecha de entrega").stream().anyMatch(a -> a.startsWith("date")));
    }

    @Test
    void never_returns_the_phrase_itself_or_invents_words() {
        assertFalse(GLOSSARY.alternatives("mileage").contains("mileage"));
        assertTrue(GLOSSARY.alternatives("zzz unknown").isEmpty() || GLOSSARY.alternatives("zzz unknown").stream().allMatch(a -> a.contains("zzz")));
    }
}
