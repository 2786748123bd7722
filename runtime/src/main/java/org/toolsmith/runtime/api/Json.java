package org.toolsmith.runtime.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import org.toolsmith.runtime.system.RequestException;

/** Reads JSON request bodies (numbers with decimals as BigDecimal) and writes JSON responses. */
final class Json {
    private final ObjectMapper mapper;
    private final ObjectReader reader;
    private final ObjectWriter writer;

    Json(ObjectMapper mapper) {
        this.mapper = mapper;
        this.reader = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        this.writer = mapper.writer().with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    ObjectMapper mapper() {
        return mapper;
    }

    /** The body as a JSON object, or a 400 saying where it is broken. */
    JsonNode object(RoutingContext ctx) {
        String text = ctx.body() == null ? null : ctx.body().asString();
        if (text == null || text.isBlank()) {
            throw RequestException.badRequest("The request has no body; send a JSON object.");
        }
        JsonNode node;
        try {
            node = reader.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw RequestException.badRequest("The body is not valid JSON"
                    + (loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")")
                    + ". Send a JSON object such as {\"name\": \"value\"}.");
        }
        if (node == null || !node.isObject()) {
            throw RequestException.badRequest("Send a JSON object such as {\"name\": \"value\"}, not "
                    + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)) + ".");
        }
        return node;
    }

    /** The body as a map of plain Java values (String, Long, BigDecimal, Boolean, List, Map, null). */
    Map<String, Object> map(RoutingContext ctx) {
        try {
            return reader.forType(new TypeReference<Map<String, Object>>() { }).readValue(object(ctx));
        } catch (java.io.IOException e) {
            throw RequestException.badRequest("Send a JSON object such as {\"name\": \"value\"}.");
        }
    }

    void send(RoutingContext ctx, int status, Object body) {
        String text;
        try {
            text = writer.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a response", e);
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8").end(text);
    }
}
