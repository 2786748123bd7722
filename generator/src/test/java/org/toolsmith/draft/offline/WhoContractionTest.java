package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/** "who's fixing it": a question with a contracted wh-word is no action item ({@code RequestReader.addFields}). */
class WhoContractionTest {
    private static List<Field> fields(String request) {
        AppSpec spec = new OfflineDrafter().draft(request);
        return spec.entities().stream().flatMap(e -> e.fields().stream()).filter(f -> !f.suggested()).toList();
    }

    private static Field field(List<Field> fs, String label) {
        return fs.stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError(fs.toString()));
    }

    @Test
    void contracted_who_items_ending_in_a_pronoun_are_kept() {
        List<Field> a = fields("For each ticket: title, who's fixing it, due date.");
        assertEquals(FieldType.PERSON, field(a, "Fixed by").type(), a.toString());
        List<Field> b = fields("Each ticket has a title and who’s handling them.");
        assertEquals(FieldType.PERSON, field(b, "Handled by").type(), b.toString());
        List<Field> c = fields("Each ticket has a title, who's on it and a due date.");
        assertTrue(c.stream().anyMatch(f -> f.type() == FieldType.PERSON), c.toString());
    }

    @Test
    void an_action_on_a_pronoun_is_still_no_field() {
        List<Field> a = fields("Each ticket has a title, a due date, and closes it.");
        assertTrue(a.stream().noneMatch(f -> f.label().toLowerCase().contains("close")), a.toString());
    }
}
