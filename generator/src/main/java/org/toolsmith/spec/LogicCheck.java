package org.toolsmith.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The structure of a spec's logic ({@code rules}, {@code computed}, {@code actions},
 * {@code automations}) for {@link SpecValidator}: keys, the record kinds and fields they name,
 * events and schedules, and scripts present and not too long. Whether a script parses is checked
 * by the runtime (with the sandbox) before a spec is saved, since the generator does not run scripts.
 */
final class LogicCheck {
    static final int MAX_SCRIPT = 100_000;
    static final int MAX_ITEMS = 200;
    static final int MAX_MESSAGE = 500;
    static final Pattern TIME = Pattern.compile("^([01][0-9]|2[0-3]):[0-5][0-9]$");
    static final Set<FieldType> COMPUTED_TYPES = Set.of(FieldType.TEXT, FieldType.INTEGER, FieldType.DECIMAL,
            FieldType.MONEY, FieldType.BOOLEAN, FieldType.DATE, FieldType.DATETIME);

    private final JsonNode tree;
    private final List<Problem> problems;
    private final Map<String, Set<String>> fieldsByEntity = new HashMap<>();
    private final Map<String, Set<String>> computedByEntity = new HashMap<>();
    /** {@code record.x}, {@code record._before.x}, {@code record['x']}: the fields a script reads by name. */
    static final Pattern READS = Pattern.compile("\\b(?:record|_before)\\s*(?:\\.\\s*([A-Za-z_$][\\w$]*)|\\[\\s*(['\"])([^'\"\\\\]{1,100})\\2\\s*\\])");
    static final Set<String> OBJECT_MEMBERS = Set.of("hasOwnProperty", "toString", "valueOf", "constructor", "isPrototypeOf",
            "propertyIsEnumerable", "toLocaleString");

    LogicCheck(JsonNode tree, List<Problem> problems) {
        this.tree = tree;
        this.problems = problems;
        for (JsonNode e : tree.path("entities")) {
            if (e.isObject() && e.path("key").isTextual()) {
                Set<String> keys = new HashSet<>();
                for (JsonNode f : e.path("fields")) {
                    if (f.path("key").isTextual()) {
                        keys.add(f.get("key").asText());
                    }
                }
                fieldsByEntity.put(e.get("key").asText(), keys);
            }
        }
        for (JsonNode c : tree.path("computed")) {
            if (c.path("entity").isTextual() && c.path("key").isTextual()) {
                computedByEntity.computeIfAbsent(c.get("entity").asText(), k -> new HashSet<>()).add(c.get("key").asText());
            }
        }
    }

    void run() {
        Set<String> computedKeys = new HashSet<>();
        each("computed", "computed field", (node, at, who) -> {
            String entity = entity(node, at, who);
            reads(node, entity, at, who);
            text(node, "label", at, who, SpecValidator.MAX_LABEL, true);
            FieldType type = FieldType.fromJson(node.path("type").asText(null)).orElse(null);
            if (type == null || !COMPUTED_TYPES.contains(type)) {
                problems.add(new Problem(at + ".type", who + " must say what it shows: text, integer, decimal, money, boolean, date or datetime."));
            }
            String key = node.path("key").asText("");
            if (entity != null && fieldsByEntity.get(entity).contains(key)) {
                problems.add(new Problem(at + ".key", who + " has the key " + SpecValidator.quote(key)
                        + ", which is already a field of that record kind; choose another key."));
            }
            if (entity != null && !computedKeys.add(entity + "." + key)) {
                problems.add(new Problem(at + ".key", "Two computed fields of " + SpecValidator.quote(entity) + " share the key " + SpecValidator.quote(key) + "."));
            }
        });
        each("rules", "rule", (node, at, who) -> {
            String entity = entity(node, at, who);
            reads(node, entity, at, who);
            text(node, "name", at, who, SpecValidator.MAX_LABEL, true);
            text(node, "message", at, who, MAX_MESSAGE, true);
            optionalField(node, "field", entity, at, who);
        });
        each("actions", "button", (node, at, who) -> {
            reads(node, entity(node, at, who), at, who);
            text(node, "label", at, who, SpecValidator.MAX_LABEL, true);
            JsonNode roles = node.get("roles");
            if (roles != null && !roles.isNull()) {
                boolean ok = roles.isArray();
                for (JsonNode r : roles) {
                    ok &= r.isTextual() && !r.asText().isBlank() && r.asText().length() <= SpecValidator.MAX_LABEL;
                }
                if (!ok) {
                    problems.add(new Problem(at + ".roles", who + ": \"roles\" must be a list of role names, or [\"everyone\"]."));
                }
            }
        });
        each("automations", "automation", (node, at, who) -> {
            String entity = entity(node, at, who);
            reads(node, entity, at, who);
            text(node, "name", at, who, SpecValidator.MAX_LABEL, true);
            String on = node.path("on").asText("");
            if (!Automation.EVENTS.contains(on)) {
                problems.add(new Problem(at + ".on", who + " must say when it runs: \"create\", \"update\", \"delete\" or \"schedule\"."));
            }
            optionalField(node, "field", entity, at, who);
            JsonNode value = node.get("value");
            if (value != null && !value.isNull() && !value.isTextual()) {
                problems.add(new Problem(at + ".value", who + ": \"value\" must be text (the value the field changes to)."));
            }
            if ((node.hasNonNull("field") || node.hasNonNull("value")) && !on.equals("update")) {
                problems.add(new Problem(at + ".field", who + ": \"when a field changes\" only applies to updates."));
            }
            schedule(node.get("schedule"), on, at, who);
        });
    }

    private interface ItemCheck {
        void check(JsonNode node, String at, String who);
    }

