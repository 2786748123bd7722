package org.toolsmith.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Valid specs and broken ones, shared by the validator test and the schema test so both agree. */
final class SpecCases {
    static final SpecJson JSON = new SpecJson();

    static final String LAPTOPS = """
            {"spec": 1, "name": "Laptop loans", "summary": "Track which laptops are lent to whom.",
             "entities": [
              {"key": "laptop", "name": "Laptop", "plural": "Laptops", "title": "asset_tag", "fields": [
                {"key": "asset_tag", "label": "Asset tag", "type": "text", "required": true, "unique": true},
                {"key": "model", "label": "Model", "type": "text"}]},
              {"key": "loan", "name": "Loan", "plural": "Loans", "fields": [
                {"key": "laptop", "label": "Laptop", "type": "reference", "target": "laptop", "required": true},
                {"key": "borrower", "label": "Borrower", "type": "person"},
                {"key": "due_on", "label": "Due on", "type": "date"},
                {"key": "condition", "label": "Condition", "type": "choice", "options": ["Good", "Damaged", "Lost"]}]}]}
            """;

    /** A broken spec, the JSON path the validator must report, and whether JSON Schema can see it. */
    record Broken(String what, JsonNode tree, String path, boolean schemaSees) {
        @Override
        public String toString() {
            return what;
        }
    }

    static JsonNode laptops() {
        return JSON.tree(LAPTOPS);
    }

    static List<JsonNode> valid() {
        List<JsonNode> out = new ArrayList<>();
        out.add(laptops());
        out.add(JSON.tree("""
                {"spec": 1, "name": "Orders", "entities": [{"key": "order", "name": "Order", "fields": [
                  {"key": "select", "label": "Select", "type": "text"},
                  {"key": "group", "label": "Group", "type": "multi_choice", "options": ["A", "B"]},
                  {"key": "total", "label": "Total", "type": "money", "suggested": true, "because": "a total"}],
                  "suggested": true, "because": "orders were asked for"}]}
                """));
        out.add(JSON.tree("""
                {"spec": 1, "name": "<script>alert(1)</script>", "entities": [{"key": "x", "name": "x\\"; DROP TABLE t; --",
                  "fields": [{"key": "a", "label": "<b>bold</b>", "type": "long_text"}]}]}
                """));
        out.add(withAccess("""
                [{"entity": "loan", "rows": "own", "owner": "borrower", "see_all": ["IT desk"], "because": "each borrower sees their loans"},
                 {"entity": "laptop", "rows": "all"},
                 {"entity": "laptop", "field": "model", "visible_to": ["IT desk", "Finance"]}]
                """));
        return out;
    }

    static JsonNode withAccess(String access) {
        ObjectNode tree = (ObjectNode) laptops();
        tree.set("access", JSON.tree(access));
        return tree;
    }

