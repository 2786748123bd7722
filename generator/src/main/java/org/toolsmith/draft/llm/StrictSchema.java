package org.toolsmith.draft.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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
        requireAll(app);
        return app;
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
