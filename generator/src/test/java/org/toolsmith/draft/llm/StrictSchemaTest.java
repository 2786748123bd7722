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
        JsonNode field = root.at("/properties/entities/items/properties/fields/items");
        for (JsonNode object : new JsonNode[] {root, root.at("/properties/entities/items"), field}) {
            assertEquals(false, object.path("additionalProperties").asBoolean(true));
            assertEquals(object.path("properties").size(), object.path("required").size());
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
