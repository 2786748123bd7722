package org.toolsmith.runtime.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/** An OpenAPI 3.1 document of one app's record routes, with a schema per record kind. */
final class OpenApi {
    private OpenApi() {
    }

    static Map<String, Object> document(App app) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", Map.of("title", app.name(), "version", String.valueOf(app.version()),
                "description", app.spec().summary() == null ? "Records of the app " + app.name() + "." : app.spec().summary()));
        doc.put("servers", List.of(Map.of("url", "/api/apps/" + app.slug())));
        Map<String, Object> paths = new LinkedHashMap<>();
        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put("Error", Map.of("type", "object", "required", List.of("error", "fields"), "properties", Map.of(
                "error", Map.of("type", "string"),
                "fields", Map.of("type", "array", "items", Map.of("type", "object", "properties", Map.of(
                        "field", Map.of("type", "string"), "message", Map.of("type", "string")))))));
        for (Entity e : app.spec().entities()) {
            String name = schemaName(e);
            schemas.put(name, recordSchema(e));
            addComputed(app.spec(), e, schemas.get(name));
            String ref = "#/components/schemas/" + name;
            Map<String, Object> collection = new LinkedHashMap<>();
            collection.put("get", operation("List " + e.plural(), "list_" + e.key(), listParameters(), null,
                    Map.of("200", json("A page of " + e.plural(), Map.of("type", "object", "properties", Map.of(
                            "items", Map.of("type", "array", "items", Map.of("$ref", ref)),
                            "total", Map.of("type", "integer"), "page", Map.of("type", "integer"),
                            "size", Map.of("type", "integer")))), "400", error("Bad parameters"))));
            collection.put("post", operation("Add a " + e.name(), "create_" + e.key(), List.of(), ref,
                    Map.of("201", json("The stored " + e.name(), Map.of("$ref", ref)), "409", error("A unique value is taken"),
                            "422", error("Invalid values"))));
            paths.put("/" + e.key(), collection);
            paths.put("/" + e.key() + "/export.csv", Map.of("get", operation("Export the " + e.plural() + " the caller may see as CSV",
                    "export_" + e.key(), listParameters().subList(0, 2), null, Map.of("200", Map.of("description", "CSV (RFC 4180) with the fields"
                            + " the caller may see; formula-like cells prefixed with '", "content", Map.of("text/csv",
                            Map.of("schema", Map.of("type", "string")))), "400", error("Bad parameters")))));
            Map<String, Object> item = new LinkedHashMap<>();
            List<Object> idParam = List.of(Map.of("name", "id", "in", "path", "required", true, "schema", Map.of("type", "integer")));
            item.put("get", operation("Show a " + e.name(), "get_" + e.key(), idParam, null,
                    Map.of("200", json("The " + e.name(), Map.of("$ref", ref)), "404", error("No such record"))));
            item.put("put", operation("Replace a " + e.name(), "replace_" + e.key(), idParam, ref,
                    Map.of("200", json("The stored " + e.name(), Map.of("$ref", ref)), "404", error("No such record"),
                            "409", error("A unique value is taken"), "422", error("Invalid values"))));
            item.put("patch", operation("Change some fields of a " + e.name(), "patch_" + e.key(), idParam, ref,
                    Map.of("200", json("The stored " + e.name(), Map.of("$ref", ref)), "404", error("No such record"),
                            "409", error("A unique value is taken"), "422", error("Invalid values"))));
            item.put("delete", operation("Delete a " + e.name(), "delete_" + e.key(), idParam, null,
                    Map.of("204", Map.of("description", "Deleted"), "404", error("No such record"),
                            "409", error("Other records still point at it"))));
            paths.put("/" + e.key() + "/{id}", item);
            for (org.toolsmith.spec.Action a : app.spec().actionsOf(e.key())) {
                paths.put("/" + e.key() + "/{id}/actions/" + a.key(), Map.of("post", operation("Press “" + a.label() + "” on a " + e.name(),
                        "action_" + e.key() + "_" + a.key(), idParam, null,
                        Map.of("200", json("The " + e.name() + " after the button's changes", Map.of("$ref", ref)),
                                "403", error("The person may not press it"), "404", error("No such record"),
                                "422", error("The button's script failed or its changes do not fit")))));
            }
        }
        doc.put("paths", paths);
        doc.put("components", Map.of("schemas", schemas));
        return doc;
    }

    /** Computed fields are read-only properties; {@code _errors} holds the message of any that failed. */
    @SuppressWarnings("unchecked")
    private static void addComputed(org.toolsmith.spec.AppSpec spec, Entity e, Object schema) {
        List<org.toolsmith.spec.Computed> computed = spec.computedOf(e.key());
        if (computed.isEmpty()) {
            return;
        }
        Map<String, Object> props = (Map<String, Object>) ((Map<String, Object>) schema).get("properties");
        for (org.toolsmith.spec.Computed c : computed) {
            Map<String, Object> p = new LinkedHashMap<>(fieldSchema(c.asField()));
            p.put("readOnly", true);
            p.put("description", "Computed; never stored.");
            props.put(c.key(), p);
        }
        props.put("_errors", Map.of("type", "object", "readOnly", true, "additionalProperties", Map.of("type", "string"),
                "description", "Per computed field that could not be worked out, why."));
    }

    private static String schemaName(Entity e) {
        StringBuilder out = new StringBuilder();
        for (String part : e.key().split("_")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }

    private static Map<String, Object> recordSchema(Entity e) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("id", Map.of("type", "integer", "readOnly", true));
        List<String> required = new ArrayList<>();
        for (Field f : e.fields()) {
            props.put(f.key(), fieldSchema(f));
            if (f.required()) {
                required.add(f.key());
            }
        }
        for (String t : List.of("created_at", "updated_at")) {
            props.put(t, Map.of("type", "string", "format", "date-time", "readOnly", true));
        }
        for (String t : List.of("created_by", "updated_by")) {
            props.put(t, Map.of("type", List.of("string", "null"), "readOnly", true));
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("title", e.name());
        schema.put("properties", props);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        return schema;
    }

    private static Map<String, Object> fieldSchema(Field f) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", f.label());
        Object type = switch (f.type()) {
            case INTEGER, REFERENCE -> "integer";
            case DECIMAL -> "number";
            case BOOLEAN -> "boolean";
            case MULTI_CHOICE -> "array";
            default -> "string";
        };
        s.put("type", f.required() || f.type() == org.toolsmith.spec.FieldType.MULTI_CHOICE ? type : List.of(type, "null"));
        switch (f.type()) {
            case DATE -> s.put("format", "date");
            case DATETIME -> s.put("format", "date-time");
            case EMAIL -> s.put("format", "email");
            case URL -> s.put("format", "uri");
            case MONEY -> s.put("pattern", "^-?[0-9]+(\\.[0-9]{1,2})?$");
            case CHOICE -> s.put("enum", f.required() ? f.options() : withNull(f.options()));
            case MULTI_CHOICE -> s.put("items", Map.of("enum", f.options()));
            case REFERENCE -> s.put("description", "The id of a " + f.target() + " record.");
            default -> {
            }
        }
        return s;
    }

    private static List<Object> withNull(List<String> options) {
        List<Object> all = new ArrayList<>(options);
        all.add(null);
        return all;
    }

    private static Map<String, Object> operation(String summary, String id, List<?> parameters, String bodyRef,
                                                 Map<String, Object> responses) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("summary", summary);
        op.put("operationId", id);
        if (!parameters.isEmpty()) {
            op.put("parameters", parameters);
        }
        if (bodyRef != null) {
            op.put("requestBody", Map.of("required", true, "content", Map.of("application/json", Map.of("schema", Map.of("$ref", bodyRef)))));
        }
        op.put("responses", responses);
        return op;
    }

    private static List<Object> listParameters() {
        return List.of(
                Map.of("name", "q", "in", "query", "schema", Map.of("type", "string"), "description", "Search text"),
                Map.of("name", "sort", "in", "query", "schema", Map.of("type", "string"), "description", "A field key, - in front for descending"),
                Map.of("name", "page", "in", "query", "schema", Map.of("type", "integer", "minimum", 1)),
                Map.of("name", "size", "in", "query", "schema", Map.of("type", "integer", "enum", List.of(25, 50, 100))));
    }

    private static Map<String, Object> json(String description, Map<String, Object> schema) {
        return Map.of("description", description, "content", Map.of("application/json", Map.of("schema", schema)));
    }

    private static Map<String, Object> error(String description) {
        return json(description, Map.of("$ref", "#/components/schemas/Error"));
    }
}
