package org.toolsmith.draft.scripts;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.toolsmith.spec.Action;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Automation;
import org.toolsmith.spec.Computed;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;
import org.toolsmith.spec.Rule;
import org.toolsmith.templates.Js;
import org.toolsmith.templates.Templates;

/**
 * Writes the common shapes of app logic as JavaScript from the templates in
 * {@code templates/scripts/}: comparisons of dates and numbers, required-if, ranges, status
 * transitions, reminders, totals over linked records, days since a date, stamping a date or a
 * person, and buttons that set fields. Identifiers come only from fields of the entity (checked
 * here, by key and type); every other value is printed as an escaped string literal or a number.
 * An IllegalArgumentException says which field does not fit. Thread-safe.
 */
public final class ScriptShapes {
    private final Templates templates;

    public ScriptShapes(Templates templates) {
        this.templates = templates;
    }

    /** {@code left} must be before/after {@code right} (two date fields). */
    public Rule compareDates(Entity e, String key, String left, Comparison cmp, String right, String message) {
        Map<String, Object> m = model(e, "left", left, FieldType.DATE, FieldType.DATETIME);
        m.put("right", key(e, right, FieldType.DATE, FieldType.DATETIME));
        m.put("op", Js.operator(cmp.operator));
        m.put("word", cmp.dateWords);
        String name = label(e, left) + " " + cmp.dateWords + " " + label(e, right);
        return new Rule(key, e.key(), name, left, render("compare_dates", m), message, "compare_dates", null);
    }

    /** {@code left} compared with another number field, or with a fixed number when {@code rightField} is null. */
    public Rule compareNumbers(Entity e, String key, String left, Comparison cmp, String rightField, BigDecimal rightNumber,
                               String message) {
        Map<String, Object> m = model(e, "left", left, FieldType.INTEGER, FieldType.DECIMAL, FieldType.MONEY);
        m.put("op", Js.operator(cmp.operator));
        m.put("word", cmp.numberWords);
        String right;
        if (rightField != null) {
            m.put("rightField", key(e, rightField, FieldType.INTEGER, FieldType.DECIMAL, FieldType.MONEY));
            right = label(e, rightField);
        } else {
            m.put("rightNumber", Js.number(rightNumber));
            right = rightNumber.toPlainString();
        }
        m.put("rightWords", right);
        return new Rule(key, e.key(), label(e, left) + " " + cmp.numberWords + " " + right, left,
                render("compare_numbers", m), message, "compare_numbers", null);
    }

    /** {@code field} must have a value when {@code other} is {@code value}. */
    public Rule requiredIf(Entity e, String key, String field, String other, String value, String message) {
        Map<String, Object> m = model(e, "field", field);
        Field o = field(e, other);
        if (o.type().hasOptions() && o.options().stream().noneMatch(value::equals)) {
            throw new IllegalArgumentException(o.label() + " has no choice “" + value + "”.");
        }
        m.put("other", Js.key(o.key()));
        m.put("value", Js.string(o.type() == FieldType.BOOLEAN ? String.valueOf(isYes(value)) : value));
        m.put("valueWords", value);
        return new Rule(key, e.key(), label(e, field) + " required when " + o.label() + " is " + value, field,
                render("required_if", m), message, "required_if", null);
    }

    /** {@code field} between {@code min} and {@code max}: numbers, or dates (YYYY-MM-DD) for a date field. */
    public Rule range(Entity e, String key, String field, String min, String max, String message) {
        Field f = field(e, field, FieldType.INTEGER, FieldType.DECIMAL, FieldType.MONEY, FieldType.DATE);
        Map<String, Object> m = new HashMap<>();
        m.put("field", Js.key(f.key()));
        boolean dates = f.type() == FieldType.DATE;
        m.put("dates", dates);
        m.put("min", dates ? Js.string(date(min)) : Js.number(new BigDecimal(min)));
        m.put("max", dates ? Js.string(date(max)) : Js.number(new BigDecimal(max)));
        m.put("minWords", min);
        m.put("maxWords", max);
        return new Rule(key, e.key(), f.label() + " between " + min + " and " + max, field, render("range", m), message,
                "range", null);
    }

