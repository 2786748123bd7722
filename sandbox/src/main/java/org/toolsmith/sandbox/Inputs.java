package org.toolsmith.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Checks a call's sizes and JSON before it reaches a worker, so bad input gets a plain message. */
final class Inputs {
    private Inputs() {
    }

    /** Either a refusal or the time to give the script. */
    record Checked(ScriptResult refusal, String now) {
    }

    static Checked check(ScriptCall call, SandboxOptions options, Clock clock) {
        if (call.script().length() > options.maxScriptChars()) {
            return refuse("The script is too long (" + call.script().length() + " characters; the limit is "
                    + options.maxScriptChars() + ")");
        }
        String problem = jsonProblem("record", call.recordJson(), options.maxInputChars(), false);
        if (problem == null && call.kind().takesContext()) {
            problem = jsonProblem("context", call.contextJson(), options.maxInputChars(), true);
        }
        if (problem != null) {
            return refuse(problem);
        }
        String now = call.now() == null
                ? OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString() : call.now();
        try {
            OffsetDateTime.parse(now);
        } catch (DateTimeParseException e) {
            return refuse("The current time must be an ISO date-time with an offset, like 2026-01-31T08:00:00+01:00,"
                    + " not '" + now + "'");
        }
        return new Checked(null, now);
    }

    /**
     * Passes a value on only if standard JSON readers take it (Jackson refuses nesting deeper than
     * 1000 levels, which {@code JSON.stringify} allows), so callers can always parse it.
     */
    static ScriptResult checkValue(ScriptResult result) {
        if (!result.ok()) {
            return result;
        }
        try {
            Protocol.JSON.readTree(result.valueJson());
            return result;
        } catch (JsonProcessingException e) {
            return ScriptResult.failure(ScriptError.RESULT, "The script's value cannot be returned: it is nested too"
                    + " deeply or is not JSON", null);
        }
    }

    private static String jsonProblem(String what, String json, int maxChars, boolean mustBeObject) {
        if (json.length() > maxChars) {
            return "The " + what + " is too large (" + json.length() + " characters; the limit is " + maxChars + ")";
        }
        try {
            JsonNode node = Protocol.JSON.readTree(json);
            if (node == null || mustBeObject && !node.isObject()) {
                return "The " + what + " must be a JSON object";
            }
            return null;
        } catch (JsonProcessingException e) {
            return "The " + what + " is not valid JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        }
    }

    private static Checked refuse(String message) {
        return new Checked(ScriptResult.failure(ScriptError.INPUT, message, null), null);
    }
}
