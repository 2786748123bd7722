package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/** Links asked with a lead-in ("forgot to say …", "au fait …") and between kinds whose names are near-twins. */
class LinkWordingTest {
    private static final AppSpec GARDEN = RefineFixtures.spec("""
            {"spec": 1, "name": "Garden", "entities": [
              {"key": "plant", "name": "Plant", "plural": "Plants", "fields": [
                {"key": "species", "label": "Species", "type": "text", "required": true}]},
              {"key": "planter", "name": "Planter", "plural": "Planters", "fields": [
                {"key": "code", "label": "Code", "type": "text", "required": true}]}]}
            """);

    private static Field reference(AppSpec spec, String from) {
        return spec.entities().stream().filter(e -> e.key().equals(from)).flatMap(e -> e.fields().stream())
                .filter(f -> f.type() == FieldType.REFERENCE).findFirst().orElseThrow(() -> new AssertionError("no link on " + from));
    }

    @Test
    void a_kind_named_exactly_wins_over_its_near_twin() {
        AppSpec after = new OfflineRefiner().refine(GARDEN, "each plant sits in one planter").spec();
        assertEquals("planter", reference(after, "plant").target());
        assertTrue(after.entities().stream().filter(e -> e.key().equals("planter")).flatMap(e -> e.fields().stream())
                .noneMatch(f -> f.type() == FieldType.REFERENCE));
    }

    @Test
    void a_lead_in_before_a_link_is_only_a_lead_in() {
        for (String message : new String[] {"forgot to say each plant belongs to one planter", "btw, each plant belongs to one planter"}) {
            assertEquals("planter", reference(new OfflineRefiner().refine(GARDEN, message).spec(), "plant").target(), message);
        }
        assertEquals("each plant belongs to one planter", DiscoursePreface.strip("au fait, each plant belongs to one planter"));
        assertEquals("cada planta va en una jardinera", DiscoursePreface.strip("por cierto cada planta va en una jardinera"));
        assertEquals("jede Pflanze gehört zu einem Kübel", DiscoursePreface.strip("Übrigens, jede Pflanze gehört zu einem Kübel"));
    }
}