    /** A choice field may only move from each value to the listed ones. */
    public Rule statusTransition(Entity e, String key, String field, Map<String, List<String>> allowed, String message) {
        Field f = field(e, field, FieldType.CHOICE);
        StringJoiner object = new StringJoiner(", ", "{", "}");
        StringJoiner words = new StringJoiner("; ");
        allowed.forEach((from, tos) -> {
            option(f, from);
            tos.forEach(to -> option(f, to));
            object.add(Js.string(from) + ": [" + String.join(", ", tos.stream().map(t -> Js.string(t).code()).toList()) + "]");
            words.add(from + " → " + String.join(" or ", tos));
        });
        Map<String, Object> m = new HashMap<>();
        m.put("field", Js.key(f.key()));
        m.put("allowed", new Js(object.toString()));
        m.put("words", words.toString());
        return new Rule(key, e.key(), f.label() + " changes in order", field, render("status_transition", m), message,
                "status_transition", null);
    }

    /**
     * Reminds the person in {@code person} (e-mail when it is an e-mail field, else in the app)
     * {@code days} days before (or after) the date in {@code date}, unless {@code doneField} is set.
     */
    public Automation reminder(Entity e, String key, String person, String date, int days, boolean before, String doneField,
                               Automation.Schedule schedule, String message) {
        Field p = field(e, person, FieldType.PERSON, FieldType.EMAIL, FieldType.TEXT);
        Map<String, Object> m = model(e, "date", date, FieldType.DATE, FieldType.DATETIME);
        m.put("person", Js.key(p.key()));
        m.put("n", Js.number(days));
        m.put("when", before ? "before" : "after");
        if (doneField != null) {
            m.put("doneField", key(e, doneField, FieldType.BOOLEAN, FieldType.DATE, FieldType.DATETIME));
        }
        m.put("message", message);
        m.put("channel", p.type() == FieldType.EMAIL ? "email" : "app");
        m.put("subject", "Reminder: " + e.name());
        String name = "Remind " + p.label().toLowerCase(java.util.Locale.ROOT) + " " + days + " day" + (days == 1 ? "" : "s")
                + " " + (before ? "before" : "after") + " " + label(e, date).toLowerCase(java.util.Locale.ROOT);
        return new Automation(key, e.key(), name, "schedule", null, null, schedule, render("reminder", m), "reminder", null);
    }

    /** Total of {@code field} (or the count, when null) over the records of {@code from} that point to this one. */
    public Computed totalLinked(AppSpec spec, Entity e, String key, String label, Entity from, String field) {
        if (spec.referencesTo(e.key()).stream().noneMatch(r -> r.from().key().equals(from.key()))) {
            throw new IllegalArgumentException(from.plural() + " do not point to " + e.plural() + ".");
        }
        Map<String, Object> m = new HashMap<>();
        m.put("entity", Js.key(from.key()));
        FieldType type = FieldType.INTEGER;
        if (field != null) {
            Field f = field(from, field, FieldType.INTEGER, FieldType.DECIMAL, FieldType.MONEY);
            m.put("field", Js.key(f.key()));
            type = f.type() == FieldType.INTEGER ? FieldType.INTEGER : f.type();
        }
        return new Computed(key, e.key(), label, type, render("total_linked", m), "total_linked", null);
    }

    /** Whole days from {@code date} to today, empty once {@code doneField} is set ("days overdue"). */
    public Computed daysSince(Entity e, String key, String label, String date, String doneField) {
        Map<String, Object> m = model(e, "date", date, FieldType.DATE, FieldType.DATETIME);
        if (doneField != null) {
            m.put("doneField", key(e, doneField, FieldType.BOOLEAN, FieldType.DATE, FieldType.DATETIME));
        }
        return new Computed(key, e.key(), label, FieldType.INTEGER, render("days_since", m), "days_since", null);
    }

