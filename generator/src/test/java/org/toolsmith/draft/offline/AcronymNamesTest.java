package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acronyms name things: the part-of-speech models tag some of them as prepositions or verbs ("VAT amount" came out
 * ADP NOUN), and "add the VAT amount" was then refused while "add the vat amount" worked.
 */
class AcronymNamesTest {

    @Test
    void an_acronym_tagged_as_a_function_word_becomes_a_name() {
        assertArrayEquals(new String[] {"PROPN", "NOUN"}, NlpPipeline.acronymsAsNames(new String[] {"VAT", "amount"}, new String[] {"ADP", "NOUN"}));
        assertArrayEquals(new String[] {"PROPN", "ADJ"}, NlpPipeline.acronymsAsNames(new String[] {"MOT", "due"}, new String[] {"AUX", "ADJ"}));
    }

    @Test
    void shouted_small_words_single_capitals_and_plain_words_keep_their_tags() {
        assertArrayEquals(new String[] {"NOUN", "CCONJ", "NOUN"},
                NlpPipeline.acronymsAsNames(new String[] {"phone", "OR", "email"}, new String[] {"NOUN", "CCONJ", "NOUN"}));
        assertArrayEquals(new String[] {"DET", "NOUN"}, NlpPipeline.acronymsAsNames(new String[] {"A", "note"}, new String[] {"DET", "NOUN"}));
        assertArrayEquals(new String[] {"ADP", "NOUN"}, NlpPipeline.acronymsAsNames(new String[] {"with", "VAT"}, new String[] {"ADP", "NOUN"}));
        assertArrayEquals(new String[] {"VERB", "NOUN"}, NlpPipeline.acronymsAsNames(new String[] {"Add", "notes"}, new String[] {"VERB", "NOUN"}));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "add the VAT amount to loans | +loan:money",
        "add the VAT amount on loans | +loan:money",
        "please add the MOT due date on items | +item:date",
        "add the RMA number to items | +item:text"})
    void capitals_in_a_field_name_are_read_as_its_name(String message, String expected) {
        RefineExpect.check(RefineFixtures.LOANS, message, expected);
    }

    @Test
    void the_acronym_stays_in_the_label() {
        var after = RefineFixtures.refine(RefineFixtures.LOANS, "add the VAT amount to loans").spec();
        List<String> labels = after.entity("loan").orElseThrow().fields().stream().map(org.toolsmith.spec.Field::label).toList();
        assertEquals("VAT amount", labels.get(labels.size() - 1));
    }
}
