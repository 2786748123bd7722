package org.toolsmith.draft.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.toolsmith.spec.Automation;

/**
 * The project's JSON Schema ({@code app-spec.schema.json}) as text for the prompt, and its strict
 * projection for structured output: OpenAI's strict mode needs every property required and no
 * other properties, and knows no {@code if}/{@code then} or {@code not}, so the projection keeps
 * the shape, the key pattern and the type list read from the schema file, and {@link
 * org.toolsmith.spec.SpecValidator} checks the rest afterwards.
 */
final class StrictSchema {
    static final String RESOURCE = "/org/toolsmith/spec/app-spec.schema.json";

    private final String projectSchema;
    private final String strict;

    StrictSchema(ObjectMapper mapper) {
        try (InputStream in = StrictSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            projectSchema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            strict = mapper.writeValueAsString(project(mapper, mapper.readTree(projectSchema)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema file as it is, for the prompt. */
    String projectSchema() {
        return projectSchema;
    }

    /** The strict projection, for {@code response_format: json_schema}. */
    String strict() {
        return strict;
    }

    private static ObjectNode project(ObjectMapper m, JsonNode schema) {
        JsonNode defs = schema.path("$defs");
        String keyPattern = defs.path("key").path("pattern").asText("^[a-z][a-z0-9_]{0,62}$");
        ArrayNode types = (ArrayNode) defs.path("field").path("properties").path("type").path("enum");

        ObjectNode field = object(m);
        ObjectNode fp = (ObjectNode) field.get("properties");
        fp.set("key", string(m).put("pattern", keyPattern));
        fp.set("label", string(m));
        fp.set("type", string(m).set("enum", types.deepCopy()));
        fp.set("required", type(m, "boolean"));
        fp.set("unique", type(m, "boolean"));
        fp.set("options", type(m, "array").set("items", string(m)));
        fp.set("target", m.createObjectNode().set("type", m.createArrayNode().add("string").add("null")));
        requireAll(field);

        ObjectNode entity = object(m);
        ObjectNode ep = (ObjectNode) entity.get("properties");
        ep.set("key", string(m).put("pattern", keyPattern));
        ep.set("name", string(m));
        ep.set("plural", string(m));
        ep.set("fields", type(m, "array").set("items", field));
        requireAll(entity);

        ObjectNode app = object(m);
        ObjectNode ap = (ObjectNode) app.get("properties");
        ap.set("spec", type(m, "integer").set("enum", m.createArrayNode().add(1)));
        ap.set("name", string(m));
        ap.set("summary", string(m));
        ap.set("entities", type(m, "array").set("items", entity));
        logic(m, ap, keyPattern);
        requireAll(app);
        return app;
    }

    /** The four logic lists; the validator checks what strict mode cannot (entity and field keys exist). */
    private static void logic(ObjectMapper m, ObjectNode ap, String keyPattern) {
        ObjectNode rule = item(m, keyPattern);
        ObjectNode rp = (ObjectNode) rule.get("properties");
        rp.set("name", string(m));
        rp.set("field", nullable(m, string(m)));
        rp.set("message", string(m));
        requireAll(rule);
        ap.set("rules", type(m, "array").set("items", rule));

        ObjectNode computed = item(m, keyPattern);
        ObjectNode cp = (ObjectNode) computed.get("properties");
        cp.set("label", string(m));
        cp.set("type", string(m).set("enum", strings(m, List.of("text", "integer", "decimal", "money", "boolean", "date", "datetime"))));
        requireAll(computed);
        ap.set("computed", type(m, "array").set("items", computed));

        ObjectNode action = item(m, keyPattern);
        ObjectNode acp = (ObjectNode) action.get("properties");
        acp.set("label", string(m));
        acp.set("roles", type(m, "array").set("items", string(m)));
        requireAll(action);
        ap.set("actions", type(m, "array").set("items", action));

        ObjectNode schedule = object(m);
        ObjectNode sp = (ObjectNode) schedule.get("properties");
        sp.set("every", string(m).set("enum", strings(m, Automation.Schedule.EVERY)));
        sp.set("at", string(m).put("pattern", "^([01][0-9]|2[0-3]):[0-5][0-9]$"));
        requireAll(schedule);
        ObjectNode automation = item(m, keyPattern);
        ObjectNode aup = (ObjectNode) automation.get("properties");
        aup.set("name", string(m));
        aup.set("on", string(m).set("enum", strings(m, Automation.EVENTS)));
        aup.set("field", nullable(m, string(m)));
        aup.set("value", nullable(m, string(m)));
        aup.set("schedule", nullable(m, schedule));
        requireAll(automation);
        ap.set("automations", type(m, "array").set("items", automation));
    }

    /** An object with a key, the entity it belongs to and a script. */
    private static ObjectNode item(ObjectMapper m, String keyPattern) {
        ObjectNode o = object(m);
        ObjectNode p = (ObjectNode) o.get("properties");
        p.set("key", string(m).put("pattern", keyPattern));
        p.set("entity", string(m).put("pattern", keyPattern));
        p.set("script", string(m));
        return o;
    }

    private static ObjectNode nullable(ObjectMapper m, ObjectNode schema) {
        ObjectNode o = m.createObjectNode();
        o.putArray("anyOf").add(schema).add(type(m, "null"));
        return o;
    }

    private static ArrayNode strings(ObjectMapper m, List<String> values) {
        ArrayNode a = m.createArrayNode();
        values.forEach(a::add);
        return a;
    }

    private static ObjectNode object(ObjectMapper m) {
        ObjectNode o = type(m, "object");
        o.set("properties", m.createObjectNode());
        o.put("additionalProperties", false);
        return o;
    }

    private static ObjectNode string(ObjectMapper m) {
        return type(m, "string");
    }

    private static ObjectNode type(ObjectMapper m, String type) {
        return m.createObjectNode().put("type", type);
    }

    private static void requireAll(ObjectNode o) {
        ArrayNode required = o.putArray("required");
        o.get("properties").fieldNames().forEachRemaining(required::add);
    }
}
