package org.toolsmith.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The checks of one record kind and its fields, for {@link SpecValidator}. */
final class EntityCheck {
    private final JsonNode node;
    private final String path;
    private final Set<String> entityKeys;
    private final List<Problem> problems;

    EntityCheck(JsonNode node, String path, Set<String> entityKeys, List<Problem> problems) {
        this.node = node;
        this.path = path;
        this.entityKeys = entityKeys;
        this.problems = problems;
    }

    void run(Set<String> seenKeys) {
        if (!node.isObject()) {
            problems.add(new Problem(path, "Each kind of record must be a JSON object with a key, a name and fields."));
            return;
        }
        String name = SpecValidator.checkText(node.get("name"), path + ".name", "A kind of record", "name", SpecValidator.MAX_NAME, problems);
        String who = name != null ? "The record kind " + SpecValidator.quote(name) : "A record kind";
        checkKey(seenKeys, who);
        JsonNode plural = node.get("plural");
        if (plural != null && !plural.isNull()) {
            SpecValidator.checkText(plural, path + ".plural", who, "plural name", SpecValidator.MAX_NAME, problems);
        }
        JsonNode because = node.get("because");
        if (because != null && !because.isNull() && !because.isTextual()) {
            problems.add(new Problem(path + ".because", who + ": \"because\" must be text."));
        }
        JsonNode suggested = node.get("suggested");
        if (suggested != null && !suggested.isNull() && !suggested.isBoolean()) {
            problems.add(new Problem(path + ".suggested", who + ": \"suggested\" must be true or false."));
        }
        JsonNode fields = node.get("fields");
        if (fields == null || !fields.isArray() || fields.isEmpty()) {
            problems.add(new Problem(path + ".fields", who + " has no fields. Give it at least one, such as a name."));
            return;
        }
        if (fields.size() > SpecValidator.MAX_FIELDS) {
            problems.add(new Problem(path + ".fields", who + " has " + fields.size() + " fields; Toolsmith allows at most "
                    + SpecValidator.MAX_FIELDS + ". Move some into another kind of record."));
        }
        String entityName = name != null ? name : "this record kind";
        Set<String> fieldKeys = new HashSet<>();
        Set<String> seenFields = new HashSet<>();
        for (JsonNode f : fields) {
            if (f.isObject() && f.path("key").isTextual()) {
                fieldKeys.add(f.get("key").asText());
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            new FieldCheck(fields.get(i), path + ".fields[" + i + "]", entityName, entityKeys, problems).run(seenFields);
        }
        JsonNode title = node.get("title");
        if (title != null && !title.isNull() && (!title.isTextual() || !fieldKeys.contains(title.asText()))) {
            problems.add(new Problem(path + ".title", who + " names " + (title.isTextual() ? SpecValidator.quote(title.asText()) : "something")
                    + " as its title field, but it has no field with that key."));
        }
    }

    private void checkKey(Set<String> seenKeys, String who) {
        JsonNode keyNode = node.get("key");
        String keyPath = path + ".key";
        if (keyNode == null || keyNode.isNull() || !keyNode.isTextual() || keyNode.asText().isEmpty()) {
            problems.add(new Problem(keyPath, who + " has no key (its identifier, such as \"leave_request\")."));
            return;
        }
        String key = keyNode.asText();
        if (!Keys.isValid(key)) {
            problems.add(new Problem(keyPath, who + " has the key " + SpecValidator.quote(key) + ", which is not allowed: a key starts with "
                    + "a lower-case letter and has only lower-case letters, digits and underscores (at most 63), such as \"leave_request\"."));
        } else if (Keys.RESERVED_ENTITY_KEYS.contains(key)) {
            problems.add(new Problem(keyPath, who + " has the key " + SpecValidator.quote(key) + ", which Toolsmith keeps for its own pages. "
                    + "Choose another key, such as \"" + key + "_item\"."));
        }
        if (!seenKeys.add(key)) {
            problems.add(new Problem(keyPath, "Two kinds of record have the key " + SpecValidator.quote(key) + "; each needs its own."));
        }
    }
}