    static List<Broken> broken() {
        List<Broken> out = new ArrayList<>();
        out.add(b("spec version 2", t -> ((ObjectNode) t).put("spec", 2), "$.spec", true));
        out.add(b("no spec version", t -> ((ObjectNode) t).remove("spec"), "$.spec", true));
        out.add(b("empty name", t -> ((ObjectNode) t).put("name", ""), "$.name", true));
        out.add(b("blank name", t -> ((ObjectNode) t).put("name", "   "), "$.name", true));
        out.add(b("name too long", t -> ((ObjectNode) t).put("name", "n".repeat(121)), "$.name", true));
        out.add(b("no entities", t -> ((ObjectNode) t).putArray("entities"), "$.entities", true));
        out.add(b("too many entities", t -> {
            ArrayNode a = (ArrayNode) t.get("entities");
            for (int i = 0; i < 49; i++) {
                ObjectNode copy = a.get(0).deepCopy();
                copy.put("key", "k" + i);
                a.add(copy);
            }
        }, "$.entities", true));
        out.add(b("entity key with capitals", t -> entity(t, 0).put("key", "Laptop"), "$.entities[0].key", true));
        out.add(b("entity key starting with a digit", t -> entity(t, 0).put("key", "1laptop"), "$.entities[0].key", true));
        out.add(b("entity key of 64 characters", t -> entity(t, 0).put("key", "a".repeat(64)), "$.entities[0].key", true));
        out.add(b("entity key with script", t -> entity(t, 0).put("key", "<script>"), "$.entities[0].key", true));
        out.add(b("duplicate entity keys", t -> entity(t, 1).put("key", "laptop"), "$.entities[1].key", false));
        for (String reserved : List.of("versions", "draft", "submit", "review", "approve", "request_changes", "restore",
                "sharing", "openapi", "api", "static", "files", "new")) {
            out.add(b("reserved entity key " + reserved, t -> {
                entity(t, 0).put("key", reserved);
                field(t, 1, 0).put("target", reserved);
            }, "$.entities[0].key", true));
        }
        out.add(b("entity without name", t -> entity(t, 1).remove("name"), "$.entities[1].name", true));
        out.add(b("entity without fields", t -> entity(t, 0).putArray("fields"), "$.entities[0].fields", true));
        out.add(b("too many fields", t -> {
            ArrayNode fields = (ArrayNode) entity(t, 0).get("fields");
            for (int i = 0; i < 99; i++) {
                fields.addObject().put("key", "f" + i).put("label", "F" + i).put("type", "text");
            }
        }, "$.entities[0].fields", true));
        out.add(b("duplicate field keys", t -> field(t, 1, 1).put("key", "laptop"), "$.entities[1].fields[1].key", false));
        for (String system : List.of("id", "created_at", "updated_at", "created_by", "updated_by")) {
            out.add(b("system column " + system, t -> field(t, 0, 1).put("key", system), "$.entities[0].fields[1].key", true));
        }
        out.add(b("field key with a space", t -> field(t, 0, 1).put("key", "the model"), "$.entities[0].fields[1].key", true));
        out.add(b("unknown type", t -> field(t, 1, 2).put("type", "dat"), "$.entities[1].fields[2].type", true));
        out.add(b("no type", t -> field(t, 1, 2).remove("type"), "$.entities[1].fields[2].type", true));
        out.add(b("empty label", t -> field(t, 1, 2).put("label", ""), "$.entities[1].fields[2].label", true));
        out.add(b("choice without options", t -> field(t, 1, 3).remove("options"), "$.entities[1].fields[3].options", true));
        out.add(b("choice with empty options", t -> field(t, 1, 3).putArray("options"), "$.entities[1].fields[3].options", true));
        out.add(b("duplicate options", t -> field(t, 1, 3).putArray("options").add("Good").add("Good"),
                "$.entities[1].fields[3].options[1]", true));
        out.add(b("duplicate options in another case", t -> field(t, 1, 3).putArray("options").add("Good").add("GOOD"),
                "$.entities[1].fields[3].options[1]", false));
        out.add(b("empty option", t -> field(t, 1, 3).putArray("options").add("Good").add(""),
                "$.entities[1].fields[3].options[1]", true));
        out.add(b("option too long", t -> field(t, 1, 3).putArray("options").add("x".repeat(201)),
                "$.entities[1].fields[3].options[0]", true));
        out.add(b("options on a date", t -> field(t, 1, 2).putArray("options").add("Soon"), "$.entities[1].fields[2].options", true));
        out.add(b("reference without target", t -> field(t, 1, 0).remove("target"), "$.entities[1].fields[0].target", true));
        out.add(b("reference to a missing kind", t -> field(t, 1, 0).put("target", "computer"), "$.entities[1].fields[0].target", false));
        out.add(b("target on a text field", t -> field(t, 0, 1).put("target", "loan"), "$.entities[0].fields[1].target", true));
        out.add(b("required that is not a boolean", t -> field(t, 0, 1).put("required", "yes"), "$.entities[0].fields[1].required", true));
        out.add(b("title naming no field", t -> entity(t, 0).put("title", "serial"), "$.entities[0].title", false));
        out.add(access("access rule for a missing kind", """
                [{"entity": "computer", "rows": "own"}]
                """, "$.access[0].entity", false));
        out.add(access("access rows neither own nor all", """
                [{"entity": "loan", "rows": "some"}]
                """, "$.access[0].rows", true));
        out.add(access("access rule with rows and field", """
                [{"entity": "loan", "rows": "own", "field": "due_on", "visible_to": ["HR"]}]
                """, "$.access[0]", true));
        out.add(access("access owner that is not a person field", """
                [{"entity": "loan", "rows": "own", "owner": "due_on"}]
                """, "$.access[0].owner", false));
        out.add(access("hidden field that does not exist", """
                [{"entity": "loan", "field": "price", "visible_to": ["HR"]}]
                """, "$.access[0].field", false));
        out.add(access("hidden title field", """
                [{"entity": "laptop", "field": "asset_tag", "visible_to": ["HR"]}]
                """, "$.access[0].field", false));
        out.add(access("hidden field without groups", """
                [{"entity": "loan", "field": "due_on", "visible_to": []}]
                """, "$.access[0].visible_to", true));
        out.add(access("group name with a slash", """
                [{"entity": "loan", "rows": "own", "see_all": ["a/b"]}]
                """, "$.access[0].see_all", true));
        out.add(access("two row rules for one kind", """
                [{"entity": "loan", "rows": "own"}, {"entity": "loan", "rows": "all"}]
                """, "$.access[1]", false));
        out.add(access("access that is not a list", """
                {}
                """, "$.access", true));
        return out;
    }

    private static Broken access(String what, String access, String path, boolean schemaSees) {
        return new Broken(what, withAccess(access), path, schemaSees);
    }

    static ObjectNode entity(JsonNode tree, int i) {
        return (ObjectNode) tree.get("entities").get(i);
    }

    static ObjectNode field(JsonNode tree, int e, int f) {
        return (ObjectNode) tree.get("entities").get(e).get("fields").get(f);
    }

    private static Broken b(String what, Consumer<JsonNode> change, String path, boolean schemaSees) {
        JsonNode tree = laptops();
        change.accept(tree);
        return new Broken(what, tree, path, schemaSees);
    }

    private SpecCases() {
    }
}
