package org.toolsmith.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * One script to run.
 *
 * @param script      the body of a function of {@code record} (and {@code ctx} for actions and
 *                    automations); what it returns is its value
 * @param kind        what the script is for; decides its arguments and default time limit
 * @param recordJson  the record as JSON text (an object, or {@code null})
 * @param contextJson the {@code ctx} argument as JSON text, for actions and automations
 * @param now         the current date-time in the app's time zone (ISO 8601 with offset), which
 *                    {@code today()} and {@code now()} return; {@code null} means the pool's clock
 * @param timeLimit   the wall-clock limit; {@code null} means the pool's limit for the kind
 */
public record ScriptCall(String script, ScriptKind kind, String recordJson, String contextJson,
                         String now, Duration timeLimit) {
    public ScriptCall {
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(kind, "kind");
        recordJson = recordJson == null || recordJson.isBlank() ? "null" : recordJson;
        contextJson = contextJson == null || contextJson.isBlank() ? "{}" : contextJson;
    }

    /** A call with no context, the pool's clock and the kind's default time limit. */
    public static ScriptCall of(String script, ScriptKind kind, String recordJson) {
        return new ScriptCall(script, kind, recordJson, null, null, null);
    }

    public ScriptCall withContext(String json) {
        return new ScriptCall(script, kind, recordJson, json, now, timeLimit);
    }

    public ScriptCall withNow(String isoDateTime) {
        return new ScriptCall(script, kind, recordJson, contextJson, isoDateTime, timeLimit);
    }

    public ScriptCall withTimeLimit(Duration limit) {
        return new ScriptCall(script, kind, recordJson, contextJson, now, limit);
    }
}
