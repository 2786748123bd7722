package org.toolsmith.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PluralsTest {
    @ParameterizedTest
    @CsvSource({
        "Loan, Loans", "Leave request, Leave requests", "Category, Categories", "Day, Days", "Box, Boxes",
        "Batch, Batches", "Address, Addresses", "Person, People", "Child, Children", "Shelf, Shelves",
        "Staff, Staff", "Equipment, Equipment", "NDA, NDAs", "Sales person, Sales people", "Status, Statuses"})
    void makes_english_plurals_of_the_last_word(String singular, String plural) {
        assertEquals(plural, Plurals.of(singular));
    }
}
