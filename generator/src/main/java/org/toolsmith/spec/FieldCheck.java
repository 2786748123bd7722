package org.toolsmith.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The checks of one field, for {@link SpecValidator}. */
final class FieldCheck {
    static final String TYPE_NAMES = Arrays.stream(FieldType.values()).map(t -> t.json().replace('_', ' '))
            .collect(Collectors.joining(", "));

    private final JsonNode node;
    private final String path;
    private final String entityName;
    private final Set<String> entityKeys;
    private final List<Problem> problems;

    FieldCheck(JsonNode node, String path, String entityName, Set<String> entityKeys, List<Problem> problems) {
        this.node = node;
        this.path = path;
        this.entityName = entityName;
        this.entityKeys = entityKeys;
        this.problems = problems;
    }

    void run(Set<String> seenKeys) {
        if (!node.isObject()) {
            problems.add(new Problem(path, "Each field of " + entityName + " must be a JSON object with a key, a label and a type."));
            return;
        }
        String label = SpecValidator.checkText(node.get("label"), path + ".label", "A field of " + entityName, "label", SpecValidator.MAX_LABEL, problems);
        String who = label != null ? "Field " + SpecValidator.quote(label) + " in " + entityName : "A field of " + entityName;
        checkKey(seenKeys, who);
        FieldType type = checkType(who);
        for (String flag : List.of("required", "unique", "suggested")) {
            JsonNode value = node.get(flag);
            if (value != null && !value.isNull() && !value.isBoolean()) {
                problems.add(new Problem(path + "." + flag, who + ": \"" + flag + "\" must be true or false."));
            }
        }
        JsonNode because = node.get("because");
        if (because != null && !because.isNull() && !because.isTextual()) {
            problems.add(new Problem(path + ".because", who + ": \"because\" must be text."));
        }
        checkOptions(who, type);
        checkTarget(who, type);
    }

    private void checkKey(Set<String> seenKeys, String who) {
        JsonNode keyNode = node.get("key");
        String keyPath = path + ".key";
        if (keyNode == null || keyNode.isNull() || !keyNode.isTextual() || keyNode.asText().isEmpty()) {
            problems.add(new Problem(keyPath, who + " has no key (its identifier, such as \"due_on\")."));
            return;
        }
        String key = keyNode.asText();
        if (!Keys.isValid(key)) {
            problems.add(new Problem(keyPath, who + " has the key " + SpecValidator.quote(key) + ", which is not allowed: a key starts with "
                    + "a lower-case letter and has only lower-case letters, digits and underscores (at most 63), such as \"due_on\"."));
        } else if (Keys.SYSTEM_COLUMNS.contains(key)) {
            problems.add(new Problem(keyPath, who + " has the key " + SpecValidator.quote(key) + ", which every record already has "
                    + "(Toolsmith keeps id, created_at, updated_at, created_by and updated_by itself). Choose another key."));
        }
        if (!seenKeys.add(key)) {
            problems.add(new Problem(keyPath, "Two fields in " + entityName + " have the key " + SpecValidator.quote(key) + "; each needs its own."));
        }
    }

    private FieldType checkType(String who) {
        JsonNode typeNode = node.get("type");
        if (typeNode == null || typeNode.isNull()) {
            problems.add(new Problem(path + ".type", who + " has no type. Use one of: " + TYPE_NAMES + "."));
            return null;
        }
        FieldType type = typeNode.isTextual() ? FieldType.fromJson(typeNode.asText()).orElse(null) : null;
        if (type == null) {
            problems.add(new Problem(path + ".type", who + " has the type " + SpecValidator.quote(typeNode.asText())
                    + ", which Toolsmith does not know. Use one of: " + TYPE_NAMES + "."));
        }
        return type;
    }

    private void checkOptions(String who, FieldType type) {
        JsonNode options = node.get("options");
        boolean present = options != null && !options.isNull();
        String optPath = path + ".options";
        if (type == null) {
            return;
        }
        if (!type.hasOptions()) {
            if (present && !(options.isArray() && options.isEmpty())) {
                problems.add(new Problem(optPath, who + " has choices, but only a choice or multiple-choice field can have them. "
                        + "Remove the choices or change its type."));
            }
            return;
        }
        if (!present || !options.isArray() || options.isEmpty()) {
            problems.add(new Problem(optPath, who + " is a " + type.json().replace('_', ' ') + " field without choices. "
                    + "List the values people can pick, such as Open, Closed."));
            return;
        }
        if (options.size() > SpecValidator.MAX_OPTIONS) {
            problems.add(new Problem(optPath, who + " has " + options.size() + " choices; Toolsmith allows at most " + SpecValidator.MAX_OPTIONS + "."));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            JsonNode o = options.get(i);
            String oPath = optPath + "[" + i + "]";
            if (!o.isTextual() || o.asText().isBlank()) {
                problems.add(new Problem(oPath, who + " has an empty choice; each choice needs some text."));
                continue;
            }
            String value = o.asText();
            if (value.length() > SpecValidator.MAX_OPTION) {
                problems.add(new Problem(oPath, who + " has a choice longer than " + SpecValidator.MAX_OPTION + " characters; shorten it."));
            }
            if (!seen.add(value.strip().toLowerCase(Locale.ROOT))) {
                problems.add(new Problem(oPath, who + " lists the choice " + SpecValidator.quote(value) + " twice."));
            }
        }
    }

    private void checkTarget(String who, FieldType type) {
        JsonNode target = node.get("target");
        boolean present = target != null && !target.isNull();
        if (type == null) {
            return;
        }
        String tPath = path + ".target";
        if (type != FieldType.REFERENCE) {
            if (present) {
                problems.add(new Problem(tPath, who + " points at another kind of record, but only a link (reference) field can. "
                        + "Remove the target or change its type to reference."));
            }
            return;
        }
        if (!present || !target.isTextual() || target.asText().isEmpty()) {
            problems.add(new Problem(tPath, who + " is a link to another kind of record but does not say which one."));
        } else if (!entityKeys.contains(target.asText())) {
            problems.add(new Problem(tPath, who + " links to " + SpecValidator.quote(target.asText())
                    + ", but the app has no kind of record with that key."));
        }
    }
}
