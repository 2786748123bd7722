package org.toolsmith.runtime.logic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.records.Writer;
import org.toolsmith.runtime.system.RequestException;
import org.toolsmith.spec.Entity;

/**
 * Applies what an action or automation returned — {@code {"changes": [...], "notifications": [...]}}
 * from the sandbox's {@code result()} builder, or null for nothing — after checking it against the
 * spec: record kinds of this app only, fields that exist (not computed, not system columns), values
 * of the right type and choice (the record store's own checks), records that exist. Anything wrong
 * refuses the whole write with a 422 naming the script.
 */
final class Changes {
    static final int MAX_CHANGES = 100;
    static final int MAX_NOTIFICATIONS = 100;

    private final ObjectMapper mapper;

    Changes(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Who returned the result, for messages: "button", "Mark returned". */
    record Source(String what, String name) {
        RequestException wrong(String problem) {
            return ScriptRuns.refused("The " + what + " “" + name + "” returned something Toolsmith cannot apply: " + problem);
        }
    }

    /** Applies the result to records of {@code app}; {@code selfId} is the record the script ran for (null if deleted). */
    void apply(Writer w, App app, Entity entity, Long selfId, String valueJson, Source source) throws SQLException {
        JsonNode value;
        try {
            value = mapper.readTree(valueJson);
        } catch (JsonProcessingException e) {
            throw source.wrong("its value is not JSON.");
        }
        if (value == null || value.isNull()) {
            return;
        }
        if (!value.isObject() || (!value.has("changes") && !value.has("notifications"))) {
            throw source.wrong("it must return result() (with .set, .update, .create or .notify) or nothing.");
        }
        JsonNode changes = value.path("changes");
        JsonNode notes = value.path("notifications");
        if (changes.size() > MAX_CHANGES || notes.size() > MAX_NOTIFICATIONS) {
            throw source.wrong("at most " + MAX_CHANGES + " changes and " + MAX_NOTIFICATIONS + " notifications at a time.");
        }
        for (JsonNode change : changes) {
            applyChange(w, app, entity, selfId, change, source);
        }
        for (JsonNode note : notes) {
            notify(w, app, entity, selfId, note, source);
        }
    }

    private void applyChange(Writer w, App app, Entity entity, Long selfId, JsonNode change, Source source) throws SQLException {
        String op = change.path("op").asText("");
        Entity target = switch (op) {
            case "set" -> entity;
            case "update", "create" -> app.spec().entity(change.path("entity").asText(""))
                    .orElseThrow(() -> source.wrong("the app has no record kind “" + change.path("entity").asText("") + "”."));
            default -> throw source.wrong("a change must be set, update or create, not “" + op + "”.");
        };
        Map<String, Object> fields = fields(app, target, change.path("fields"), source);
        try {
            switch (op) {
                case "set" -> {
                    if (selfId == null) {
                        throw source.wrong("set() has no record to change (it was deleted).");
                    }
                    w.update(app, target, selfId, fields);
                }
                case "update" -> {
                    JsonNode id = change.path("id");
                    if (!id.canConvertToLong() || !id.isIntegralNumber()) {
                        throw source.wrong("update() needs a record's id (a number).");
                    }
                    if (w.find(app, target, id.asLong()).isEmpty()) {
                        throw source.wrong("there is no " + target.name() + " with id " + id.asLong() + ".");
                    }
                    w.update(app, target, id.asLong(), fields);
                }
                default -> w.create(app, target, fields);
            }
        } catch (ScriptRuns.Refusal e) {
            throw e;
        } catch (RequestException e) {
            throw ScriptRuns.refused("The " + source.what() + " “" + source.name() + "” made a change that cannot be saved: "
                    + e.getMessage());
        }
    }

    private Map<String, Object> fields(App app, Entity target, JsonNode node, Source source) {
        if (!node.isObject()) {
            throw source.wrong("a change needs its fields as an object.");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (var it = node.fields(); it.hasNext(); ) {
            var e = it.next();
            if (target.field(e.getKey()).isEmpty()) {
                throw source.wrong("it tried to change “" + e.getKey() + "”, which " + target.name() + " does not have"
                        + (app.spec().computedOf(target.key()).stream().anyMatch(c -> c.key().equals(e.getKey()))
                        ? " as a stored field (it is computed)." : "."));
            }
            fields.put(e.getKey(), mapper.convertValue(e.getValue(), Object.class));
        }
        return fields;
    }

    private static void notify(Writer w, App app, Entity entity, Long selfId, JsonNode note, Source source) throws SQLException {
        String to = note.path("to").asText("").strip();
        String message = note.path("message").asText("");
        String channel = note.path("channel").asText("app");
        if (to.isEmpty() || to.length() > Notifications.MAX_RECIPIENT) {
            throw source.wrong("a notification needs someone to send it to.");
        }
        if ("email".equals(channel)) {
            if (!to.matches("[^\\s@]+@[^\\s@]+\\.[^\\s@]+")) {
                throw source.wrong("“" + to + "” is not an e-mail address.");
            }
            String subject = note.path("subject").asText(app.name() + ": " + source.name());
            Notifications.mail(w.connection(), app.id(), to, subject, message);
        } else {
            Notifications.notice(w.connection(), app.id(), to, message, source.name(), entity.key(), selfId);
        }
    }
}
