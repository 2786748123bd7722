package org.toolsmith.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;
import org.toolsmith.spec.SpecValidator;

class SimpleDrafterTest {
    private final SimpleDrafter drafter = new SimpleDrafter();

    @Test
    void drafts_the_laptop_loans_request_with_six_typed_fields() {
        AppSpec spec = drafter.draft("track laptop loans: asset tag, borrower email, loan date, due date, returned yes/no, condition good/damaged/lost");
        new SpecValidator().check(spec);
        Entity e = spec.entities().get(0);
        assertEquals("Laptop loan", e.name());
        assertEquals(List.of("Asset tag", "Borrower email", "Loan date", "Due date", "Returned", "Condition"),
                e.fields().stream().map(Field::label).toList());
        assertEquals(List.of(FieldType.TEXT, FieldType.EMAIL, FieldType.DATE, FieldType.DATE, FieldType.BOOLEAN, FieldType.CHOICE),
                e.fields().stream().map(Field::type).toList());
        assertEquals(List.of("Good", "Damaged", "Lost"), e.fields().get(5).options());
        assertEquals("asset_tag", e.title());
    }

    @Test
    void drafts_a_request_without_a_list_as_one_kind_with_a_name() {
        AppSpec spec = drafter.draft("I need an app to manage our suppliers");
        new SpecValidator().check(spec);
        assertEquals("Supplier", spec.entities().get(0).name());
        assertEquals("Name", spec.entities().get(0).fields().get(0).label());
    }

    @Test
    void keeps_hostile_names_as_text_and_keys_safe() {
        AppSpec spec = drafter.draft("<script>alert(1)</script>: x\"; DROP TABLE t; --, order, select, group");
        new SpecValidator().check(spec);
        List<String> keys = spec.entities().get(0).fields().stream().map(Field::key).toList();
        assertTrue(keys.containsAll(List.of("order", "select", "group")), keys.toString());
    }

    @Test
    void refuses_empty_and_oversized_requests_with_a_message() {
        assertTrue(assertThrows(DraftException.class, () -> drafter.draft(" ")).getMessage().contains("empty"));
        assertTrue(assertThrows(DraftException.class, () -> drafter.draft("x".repeat(100_001))).getMessage().contains("100000"));
    }
}
