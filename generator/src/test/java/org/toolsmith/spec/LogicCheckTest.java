package org.toolsmith.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class LogicCheckTest {
    private final SpecJson json = new SpecJson();
    private final SpecValidator validator = new SpecValidator();

    static String text(String name) {
        try (InputStream in = LogicCheckTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode library() {
        return json.tree(text("library-logic.json"));
    }

    private static Schema schema() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(text("app-spec.schema.json"), InputFormat.JSON);
    }

    private List<Problem> broken(Consumer<ObjectNode> change) {
        ObjectNode tree = (ObjectNode) library();
        change.accept(tree);
        return validator.validate(tree);
    }

    @Test
    void accepts_rules_computed_fields_actions_and_automations() {
        assertEquals(List.of(), validator.validate(library()));
        assertEquals(List.of(), schema().validate(library().toString(), InputFormat.JSON));
    }

    @Test
    void logic_survives_a_round_trip_and_normalizing() {
        AppSpec spec = new SpecNormalizer().normalize(json.fromTree(library()));
        assertEquals(1, spec.rules().size());
        assertEquals("weekday", spec.automations().get(1).schedule().every());
        assertEquals(List.of("everyone"), spec.actions().get(0).roles());
        assertEquals(json.toTree(spec), json.toTree(json.fromTree(json.tree(json.write(spec)))));
        assertEquals(List.of(), validator.validate(json.toTree(spec)));
    }

    @Test
    void a_spec_without_logic_writes_no_logic_properties() {
        AppSpec plain = new AppSpec(1, "X", null, List.of(Entity.of("a", "A", "As", List.of(Field.of("n", "N", FieldType.TEXT)))));
        String text = json.write(plain);
        assertTrue(!text.contains("rules") && !text.contains("automations"), text);
    }

    @Test
    void refuses_a_rule_on_an_unknown_record_kind() {
        List<Problem> p = broken(t -> ((ObjectNode) t.get("rules").get(0)).put("entity", "member"));
        assertEquals("$.rules[0].entity", p.get(0).path());
    }

    @Test
    void refuses_a_rule_naming_a_field_the_kind_lacks() {
        List<Problem> p = broken(t -> ((ObjectNode) t.get("rules").get(0)).put("field", "nope"));
        assertEquals("$.rules[0].field", p.get(0).path());
    }

    @Test
    void refuses_a_computed_field_that_clashes_with_a_field() {
        List<Problem> p = broken(t -> ((ObjectNode) t.get("computed").get(0)).put("key", "due_date"));
        assertEquals("$.computed[0].key", p.get(0).path());
    }

    @Test
    void refuses_a_missing_script() {
        List<Problem> p = broken(t -> ((ObjectNode) t.get("actions").get(0)).remove("script"));
        assertEquals("$.actions[0].script", p.get(0).path());
        assertTrue(!schema().validate(brokenTree(t -> ((ObjectNode) t.get("actions").get(0)).remove("script")).toString(),
                InputFormat.JSON).isEmpty());
    }

    @Test
    void refuses_a_schedule_with_a_bad_time_or_day() {
        List<Problem> p = broken(t -> ((ObjectNode) t.get("automations").get(1).get("schedule")).put("at", "8am").put("every", "fortnight"));
        assertEquals(List.of("$.automations[1].schedule.every", "$.automations[1].schedule.at"), p.stream().map(Problem::path).toList());
    }

    @Test
    void refuses_a_scheduled_automation_without_a_schedule_and_an_unknown_event() {
        List<Problem> p = broken(t -> {
            ((ObjectNode) t.get("automations").get(1)).remove("schedule");
            ((ObjectNode) t.get("automations").get(0)).put("on", "save");
        });
        assertEquals(List.of("$.automations[0].on", "$.automations[0].field", "$.automations[1].schedule"),
                p.stream().map(Problem::path).toList());
    }

    @Test
    void refuses_two_buttons_with_one_key() {
        List<Problem> p = broken(t -> ((ArrayNode) t.get("actions")).add(t.get("actions").get(0).deepCopy()));
        assertEquals("$.actions[1].key", p.get(0).path());
    }

    private JsonNode brokenTree(Consumer<ObjectNode> change) {
        ObjectNode tree = (ObjectNode) library();
        change.accept(tree);
        return tree;
    }
}
