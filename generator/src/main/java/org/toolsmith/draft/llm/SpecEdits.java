package org.toolsmith.draft.llm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;
import org.toolsmith.spec.Problem;
import org.toolsmith.spec.Rule;
import org.toolsmith.spec.SpecJson;
import org.toolsmith.spec.SpecNormalizer;
import org.toolsmith.spec.SpecValidator;

/**
 * The edits behind the agent's tools, on the spec model. An edit that names something missing or
 * would break the spec is refused with a sentence saying why; a kept edit adds one plain-words
 * change ("Added Department (text) to Loan.").
 */
final class SpecEdits {
    /** An edit: the new spec and the change in words, or a {@link Refused}. */
    @FunctionalInterface
    interface Edit {
        Result run();
    }

    record Result(AppSpec spec, String change) {
    }

    record Verdict(boolean applied, String words) {
    }

    static final class Refused extends RuntimeException {
        Refused(String why) {
            super(why, null, false, false);
        }
    }

    private final SpecNormalizer normalizer = new SpecNormalizer();
    private final SpecValidator validator = new SpecValidator();
    private final SpecJson json = new SpecJson();
    private AppSpec spec;
    private final List<String> changes = new ArrayList<>();

    private final ScriptCheck scripts;

    SpecEdits(AppSpec spec) {
        this(spec, ScriptCheck.NONE);
    }

    /** {@code scripts} parses the script of every logic item an edit adds or changes. */
    SpecEdits(AppSpec spec, ScriptCheck scripts) {
        this.spec = spec;
        this.scripts = scripts;
    }

    AppSpec spec() {
        return spec;
    }

    List<String> changes() {
        return List.copyOf(changes);
    }

    /** Runs the edit; keeps it only when the normalized result passes the validator. */
    Verdict apply(Edit edit) {
        Result r;
        try {
            r = edit.run();
        } catch (Refused e) {
            return new Verdict(false, "Not applied: " + e.getMessage());
        } catch (RuntimeException e) {
            return new Verdict(false, "Not applied: the arguments could not be used (" + e.getClass().getSimpleName() + ").");
        }
        AppSpec next = normalizer.normalize(r.spec());
        List<Problem> problems = validator.validate(json.toTree(next));
        if (!problems.isEmpty()) {
            return new Verdict(false, "Not applied, the app would not be valid: " + problems.stream()
                    .limit(5).map(p -> p.path() + ": " + p.message()).collect(Collectors.joining(" ")));
        }
        if (!sameLogic(spec, next)) {
            List<Problem> scriptProblems = AiLogic.check(next, scripts).problems();
            if (!scriptProblems.isEmpty()) {
                return new Verdict(false, "Not applied: " + scriptProblems.stream().limit(3).map(Problem::message).collect(Collectors.joining(" ")));
            }
        }
        spec = next;
        changes.add(r.change());
        return new Verdict(true, "Applied: " + r.change() + " The app is valid.");
    }

    Result addKind(String name, String firstLabel, String firstType) {
        String n = text(name, "The record kind needs a name.");
        if (find(n).isPresent()) {
            throw new Refused("There is already a kind of record named " + n + ".");
        }
        FieldType t = type(firstType);
        checkPlain(t);
        Field first = Field.of(null, text(firstLabel, "The first field needs a label."), t).withRequired(true);
        return new Result(spec.withEntity(Entity.of(null, n, null, List.of(first))), "Added the record kind " + n + ".");
    }

    Result removeKind(String kind) {
        Entity e = kind(kind);
        if (spec.entities().size() == 1) {
            throw new Refused(e.name() + " is the only kind of record; an app needs at least one.");
        }
        AppSpec next = spec.withoutEntity(e.key());
        for (AppSpec.Reference ref : spec.referencesTo(e.key())) {
            if (!ref.from().key().equals(e.key())) {
                next = next.mapEntity(ref.from().key(), x -> x.withoutField(ref.field().key()));
            }
        }
        return new Result(next, "Removed the record kind " + e.name() + ".");
    }

    Result addField(String kind, String label, String type, List<String> options, String target, boolean required) {
        Entity e = kind(kind);
        String l = text(label, "The field needs a label.");
        if (field(e, l).isPresent()) {
            throw new Refused(e.name() + " already has a field " + l + ".");
        }
        Field f = typed(Field.of(null, l, type(type)), options, target).withRequired(required);
        return new Result(spec.mapEntity(e.key(), x -> x.withField(f)), "Added " + l + " (" + words(f.type()) + ") to " + e.name() + ".");
    }

    Result removeField(String kind, String field) {
        Entity e = kind(kind);
        Field f = field(e, field).orElseThrow(() -> missingField(e, field));
        if (e.fields().size() == 1) {
            throw new Refused(f.label() + " is the only field of " + e.name() + "; add another first.");
        }
        return new Result(spec.mapEntity(e.key(), x -> x.withoutField(f.key())), "Removed " + f.label() + " from " + e.name() + ".");
    }

    Result renameField(String kind, String field, String newLabel) {
        Entity e = kind(kind);
        Field f = field(e, field).orElseThrow(() -> missingField(e, field));
        String l = text(newLabel, "The new label is empty.");
        return new Result(spec.mapEntity(e.key(), x -> x.mapField(f.key(), y -> y.withLabel(l))),
                "Renamed " + f.label() + " to " + l + " in " + e.name() + ".");
    }

    Result setType(String kind, String field, String type, List<String> options, String target) {
        Entity e = kind(kind);
        Field f = field(e, field).orElseThrow(() -> missingField(e, field));
        FieldType t = type(type);
        Field changed = typed(f.withType(t), options == null && t.hasOptions() ? f.options() : options, target);
        return new Result(spec.mapEntity(e.key(), x -> x.mapField(f.key(), y -> changed)),
                "Made " + f.label() + " " + words(t) + " in " + e.name() + ".");
    }

