package org.toolsmith.runtime.logic;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.records.Writer;
import org.toolsmith.runtime.system.RequestException;
import org.toolsmith.runtime.system.RequestException.FieldError;
import org.toolsmith.sandbox.ScriptKind;
import org.toolsmith.sandbox.ScriptResult;
import org.toolsmith.spec.Action;
import org.toolsmith.spec.Automation;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Rule;

/**
 * Rules and automations inside a write's transaction. Rules run on every write (also those that
 * scripts make); automations only on writes a person asked for (depth 0), so they cannot set each
 * other off in a loop. Their changes go through the same writer, so they commit or roll back with
 * the triggering write.
 */
final class WriteLogic {
    private final ScriptRuns runs;
    private final RecordJson records;
    private final Changes changes;

    WriteLogic(ScriptRuns runs, RecordJson records, Changes changes) {
        this.runs = runs;
        this.records = records;
        this.changes = changes;
    }

    void written(Writer w, App app, Entity entity, Map<String, Object> before, Map<String, Object> after) throws SQLException {
        checkRules(w, app, entity, before, after);
        if (w.depth() > 0) {
            return;
        }
        String event = before == null ? "create" : "update";
        for (Automation a : app.spec().automationsOf(entity.key())) {
            if (a.on().equals(event) && changed(a, before, after)) {
                run(w, app, entity, a, after, before, event);
            }
        }
    }

    void deleted(Writer w, App app, Entity entity, Map<String, Object> before) throws SQLException {
        if (w.depth() > 0) {
            return;
        }
        for (Automation a : app.spec().automationsOf(entity.key())) {
            if (a.on().equals("delete")) {
                run(w, app, entity, a, before, null, "delete");
            }
        }
    }

    /** A scheduled automation for one record, in its own transaction (see {@link Scheduler}). */
    void scheduled(Writer w, App app, Entity entity, Automation a, Map<String, Object> record, OffsetDateTime at)
            throws SQLException {
        run(w, app, entity, a, record, null, "schedule", at);
    }

    /** {@code seen} narrows the record to what the person pressing the button may see; the script reads only that. */
    Map<String, Object> press(Writer w, App app, Entity entity, long id, Action action,
                              UnaryOperator<Map<String, Object>> seen) throws SQLException {
        Map<String, Object> record = seen.apply(w.find(app, entity, id).orElseThrow(() -> RequestException.notFound(
                "There is no " + entity.name() + " with id " + id + ". It may have been deleted.")));
        Map<String, Object> ctx = context(app, entity, w.actor(), "action");
        ctx.put("action", action.key());
        ScriptResult r = runs.run(app.id(), ScriptKind.ACTION, action.script(), records.of(w, app, entity, record, action.script()),
                records.write(ctx));
        if (!r.ok()) {
            throw ScriptRuns.refused(ScriptRuns.failure("button", action.label(), r) + " Nothing was changed.");
        }
        changes.apply(w, app, entity, id, r.valueJson(), new Changes.Source("button", action.label()));
        return w.find(app, entity, id).orElse(record);
    }

    private void checkRules(Writer w, App app, Entity entity, Map<String, Object> before, Map<String, Object> after)
            throws SQLException {
        List<FieldError> errors = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (Rule rule : app.spec().rulesOf(entity.key())) {
            ScriptResult r = runs.run(app.id(), ScriptKind.RULE, rule.script(), records.of(w, app, entity, after, rule.script(), before), null);
            if (!r.ok()) {
                throw ScriptRuns.refused(ScriptRuns.failure("rule", rule.name(), r) + " The record was not saved.");
            }
            if (!"true".equals(r.valueJson())) {
                messages.add(rule.message());
                if (rule.field() != null) {
                    errors.add(new FieldError(rule.field(), rule.message()));
                }
            }
        }
        if (!messages.isEmpty()) {
            throw RequestException.invalid(String.join(" ", messages), errors);
        }
    }

    private void run(Writer w, App app, Entity entity, Automation a, Map<String, Object> record, Map<String, Object> before,
                     String event) throws SQLException {
        run(w, app, entity, a, record, before, event, OffsetDateTime.now(runs.clock()));
    }

    private void run(Writer w, App app, Entity entity, Automation a, Map<String, Object> record, Map<String, Object> before,
                     String event, OffsetDateTime now) throws SQLException {
        Map<String, Object> ctx = context(app, entity, w.actor(), event);
        if (before != null) {
            ctx.put("before", before);
        }
        ScriptResult r = runs.run(app.id(), ScriptKind.AUTOMATION, a.script(), records.of(w, app, entity, record, a.script()),
                records.write(ctx), now);
        if (!r.ok()) {
            throw ScriptRuns.refused(ScriptRuns.failure("automation", a.name(), r) + " Nothing was saved.");
        }
        Long selfId = event.equals("delete") ? null : ((Number) record.get("id")).longValue();
        changes.apply(w.nested(), app, entity, selfId, r.valueJson(), new Changes.Source("automation", a.name()));
    }

    static Map<String, Object> context(App app, Entity entity, String actor, String trigger) {
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("app", app.slug());
        ctx.put("entity", entity.key());
        ctx.put("user", actor);
        ctx.put("trigger", trigger);
        return ctx;
    }

    /** For "when a field changes (to a value)": always true without a field. */
    static boolean changed(Automation a, Map<String, Object> before, Map<String, Object> after) {
        if (a.field() == null) {
            return true;
        }
        Object now = after.get(a.field());
        if (before != null && Objects.equals(before.get(a.field()), now)) {
            return false;
        }
        if (a.value() == null) {
            return true;
        }
        String want = a.value().strip().toLowerCase(Locale.ROOT);
        String have = now == null ? "" : now.toString().toLowerCase(Locale.ROOT);
        if (now instanceof Boolean b) {
            return want.equals(b.toString()) || (b && want.equals("yes")) || (!b && want.equals("no"));
        }
        return want.equals(have);
    }
}
