package org.toolsmith.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class SpecJsonTest {
    private final SpecJson json = new SpecJson();

    @Test
    void round_trips_json_to_records_and_back_unchanged() {
        JsonNode tree = SpecCases.laptops();
        AppSpec spec = json.fromTree(tree);
        assertEquals(tree, json.toTree(spec));
        assertEquals(spec, json.fromTree(json.tree(json.write(spec))));
    }

    @Test
    void round_trips_the_project_fields() {
        for (JsonNode tree : SpecCases.valid()) {
            assertEquals(tree, json.toTree(json.fromTree(tree)));
        }
    }

    @Test
    void leaves_out_defaults_so_the_core_stays_small() {
        JsonNode out = json.toTree(json.fromTree(SpecCases.laptops()));
        JsonNode model = out.get("entities").get(0).get("fields").get(1);
        assertFalse(model.has("required"));
        assertFalse(model.has("options"));
        assertFalse(model.has("target"));
        assertFalse(model.has("suggested"));
    }

    @Test
    void maps_an_unknown_type_to_a_clear_error() {
        JsonNode tree = SpecCases.laptops();
        SpecCases.field(tree, 1, 2).put("type", "dat");
        SpecException e = assertThrows(SpecException.class, () -> json.fromTree(tree));
        assertTrue(e.getMessage().contains("wrong kind"));
    }
}