    private void each(String property, String what, ItemCheck check) {
        JsonNode list = tree.get(property);
        if (list == null || list.isNull()) {
            return;
        }
        String root = "$." + property;
        if (!list.isArray()) {
            problems.add(new Problem(root, "\"" + property + "\" must be a list."));
            return;
        }
        if (list.size() > MAX_ITEMS) {
            problems.add(new Problem(root, "The app has " + list.size() + " " + property + "; Toolsmith allows at most " + MAX_ITEMS + "."));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            String at = root + "[" + i + "]";
            if (!node.isObject()) {
                problems.add(new Problem(at, "Each " + what + " must be a JSON object."));
                continue;
            }
            String key = node.path("key").asText(null);
            String who = "The " + what + (key == null ? "" : " " + SpecValidator.quote(key));
            if (key == null || !Keys.isValid(key)) {
                problems.add(new Problem(at + ".key", who + " needs a key of lower-case letters, digits and _ that starts with a letter."));
            } else if (Keys.SYSTEM_COLUMNS.contains(key)) {
                problems.add(new Problem(at + ".key", who + ": \"" + key + "\" is kept by Toolsmith itself; choose another key."));
            } else if (!property.equals("computed") && !keys.add(key)) {
                problems.add(new Problem(at + ".key", "Two " + property + " share the key " + SpecValidator.quote(key) + "."));
            }
            JsonNode script = node.get("script");
            if (script == null || !script.isTextual() || script.asText().isBlank()) {
                problems.add(new Problem(at + ".script", who + " has no script."));
            } else if (script.asText().length() > MAX_SCRIPT) {
                problems.add(new Problem(at + ".script", who + "'s script is longer than " + MAX_SCRIPT + " characters."));
            }
            JsonNode template = node.get("template");
            if (template != null && !template.isNull() && !template.isTextual()) {
                problems.add(new Problem(at + ".template", who + ": \"template\" must be text."));
            }
            check.check(node, at, who);
        }
    }

    private String entity(JsonNode node, String at, String who) {
        String entity = node.path("entity").asText(null);
        if (entity == null || !fieldsByEntity.containsKey(entity)) {
            problems.add(new Problem(at + ".entity", who + " belongs to a record kind the app does not have"
                    + (entity == null ? "" : " (" + SpecValidator.quote(entity) + ")") + "."));
            return null;
        }
        return entity;
    }

    /**
     * A script that reads {@code record.x} where the record kind has no field (nor computed field) x:
     * most often a field renamed or removed since the script was written. Reported once per name.
     */
    private void reads(JsonNode node, String entity, String at, String who) {
        JsonNode script = node.get("script");
        if (entity == null || script == null || !script.isTextual()) {
            return;
        }
        Set<String> known = new HashSet<>(fieldsByEntity.get(entity));
        known.addAll(computedByEntity.getOrDefault(entity, Set.of()));
        known.addAll(Keys.SYSTEM_COLUMNS);
        known.addAll(OBJECT_MEMBERS);
        String text = script.asText();
        Set<String> reported = new HashSet<>();
        var m = READS.matcher(text);
        for (int from = 0; from < text.length() && m.find(from); from = m.start() + 1) {
            String name = m.group(1) != null ? m.group(1) : m.group(3);
            if (name.startsWith("_") || known.contains(name) || !reported.add(name)) {
                continue;
            }
            int line = (int) text.substring(0, m.start()).chars().filter(ch -> ch == '\n').count() + 1;
            List<String> fields = fieldsByEntity.get(entity).stream().sorted().limit(12).toList();
            problems.add(new Problem(at + ".script", who + "'s script reads record." + name + " (line " + line + "), but "
                    + SpecValidator.quote(entity) + " has no field " + SpecValidator.quote(name)
                    + ". Was it renamed or removed? Its fields are: " + String.join(", ", fields) + "."));
        }
    }

    private void optionalField(JsonNode node, String property, String entity, String at, String who) {
        JsonNode field = node.get(property);
        if (field == null || field.isNull() || entity == null) {
            return;
        }
        if (!field.isTextual() || !fieldsByEntity.get(entity).contains(field.asText())) {
            problems.add(new Problem(at + "." + property, who + " names the field "
                    + (field.isTextual() ? SpecValidator.quote(field.asText()) : "(not text)") + ", which " + SpecValidator.quote(entity) + " does not have."));
        }
    }

    private void text(JsonNode node, String property, String at, String who, int max, boolean required) {
        JsonNode value = node.get(property);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(new Problem(at + "." + property, who + " needs a " + property + "."));
            }
            return;
        }
        SpecValidator.checkText(value, at + "." + property, who, property, max, problems);
    }

    private void schedule(JsonNode schedule, String on, String at, String who) {
        boolean scheduled = on.equals("schedule");
        boolean present = schedule != null && !schedule.isNull();
        if (!scheduled) {
            if (present) {
                problems.add(new Problem(at + ".schedule", who + " has a schedule but runs on \"" + on + "\"; use \"on\": \"schedule\"."));
            }
            return;
        }
        if (!present || !schedule.isObject()) {
            problems.add(new Problem(at + ".schedule", who + " runs on a schedule; say when, such as {\"every\": \"weekday\", \"at\": \"08:00\"}."));
            return;
        }
        if (!Automation.Schedule.EVERY.contains(schedule.path("every").asText(""))) {
            problems.add(new Problem(at + ".schedule.every", who + ": \"every\" must be day, weekday, or a day of the week (monday...)."));
        }
        if (!TIME.matcher(schedule.path("at").asText("")).matches()) {
            problems.add(new Problem(at + ".schedule.at", who + ": \"at\" must be a time of day as HH:MM, such as \"08:00\"."));
        }
    }
}
