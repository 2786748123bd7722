package org.toolsmith.runtime.screens;

import io.vertx.core.MultiMap;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.toolsmith.runtime.records.RecordStore.Choice;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * The form shared by "new" and "edit": values as the inputs show them, and a submission read back
 * into the strings and lists {@code RecordStore} checks (unticked boxes become {@code false}).
 */
final class RecordForm {
    private RecordForm() {
    }

    /** What the inputs should show for a stored record: strings, and lists for multi_choice. */
    static Map<String, Object> values(Entity entity, Map<String, Object> record) {
        Map<String, Object> values = new HashMap<>();
        for (Field f : entity.fields()) {
            Object v = record.get(f.key());
            if (v == null) {
                values.put(f.key(), f.type() == FieldType.MULTI_CHOICE ? List.of() : "");
            } else if (v instanceof List<?> list) {
                values.put(f.key(), list.stream().map(String::valueOf).toList());
            } else if (f.type() == FieldType.DATETIME) {
                values.put(f.key(), localDateTime(v.toString()));
            } else {
                values.put(f.key(), v.toString());
            }
        }
        return values;
    }

    /** The submission as RecordStore input; file fields are left to the caller. */
    static Map<String, Object> read(Entity entity, MultiMap form) {
        Map<String, Object> input = new LinkedHashMap<>();
        for (Field f : entity.fields()) {
            switch (f.type()) {
                case BOOLEAN -> input.put(f.key(), String.valueOf("true".equals(form.get(f.key())) || "on".equals(form.get(f.key()))));
                case MULTI_CHOICE -> input.put(f.key(), form.getAll(f.key()).stream().filter(s -> !s.isEmpty()).toList());
                case FILE -> {
                }
                default -> {
                    String v = form.get(f.key());
                    input.put(f.key(), v == null ? "" : v.strip());
                }
            }
        }
        return input;
    }

    /**
     * The inputs of the form.
     *
     * @param values what each input shows (a String, or a List for multi_choice)
     * @param errors messages by field key
     * @param choices referenced records per target entity key
     * @param people names seen so far, for person pickers
     */
    static List<Map<String, Object>> inputs(Entity entity, Map<String, Object> values, Map<String, String> errors,
                                            Map<String, List<Choice>> choices, List<String> people, Map<String, Map<String, Object>> files) {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (Field f : entity.fields()) {
            Map<String, Object> m = new HashMap<>();
            Object value = values.getOrDefault(f.key(), "");
            String text = value instanceof String s ? s : "";
            m.put("key", f.key());
            m.put("id", "f-" + f.key());
            m.put("label", f.label());
            m.put("required", f.required());
            m.put("error", errors.getOrDefault(f.key(), ""));
            m.put("value", text);
            m.put("kind", kind(f.type()));
            m.put("type", inputType(f.type()));
            m.put("step", f.type() == FieldType.MONEY ? "0.01" : f.type() == FieldType.DECIMAL ? "any" : f.type() == FieldType.INTEGER ? "1" : "");
            m.put("checked", "true".equals(text));
            m.put("hint", hint(f.type()));
            m.put("options", options(f, value, choices));
            m.put("people", f.type() == FieldType.PERSON ? people : List.of());
            m.put("file", files.getOrDefault(f.key(), Map.of()));
            boolean noTargets = f.type() == FieldType.REFERENCE && choices.getOrDefault(f.target(), List.of()).isEmpty();
            m.put("emptyTarget", noTargets ? f.target() : "");
            m.put("emptyText", "");
            m.put("emptyUrl", "");
            m.put("emptyLink", "");
            inputs.add(m);
        }
        return inputs;
    }

    private static List<Map<String, Object>> options(Field f, Object value, Map<String, List<Choice>> choices) {
        List<Map<String, Object>> options = new ArrayList<>();
        if (f.type() == FieldType.REFERENCE) {
            for (Choice c : choices.getOrDefault(f.target(), List.of())) {
                String id = String.valueOf(c.id());
                options.add(option(id, c.title() == null || c.title().isBlank() ? "#" + id : c.title(), id.equals(value)));
            }
        } else if (f.type() == FieldType.MULTI_CHOICE) {
            Set<?> chosen = value instanceof List<?> l ? Set.copyOf(l) : Set.of();
            for (int i = 0; i < f.options().size(); i++) {
                String o = f.options().get(i);
                Map<String, Object> opt = option(o, o, chosen.contains(o));
                opt.put("id", "f-" + f.key() + "-" + i);
                options.add(opt);
            }
        } else if (f.type() == FieldType.CHOICE) {
            for (String o : f.options()) {
                options.add(option(o, o, o.equals(value)));
            }
        }
        return options;
    }

    private static Map<String, Object> option(String value, String label, boolean selected) {
        Map<String, Object> m = new HashMap<>();
        m.put("value", value);
        m.put("label", label);
        m.put("selected", selected);
        m.put("id", "");
        return m;
    }

    static String kind(FieldType type) {
        return switch (type) {
            case LONG_TEXT -> "textarea";
            case BOOLEAN -> "checkbox";
            case CHOICE, REFERENCE -> "select";
            case MULTI_CHOICE -> "checkboxes";
            case PERSON -> "person";
            case FILE -> "file";
            default -> "input";
        };
    }

    static String inputType(FieldType type) {
        return switch (type) {
            case DATE -> "date";
            case DATETIME -> "datetime-local";
            case INTEGER, DECIMAL, MONEY -> "number";
            case EMAIL -> "email";
            case URL -> "url";
            case PHONE -> "tel";
            default -> "text";
        };
    }

    private static String hint(FieldType type) {
        return switch (type) {
            case MONEY -> "An amount, e.g. 12.50.";
            case URL -> "A web address starting with https://";
            case PERSON -> "A name or email; pick one seen before or type a new one.";
            default -> "";
        };
    }

    /** "2026-11-26T14:30" for an input of type datetime-local. */
    static String localDateTime(String iso) {
        try {
            return OffsetDateTime.parse(iso).toLocalDateTime().toString();
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