    /** When {@code field} changes (to {@code value}, if given), sets {@code target} to today or to the person who changed it. */
    public Automation stamp(Entity e, String key, String field, String value, String target) {
        Field changed = field(e, field);
        if (value != null && changed.type().hasOptions()) {
            value = option(changed, value);
        }
        Field t = field(e, target, FieldType.DATE, FieldType.DATETIME, FieldType.PERSON, FieldType.TEXT);
        Map<String, Object> m = new HashMap<>();
        m.put("field", Js.key(field));
        m.put("target", Js.key(t.key()));
        m.put("person", t.type() == FieldType.PERSON || t.type() == FieldType.TEXT);
        String name = "Fill in " + t.label().toLowerCase(java.util.Locale.ROOT) + " when " + label(e, field).toLowerCase(java.util.Locale.ROOT)
                + (value == null ? " changes" : " becomes " + value);
        return new Automation(key, e.key(), name, "update", field, value, null, render("stamp", m), "stamp", null);
    }

    /** What a button puts in one field: a fixed value, today's date, or the person who pressed it. */
    public record Assignment(String field, Object value, boolean today, boolean user) {
        public static Assignment value(String field, Object value) {
            return new Assignment(field, value, false, false);
        }

        public static Assignment today(String field) {
            return new Assignment(field, null, true, false);
        }

        public static Assignment user(String field) {
            return new Assignment(field, null, false, true);
        }
    }

    /** A button that sets fields of the record. */
    public Action setFields(Entity e, String key, String label, List<Assignment> assignments, List<String> roles) {
        List<Map<String, Object>> list = assignments.stream().map(a -> {
            Field f = field(e, a.field());
            Map<String, Object> m = new HashMap<>();
            m.put("key", Js.key(f.key()));
            m.put("today", a.today());
            m.put("user", a.user());
            if (!a.today() && !a.user()) {
                m.put("value", literal(f, a.value()));
            }
            return m;
        }).toList();
        Map<String, Object> m = new HashMap<>();
        m.put("assignments", list);
        m.put("words", label);
        return new Action(key, e.key(), label, render("set_fields", m), roles, "set_fields", null);
    }

    private static Js literal(Field f, Object value) {
        return switch (f.type()) {
            case BOOLEAN -> Js.bool(value instanceof Boolean b ? b : isYes(String.valueOf(value)));
            case INTEGER, DECIMAL, MONEY -> Js.number(new BigDecimal(String.valueOf(value)));
            case CHOICE -> Js.string(option(f, String.valueOf(value)));
            default -> Js.string(String.valueOf(value));
        };
    }

    private String render(String shape, Map<String, Object> model) {
        return templates.render("scripts/" + shape + ".js.vm", model).strip() + "\n";
    }

    private static Map<String, Object> model(Entity e, String name, String fieldKey, FieldType... types) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(name, key(e, fieldKey, types));
        return m;
    }

    private static Js key(Entity e, String fieldKey, FieldType... types) {
        return Js.key(field(e, fieldKey, types).key());
    }

    private static Field field(Entity e, String fieldKey, FieldType... types) {
        Field f = e.field(fieldKey).orElseThrow(() -> new IllegalArgumentException(e.name() + " has no field “" + fieldKey + "”."));
        if (types.length > 0 && !List.of(types).contains(f.type())) {
            throw new IllegalArgumentException(f.label() + " is a " + f.type().json() + " field; this needs "
                    + String.join(" or ", List.of(types).stream().map(FieldType::json).toList()) + ".");
        }
        return f;
    }

    private static String label(Entity e, String fieldKey) {
        return e.field(fieldKey).map(Field::label).orElse(fieldKey);
    }

    private static String option(Field f, String value) {
        return f.options().stream().filter(o -> o.equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(f.label() + " has no choice “" + value + "”."));
    }

    private static String date(String text) {
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new IllegalArgumentException("“" + text + "” is not a date as YYYY-MM-DD.");
        }
        return text;
    }

    static boolean isYes(String value) {
        return List.of("true", "yes", "y", "1", "oui", "ja", "sí", "si").contains(value.strip().toLowerCase(java.util.Locale.ROOT));
    }
}