    Result setRequired(String kind, String field, boolean required) {
        Entity e = kind(kind);
        Field f = field(e, field).orElseThrow(() -> missingField(e, field));
        return new Result(spec.mapEntity(e.key(), x -> x.mapField(f.key(), y -> y.withRequired(required))),
                "Made " + f.label() + (required ? " required" : " optional") + " in " + e.name() + ".");
    }

    Result setOptions(String kind, String field, List<String> options) {
        Entity e = kind(kind);
        Field f = field(e, field).orElseThrow(() -> missingField(e, field));
        if (!f.type().hasOptions()) {
            throw new Refused(f.label() + " is " + words(f.type()) + ", not a choice; change its type with set_field_type and options.");
        }
        List<String> o = options(options);
        return new Result(spec.mapEntity(e.key(), x -> x.mapField(f.key(), y -> y.withOptions(o))),
                "Set the choices of " + f.label() + " to " + String.join(", ", o) + ".");
    }

    Result link(String fromKind, String toKind, String label) {
        Entity from = kind(fromKind);
        Entity to = kind(toKind);
        String l = label == null || label.isBlank() ? to.name() : label.strip();
        if (field(from, l).isPresent()) {
            throw new Refused(from.name() + " already has a field " + l + ".");
        }
        Field f = Field.of(null, l, FieldType.REFERENCE).withTarget(to.key());
        return new Result(spec.mapEntity(from.key(), x -> x.withField(f)), "Linked each " + from.name() + " to a " + to.name() + ".");
    }

    Result addRule(String kind, RuleEdits.Request request) {
        Entity e = kind(kind);
        Rule rule = RuleEdits.rule(spec, e, request);
        String how = rule.template() == null ? " (a custom script, marked for a person to read before the app is created)"
                : " (from the " + rule.template() + " template)";
        return new Result(spec.withRules(Stream.concat(spec.rules().stream(), Stream.of(rule)).toList()),
                "Added the rule “" + rule.name() + "” to " + e.name() + how + ".");
    }

    Result removeRule(String rule) {
        String r = text(rule, "Say which rule, by its key or name.");
        Rule found = spec.rules().stream().filter(x -> r.equals(x.key()) || r.equalsIgnoreCase(x.name())).findFirst()
                .orElseThrow(() -> new Refused("There is no rule " + r + ". The rules are: " + (spec.rules().isEmpty() ? "none"
                        : spec.rules().stream().map(x -> x.key() + " (" + x.name() + ")").collect(Collectors.joining(", "))) + "."));
        return new Result(spec.withRules(spec.rules().stream().filter(x -> x != found).toList()), "Removed the rule “" + found.name() + "”.");
    }

    private static boolean sameLogic(AppSpec a, AppSpec b) {
        return a.rules().equals(b.rules()) && a.computed().equals(b.computed()) && a.actions().equals(b.actions())
                && a.automations().equals(b.automations());
    }

    private Field typed(Field f, List<String> options, String target) {
        if (f.type().hasOptions()) {
            List<String> o = options(options);
            return f.withOptions(o);
        }
        if (f.type() == FieldType.REFERENCE) {
            return f.withTarget(kind(text(target, "A reference needs the kind it points to (target).")).key());
        }
        return f.withOptions(List.of()).withTarget(null);
    }

    private static void checkPlain(FieldType t) {
        if (t.hasOptions() || t == FieldType.REFERENCE) {
            throw new Refused("Give the first field a plain type (text, date, …); add choices or links afterwards.");
        }
    }

    private static List<String> options(List<String> options) {
        if (options == null || options.stream().allMatch(o -> o == null || o.isBlank())) {
            throw new Refused("A choice needs its options, e.g. [\"Open\", \"Closed\"].");
        }
        return options.stream().filter(o -> o != null && !o.isBlank()).map(String::strip).distinct().toList();
    }

    private Entity kind(String kind) {
        return find(text(kind, "Say which kind of record.")).orElseThrow(() -> new Refused("There is no kind of record named " + kind
                + ". The kinds are: " + spec.entities().stream().map(x -> x.key() + " (" + x.name() + ")").collect(Collectors.joining(", ")) + "."));
    }

    private Optional<Entity> find(String kind) {
        String k = kind.strip().toLowerCase(Locale.ROOT);
        return spec.entities().stream().filter(e -> k.equals(e.key()) || k.equalsIgnoreCase(e.name())
                || (e.plural() != null && k.equalsIgnoreCase(e.plural()))).findFirst();
    }

    private static Optional<Field> field(Entity e, String field) {
        String f = field == null ? "" : field.strip();
        return e.fields().stream().filter(x -> f.equals(x.key()) || f.equalsIgnoreCase(x.label())).findFirst();
    }

    private static Refused missingField(Entity e, String field) {
        return new Refused(e.name() + " has no field " + field + ". Its fields are: "
                + e.fields().stream().map(x -> x.key() + " (" + x.label() + ")").collect(Collectors.joining(", ")) + ".");
    }

    private static FieldType type(String type) {
        return FieldType.fromJson(type == null ? null : type.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_'))
                .orElseThrow(() -> new Refused("There is no type " + type + ". The types are: "
                        + Arrays.stream(FieldType.values()).map(FieldType::json).collect(Collectors.joining(", ")) + "."));
    }

    private static String text(String s, String ifMissing) {
        if (s == null || s.isBlank()) {
            throw new Refused(ifMissing);
        }
        return s.strip();
    }

    static String words(FieldType t) {
        return t.json().replace('_', ' ');
    }
}
