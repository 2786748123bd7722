package org.toolsmith.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The line-delimited JSON spoken between a {@link ScriptPool} and its workers, one object a line.
 * <pre>
 * worker → pool  {"ready":true}                                        once, when warm
 * pool → worker  {"id":1,"kind":"rule","script":"...","record":"{...}","context":"{...}",
 *                 "now":"2026-01-31T08:00:00+01:00","timeLimitMs":50,"checkOnly":false}
 * worker → pool  {"id":1,"ok":true,"value":"{...}"}
 *                {"id":1,"ok":false,"kind":"script","error":"...","line":3,"retire":false}
 * </pre>
 * Record, context and value travel as JSON text inside a string, parsed only inside the context.
 * A worker that answers with {@code "retire":true} exits right after; the pool replaces it.
 */
final class Protocol {
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Protocol() {
    }

    /** {@code checkOnly}: parse and compile the script, run none of its statements. */
    record Request(long id, ScriptKind kind, String script, String record, String context, String now,
                   long timeLimitMillis, boolean checkOnly) {
    }

    static String ready() {
        return "{\"ready\":true}";
    }

    static String encode(Request request) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", request.id());
        node.put("kind", request.kind().jsonName());
        node.put("script", request.script());
        node.put("record", request.record());
        node.put("context", request.context());
        node.put("now", request.now());
        node.put("timeLimitMs", request.timeLimitMillis());
        node.put("checkOnly", request.checkOnly());
        return write(node);
    }

    static Request decodeRequest(String line) throws JsonProcessingException {
        JsonNode node = JSON.readTree(line);
        return new Request(node.path("id").asLong(), ScriptKind.parse(node.path("kind").asText()),
                node.path("script").asText(), node.path("record").asText("null"),
                node.path("context").asText("{}"), node.path("now").asText(), node.path("timeLimitMs").asLong(),
                node.path("checkOnly").asBoolean());
    }

    static String encode(long id, ScriptResult result, boolean retire) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", id);
        node.put("ok", result.ok());
        if (result.ok()) {
            node.put("value", result.valueJson());
        } else {
            node.put("kind", result.error().jsonName());
            node.put("error", result.message());
            if (result.line() != null) {
                node.put("line", result.line());
            }
        }
        node.put("retire", retire);
        return write(node);
    }

    static ScriptResult decodeResult(JsonNode node) {
        if (node.path("ok").asBoolean()) {
            return ScriptResult.value(node.path("value").asText());
        }
        return ScriptResult.failure(ScriptError.parse(node.path("kind").asText("worker")),
                node.path("error").asText("The script failed"),
                node.hasNonNull("line") ? node.get("line").asInt() : null);
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
