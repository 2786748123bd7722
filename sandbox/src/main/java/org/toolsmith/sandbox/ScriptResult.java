package org.toolsmith.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The outcome of one call: a value (as JSON text) or an error a person can act on.
 *
 * @param ok        whether the script returned a value
 * @param valueJson the value as JSON text ({@code "null"} when it returned nothing); null on error
 * @param error     why it failed; null when ok
 * @param message   a plain message for a person; null when ok
 * @param line      the line of the script the error points at (1 = first line), or null
 */
public record ScriptResult(boolean ok, String valueJson, ScriptError error, String message, Integer line) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static ScriptResult value(String json) {
        return new ScriptResult(true, json, null, null, null);
    }

    public static ScriptResult failure(ScriptError error, String message, Integer line) {
        return new ScriptResult(false, null, error, message, line);
    }

    /**
     * The one-line JSON the CLI prints: {@code {"ok":true,"value":...}} or
     * {@code {"ok":false,"error":"...","line":N,"kind":"time"}} ({@code line} is null when unknown).
     */
    public String toJson() {
        if (ok) {
            return "{\"ok\":true,\"value\":" + valueJson + "}"; // JSON text already, checked by the pool
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("ok", false);
        node.put("error", message);
        if (line == null) {
            node.putNull("line");
        } else {
            node.put("line", line);
        }
        node.put("kind", error.jsonName());
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An error line could not be written", e);
        }
    }
}
