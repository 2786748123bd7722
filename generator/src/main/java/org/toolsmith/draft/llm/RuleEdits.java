package org.toolsmith.draft.llm;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.toolsmith.build.LogicWords;
import org.toolsmith.draft.scripts.Comparison;
import org.toolsmith.draft.scripts.ScriptShapes;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.Keys;
import org.toolsmith.spec.Rule;
import org.toolsmith.templates.Templates;

/**
 * The agent's {@code add_rule}: a validation written from one of the template shapes
 * ({@link ScriptShapes}: identifiers only from the record kind's fields, values as escaped
 * literals), or, when none fits, a custom script from the model, kept as a custom body marked
 * {@link LogicWords#AI_WRITTEN} for a person to read before the app is created.
 */
final class RuleEdits {
    static final List<String> SHAPES = List.of("compare_dates", "compare_numbers", "required_if", "range", "status_transition", "custom");
    private static final ScriptShapes SCRIPTS = new ScriptShapes(new Templates());

    /** What the model asked for, as it gave it. */
    record Request(String shape, String field, String other, String comparison, String value, String min, String max,
                   List<String> transitions, String message, String name, String script) {
    }

    private RuleEdits() {
    }

    /** The rule, or a {@link SpecEdits.Refused} saying what to give instead. */
    static Rule rule(AppSpec spec, Entity e, Request r) {
        String shape = r.shape() == null ? "" : r.shape().strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (!SHAPES.contains(shape)) {
            throw new SpecEdits.Refused("There is no rule shape " + r.shape() + ". The shapes are: " + String.join(", ", SHAPES) + ".");
        }
        String message = required(r.message(), "A rule needs the message a person sees when the save is refused.");
        try {
            return switch (shape) {
                case "compare_dates" -> SCRIPTS.compareDates(e, key(spec, e, r.field(), "order"), field(e, r.field()),
                        comparison(r.comparison()), field(e, required(r.other(), "compare_dates needs the other date field (other).")), message);
                case "compare_numbers" -> r.other() != null && !r.other().isBlank()
                        ? SCRIPTS.compareNumbers(e, key(spec, e, r.field(), "limit"), field(e, r.field()), comparison(r.comparison()),
                                field(e, r.other()), null, message)
                        : SCRIPTS.compareNumbers(e, key(spec, e, r.field(), "limit"), field(e, r.field()), comparison(r.comparison()),
                                null, number(r.value(), "compare_numbers needs another number field (other) or a number (value)."), message);
                case "required_if" -> SCRIPTS.requiredIf(e, key(spec, e, r.field(), "required"), field(e, r.field()),
                        field(e, required(r.other(), "required_if needs the field the condition is on (other).")),
                        required(r.value(), "required_if needs the value of the other field (value)."), message);
                case "range" -> SCRIPTS.range(e, key(spec, e, r.field(), "range"), field(e, r.field()),
                        required(r.min(), "range needs min."), required(r.max(), "range needs max."), message);
                case "status_transition" -> SCRIPTS.statusTransition(e, key(spec, e, r.field(), "order"), field(e, r.field()),
                        transitions(r.transitions()), message);
                default -> custom(spec, e, r, message);
            };
        } catch (IllegalArgumentException ex) {
            throw new SpecEdits.Refused(ex.getMessage());
        }
    }

    private static Rule custom(AppSpec spec, Entity e, Request r, String message) {
        String script = required(r.script(), "A custom rule needs its script: the body of a function (record) that returns true to accept.");
        String name = required(r.name(), "A custom rule needs a name in plain words, e.g. Asset tag starts with LT.");
        String field = r.field() == null || r.field().isBlank() ? null : field(e, r.field());
        String key = Keys.unique(Keys.fromLabel(name, "rule", "rule"), spec.rules().stream().map(Rule::key).toList());
        return new Rule(key, e.key(), name, field, script, message, null, LogicWords.AI_WRITTEN);
    }

    /** "Out -> Back, Lost" (or "Out: Back, Lost") for each value that may only move to some others. */
    private static Map<String, List<String>> transitions(List<String> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new SpecEdits.Refused("status_transition needs transitions such as [\"Out -> Back, Lost\"].");
        }
        Map<String, List<String>> allowed = new LinkedHashMap<>();
        for (String line : lines) {
            String[] parts = line == null ? new String[0] : line.split("->|→|:", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new SpecEdits.Refused("Write each transition as \"From -> To, Other\", not " + line + ".");
            }
            allowed.put(parts[0].strip(), List.of(parts[1].split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
        }
        return allowed;
    }

    private static Comparison comparison(String words) {
        String w = words == null ? "" : words.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        return switch (w) {
            case "before", "<", "less than", "earlier than" -> Comparison.BEFORE;
            case "on or before", "<=", "at most", "no later than" -> Comparison.ON_OR_BEFORE;
            case "after", ">", "more than", "greater than", "later than" -> Comparison.AFTER;
            case "on or after", ">=", "at least", "no earlier than" -> Comparison.ON_OR_AFTER;
            default -> throw new SpecEdits.Refused("Say how the values compare: before, on_or_before, after or on_or_after.");
        };
    }

    private static BigDecimal number(String value, String ifMissing) {
        try {
            return new BigDecimal(required(value, ifMissing).strip());
        } catch (NumberFormatException ex) {
            throw new SpecEdits.Refused(value + " is not a number.");
        }
    }

    /** The key of the field named by key or label. */
    private static String field(Entity e, String name) {
        String n = required(name, "Say which field of " + e.name() + " the rule is about (field).");
        return e.fields().stream().filter(f -> n.equals(f.key()) || n.equalsIgnoreCase(f.label())).findFirst().map(Field::key)
                .orElseThrow(() -> new SpecEdits.Refused(e.name() + " has no field " + n + ". Its fields are: "
                        + e.fields().stream().map(f -> f.key() + " (" + f.label() + ")").collect(Collectors.joining(", ")) + "."));
    }

    private static String key(AppSpec spec, Entity e, String field, String suffix) {
        return Keys.unique(Keys.fromLabel(field(e, field) + "_" + suffix, "rule", "rule"), spec.rules().stream().map(Rule::key).toList());
    }

    private static String required(String s, String ifMissing) {
        if (s == null || s.isBlank()) {
            throw new SpecEdits.Refused(ifMissing);
        }
        return s.strip();
    }
}
