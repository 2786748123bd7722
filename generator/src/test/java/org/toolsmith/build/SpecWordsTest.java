package org.toolsmith.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

class SpecWordsTest {
    private final Entity laptop = Entity.of("laptop", "Laptop", "Laptops",
            List.of(Field.of("asset_tag", "Asset tag", FieldType.TEXT).withRequired(true).withUnique(true)));
    private final Entity loan = Entity.of("loan", "Loan", "Loans", List.of(
            Field.of("borrower", "Borrower", FieldType.PERSON).withRequired(true),
            Field.of("due_on", "Due on", FieldType.DATE),
            Field.of("condition", "Condition", FieldType.CHOICE).withOptions(List.of("Good", "Damaged", "Lost")),
            Field.of("laptop", "Laptop", FieldType.REFERENCE).withTarget("laptop")));
    private final AppSpec spec = new AppSpec(1, "Laptop loans", null, List.of(laptop, loan));

    @Test
    void describes_a_record_kind_field_by_field_in_plain_words() {
        assertEquals("Loan — Borrower (a person, required), Due on (a date), "
                + "Condition (one of Good, Damaged, Lost), Laptop (links to a Laptop)", SpecWords.entity(spec, loan));
    }

    @Test
    void says_when_values_must_differ() {
        assertEquals("Laptop — Asset tag (a short text, required, no two alike)", SpecWords.entity(spec, laptop));
    }

    @Test
    void uses_an_before_a_vowel() {
        Entity asset = Entity.of("asset", "Asset", "Assets", List.of());
        Field f = Field.of("asset", "Asset", FieldType.REFERENCE).withTarget("asset");
        assertEquals("links to an Asset", SpecWords.type(spec.withEntity(asset), f));
    }

    @Test
    void offers_every_plain_type_and_a_link_to_each_record_kind() {
        var choices = SpecWords.typeChoices(spec);
        assertEquals("A date", choices.get("date"));
        assertEquals("Links to a Loan", choices.get("reference:loan"));
        assertEquals(FieldType.values().length - 1 + 2, choices.size());
        assertEquals("reference:laptop", SpecWords.typeChoice(loan.field("laptop").orElseThrow()));
    }

    @Test
    void says_a_record_kind_has_no_fields_yet() {
        assertEquals("Note — no fields yet", SpecWords.entity(spec, Entity.of("note", "Note", "Notes", List.of())));
    }
}
