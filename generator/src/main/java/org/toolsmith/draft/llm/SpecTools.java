package org.toolsmith.draft.llm;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.SpecJson;

/**
 * The refining agent's tools. Each edits a copy of the draft, is normalized and validated, and is
 * kept only when the result is valid; the model gets the validator's verdict in plain words. Every
 * call is recorded. Not thread-safe: one instance per refinement.
 */
final class SpecTools {
    private final SpecEdits edits;
    private final SpecJson json = new SpecJson();
    private final DraftContext ctx;
    private final List<ToolCall> calls = new ArrayList<>();

    SpecTools(AppSpec spec, DraftContext ctx) {
        this(spec, ctx, ScriptCheck.NONE);
    }

    SpecTools(AppSpec spec, DraftContext ctx, ScriptCheck scripts) {
        this.edits = new SpecEdits(spec, scripts);
        this.ctx = ctx;
    }

    AppSpec spec() {
        return edits.spec();
    }

    List<String> changes() {
        return edits.changes();
    }

    synchronized List<ToolCall> calls() {
        return List.copyOf(calls);
    }

    @Tool(name = "add_record_kind", value = "Adds a kind of record (a table) with its first field.")
    String addRecordKind(@P("singular name, e.g. Supplier") String name,
                         @P("label of its first field, e.g. Name") String firstFieldLabel,
                         @P("type of that field, e.g. text") String firstFieldType) {
        return run("add_record_kind", args("name", name, "firstFieldLabel", firstFieldLabel, "firstFieldType", firstFieldType),
                () -> edits.addKind(name, firstFieldLabel, firstFieldType));
    }

    @Tool(name = "remove_record_kind", value = "Removes a kind of record and the fields of other kinds that link to it.")
    String removeRecordKind(@P("the kind's key or name") String kind) {
        return run("remove_record_kind", args("kind", kind), () -> edits.removeKind(kind));
    }

    @Tool(name = "add_field", value = "Adds a field to a kind of record.")
    String addField(@P("the kind's key or name") String kind,
                    @P("the field's label in plain words") String label,
                    @P("its type") String type,
                    @P(value = "choices, for choice and multi_choice", required = false) List<String> options,
                    @P(value = "key of the kind it points to, for reference", required = false) String target,
                    @P(value = "whether a value must be given", required = false) Boolean required) {
        return run("add_field", args("kind", kind, "label", label, "type", type, "options", options, "target", target, "required", required),
                () -> edits.addField(kind, label, type, options, target, Boolean.TRUE.equals(required)));
    }

    @Tool(name = "remove_field", value = "Removes a field.")
    String removeField(@P("the kind's key or name") String kind, @P("the field's key or label") String field) {
        return run("remove_field", args("kind", kind, "field", field), () -> edits.removeField(kind, field));
    }

    @Tool(name = "rename_field", value = "Changes a field's label; its key stays.")
    String renameField(@P("the kind's key or name") String kind, @P("the field's key or label") String field,
                       @P("the new label") String newLabel) {
        return run("rename_field", args("kind", kind, "field", field, "newLabel", newLabel), () -> edits.renameField(kind, field, newLabel));
    }

    @Tool(name = "set_field_type", value = "Changes a field's type; give options for choice and multi_choice, target for reference.")
    String setFieldType(@P("the kind's key or name") String kind, @P("the field's key or label") String field,
                        @P("the new type") String type,
                        @P(value = "choices, for choice and multi_choice", required = false) List<String> options,
                        @P(value = "key of the kind it points to, for reference", required = false) String target) {
        return run("set_field_type", args("kind", kind, "field", field, "type", type, "options", options, "target", target),
                () -> edits.setType(kind, field, type, options, target));
    }

    @Tool(name = "set_required", value = "Makes a field required or optional.")
    String setRequired(@P("the kind's key or name") String kind, @P("the field's key or label") String field,
                       @P("true for required, false for optional") boolean required) {
        return run("set_required", args("kind", kind, "field", field, "required", required), () -> edits.setRequired(kind, field, required));
    }

