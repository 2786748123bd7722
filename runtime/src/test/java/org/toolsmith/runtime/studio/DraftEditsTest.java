package org.toolsmith.runtime.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;
import org.toolsmith.spec.SpecException;
import org.toolsmith.spec.SpecNormalizer;

class DraftEditsTest {
    private final AppSpec spec = new SpecNormalizer().normalize(new AppSpec(1, "Laptop loans", null, List.of(
            Entity.of("laptop", "Laptop", "Laptops", List.of(Field.of("asset_tag", "Asset tag", FieldType.TEXT))),
            Entity.of("loan", "Loan", "Loans", List.of(
                    Field.of("borrower", "Borrower", FieldType.PERSON),
                    Field.of("notes", "Notes", FieldType.LONG_TEXT).withSuggested(true))))));

    private static FieldEdit edit(String op, String entity, String field, String label, String type, String options) {
        return new FieldEdit(op, entity, field, label, type, options, false);
    }

    private static Field field(AppSpec spec, String entity, String key) {
        return spec.entity(entity).orElseThrow().field(key).orElseThrow();
    }

    @Test
    void adds_a_choice_field_with_its_options() {
        AppSpec changed = DraftEdits.apply(spec, edit("add", "loan", "", "Condition", "choice", "Good, Damaged,\nLost"));
        Field f = field(changed, "loan", "condition");
        assertEquals(FieldType.CHOICE, f.type());
        assertEquals(List.of("Good", "Damaged", "Lost"), f.options());
    }

    @Test
    void adds_a_link_to_another_record_kind() {
        AppSpec changed = DraftEdits.apply(spec, edit("add", "loan", "", "Laptop", "reference:laptop", ""));
        assertEquals("laptop", field(changed, "loan", "laptop").target());
    }

    @Test
    void renames_and_retypes_a_field_and_keeps_the_title_pointing_at_it() {
        AppSpec changed = DraftEdits.apply(spec, edit("save", "laptop", "asset_tag", "Serial number", "text", ""));
        Entity laptop = changed.entity("laptop").orElseThrow();
        assertEquals("serial_number", laptop.title());
        assertEquals("Serial number", laptop.field("serial_number").orElseThrow().label());
    }

    @Test
    void drops_a_suggested_field() {
        AppSpec changed = DraftEdits.apply(spec, edit("remove", "loan", "notes", "", "", ""));
        assertTrue(changed.entity("loan").orElseThrow().field("notes").isEmpty());
    }

    @Test
    void rejects_a_choice_without_options_and_a_duplicate_name_and_an_empty_name() {
        assertThrows(SpecException.class, () -> DraftEdits.apply(spec, edit("add", "loan", "", "Status", "choice", " , ")));
        SpecException dup = assertThrows(SpecException.class,
                () -> DraftEdits.apply(spec, edit("add", "loan", "", "borrower", "text", "")));
        assertTrue(dup.getMessage().contains("already has a field called"), dup.getMessage());
        assertThrows(SpecException.class, () -> DraftEdits.apply(spec, edit("add", "loan", "", "  ", "text", "")));
    }

    @Test
    void keeps_a_script_label_as_plain_text_with_a_safe_key() {
        AppSpec changed = DraftEdits.apply(spec, edit("add", "loan", "", "<script>alert(1)</script>", "text", ""));
        Field f = changed.entity("loan").orElseThrow().fields().get(2);
        assertEquals("<script>alert(1)</script>", f.label());
        assertTrue(f.key().matches("^[a-z][a-z0-9_]{0,62}$"), f.key());
    }

    @Test
    void rejects_an_unknown_type_or_target() {
        assertThrows(SpecException.class, () -> DraftEdits.apply(spec, edit("add", "loan", "", "X", "reference:nope", "")));
        assertThrows(SpecException.class, () -> DraftEdits.apply(spec, edit("add", "loan", "", "X", "blob", "")));
        assertFalse(spec.entity("loan").orElseThrow().field("x").isPresent());
    }

    @Test
    void renames_the_app_and_a_record_kind_with_a_new_plural() {
        AppSpec renamed = DraftEdits.apply(spec, edit("app", "", "", "Equipment", "", ""));
        assertEquals("Equipment", renamed.name());
        Entity device = DraftEdits.apply(spec, edit("entity", "laptop", "", "Device", "", "")).entity("laptop").orElseThrow();
        assertEquals("Device", device.name());
        assertEquals("Devices", device.plural());
    }

    @Test
    void removes_a_record_kind_only_when_nothing_links_to_it() {
        AppSpec linked = DraftEdits.apply(spec, edit("add", "loan", "", "Laptop", "reference:laptop", ""));
        SpecException e = assertThrows(SpecException.class, () -> DraftEdits.apply(linked, edit("remove-entity", "laptop", "", "", "", "")));
        assertTrue(e.getMessage().contains("links to Laptop"), e.getMessage());
        assertTrue(DraftEdits.apply(spec, edit("remove-entity", "laptop", "", "", "", "")).entity("laptop").isEmpty());
    }
}
