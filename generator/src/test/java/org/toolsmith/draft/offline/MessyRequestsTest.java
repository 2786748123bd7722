package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/** Whole drafts of messy requests: fillers and pronouns that name no field. */
class MessyRequestsTest {
    private static final OfflineDrafter DRAFTER = new OfflineDrafter();

    private static List<Field> fields(String request) {
        AppSpec spec = DRAFTER.draft(request);
        return spec.entities().stream().flatMap(e -> e.fields().stream()).toList();
    }

    @Test
    void how_many_followed_by_a_pronoun_is_a_quantity() {
        List<Field> f = fields("We keep spare parts for the printers. For each part: part name, shelf, how many we still have and the supplier.");
        assertTrue(f.stream().anyMatch(x -> x.label().equals("Quantity") && x.type() == FieldType.INTEGER), f::toString);
        assertFalse(f.stream().anyMatch(x -> x.label().toLowerCase().contains("number of we")), f::toString);
    }

    @Test
    void german_und_zwar_names_no_record_and_no_field() {
        List<Field> f = fields("Wir möchten die Kassenprüfungen erfassen, und zwar mit dem Datum, dem Prüfer und dem Kassenstand.");
        List<String> labels = f.stream().map(Field::label).map(String::toLowerCase).toList();
        assertTrue(labels.containsAll(List.of("datum", "prüfer", "kassenstand")), labels::toString);
        assertFalse(labels.stream().anyMatch(l -> l.contains("zwar")), labels::toString);
    }
}
