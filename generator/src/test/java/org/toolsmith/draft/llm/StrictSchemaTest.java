package org.toolsmith.draft.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.FieldType;

class StrictSchemaTest {
    private final StrictSchema schema = new StrictSchema(LlmFixtures.JSON.mapper());

    @Test
    void requires_every_property_and_allows_no_other_as_strict_mode_needs() {
        JsonNode root = LlmFixtures.JSON.tree(schema.strict());
        java.util.List<JsonNode> objects = new java.util.ArrayList<>();
        collectObjects(root, objects);
        assertTrue(objects.size() >= 8, "the app, record kinds, fields, rules, computed, buttons, automations, schedules");
        for (JsonNode object : objects) {
            assertEquals(false, object.path("additionalProperties").asBoolean(true), object.toString());
            assertEquals(object.path("properties").size(), object.path("required").size(), object.toString());
        }
    }

    @Test
    void offers_the_four_logic_lists_with_a_script_each() {
        JsonNode p = LlmFixtures.JSON.tree(schema.strict()).path("properties");
        for (String list : new String[] {"rules", "computed", "actions", "automations"}) {
            JsonNode item = p.path(list).path("items");
            assertTrue(item.path("properties").has("script"), list);
            assertTrue(item.path("properties").has("entity"), list);
        }
        assertTrue(p.path("automations").path("items").path("properties").path("on").path("enum").toString().contains("schedule"));
    }

    private static void collectObjects(JsonNode node, java.util.List<JsonNode> out) {
        if (node.isObject()) {
            if (node.has("properties") && "object".equals(node.path("type").asText())) {
                out.add(node);
            }
            node.forEach(child -> collectObjects(child, out));
        } else if (node.isArray()) {
            node.forEach(child -> collectObjects(child, out));
        }
    }

    @Test
    void takes_the_field_types_and_key_pattern_from_the_project_schema() {
        JsonNode field = LlmFixtures.JSON.tree(schema.strict()).at("/properties/entities/items/properties/fields/items/properties");
        assertEquals(FieldType.values().length, field.path("type").path("enum").size());
        assertEquals("^[a-z][a-z0-9_]{0,62}$", field.path("key").path("pattern").asText());
        assertTrue(schema.projectSchema().contains("\"$defs\""));
    }
}