    @Tool(name = "set_options", value = "Sets the choices of a choice or multi_choice field, in order.")
    String setOptions(@P("the kind's key or name") String kind, @P("the field's key or label") String field,
                      @P("the choices") List<String> options) {
        return run("set_options", args("kind", kind, "field", field, "options", options), () -> edits.setOptions(kind, field, options));
    }

    @Tool(name = "link_kinds", value = "Links two kinds: each record of the first points to one record of the second.")
    String linkKinds(@P("the kind that gets the link field") String fromKind, @P("the kind it points to") String toKind,
                     @P(value = "label of the link field; the second kind's name when empty", required = false) String label) {
        return run("link_kinds", args("fromKind", fromKind, "toKind", toKind, "label", label), () -> edits.link(fromKind, toKind, label));
    }

    @Tool(name = "add_rule", value = "Adds a validation rule: before a record is saved it is checked, and the save is refused with "
            + "the message when the check fails. Use a shape when one fits: compare_dates (field before/after other), compare_numbers "
            + "(field compared with the number field other or the number value), required_if (field must be filled when other is "
            + "value), range (field between min and max), status_transition (a choice field may only move as transitions say). "
            + "Only when none fits, shape custom with name and script: the body of a JavaScript function (record) returning true to "
            + "accept; a person reads it before the app is created.")
    String addRule(@P("the kind's key or name") String kind,
                   @P("compare_dates, compare_numbers, required_if, range, status_transition or custom") String shape,
                   @P(value = "the field checked (key or label)", required = false) String field,
                   @P(value = "the other field: compared with, or the condition's field for required_if", required = false) String other,
                   @P(value = "before, on_or_before, after or on_or_after", required = false) String comparison,
                   @P(value = "a number for compare_numbers, or the other field's value for required_if", required = false) String value,
                   @P(value = "lowest allowed, for range (a number, or a date as YYYY-MM-DD)", required = false) String min,
                   @P(value = "highest allowed, for range", required = false) String max,
                   @P(value = "for status_transition, e.g. [\"Out -> Back, Lost\"]", required = false) List<String> transitions,
                   @P("what the person sees when the save is refused") String message,
                   @P(value = "the rule's name, for custom", required = false) String name,
                   @P(value = "the script, for custom only", required = false) String script) {
        RuleEdits.Request r = new RuleEdits.Request(shape, field, other, comparison, value, min, max, transitions, message, name, script);
        return run("add_rule", args("kind", kind, "shape", shape, "field", field, "other", other, "comparison", comparison, "value", value,
                "min", min, "max", max, "transitions", transitions, "message", message, "name", name, "script", script),
                () -> edits.addRule(kind, r));
    }

    @Tool(name = "remove_rule", value = "Removes a validation rule.")
    String removeRule(@P("the rule's key or name") String rule) {
        return run("remove_rule", args("rule", rule), () -> edits.removeRule(rule));
    }

    @Tool(name = "show_spec", value = "Returns the current spec as JSON.")
    String showSpec() {
        String current = json.write(edits.spec());
        record("show_spec", "{}", true, "shown");
        return current;
    }

    /** Records a call of a tool that does not exist. */
    String unknownTool(String name, String arguments) {
        String verdict = "There is no tool named '" + name + "'. Use only the tools you were given.";
        record(name, arguments, false, verdict);
        return verdict;
    }

    private String run(String tool, Map<String, Object> args, SpecEdits.Edit edit) {
        String arguments;
        try {
            arguments = json.mapper().writeValueAsString(args);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            arguments = args.toString();
        }
        ctx.stopIfCancelled();
        SpecEdits.Verdict v = edits.apply(edit);
        record(tool, arguments, v.applied(), v.words());
        if (v.applied()) {
            ctx.step(Progress.Stage.EDITING, v.words());
        }
        return v.words();
    }

    private synchronized void record(String tool, String arguments, boolean applied, String verdict) {
        calls.add(new ToolCall(tool, arguments, applied, verdict));
    }

    private static Map<String, Object> args(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                m.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return m;
    }
}
