package org.toolsmith.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Reads and writes app specs as JSON. Thread-safe; one instance can be shared. */
public final class SpecJson {
    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    public ObjectMapper mapper() {
        return mapper;
    }

    /** Parses JSON text into a tree, or throws a {@link SpecException} saying where it is broken. */
    public JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new SpecException("The app description is not valid JSON"
                    + (loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")") + ".");
        }
    }

    /** Maps a tree that the validator accepted to the model. */
    public AppSpec fromTree(JsonNode node) {
        try {
            return mapper.treeToValue(node, AppSpec.class);
        } catch (JsonProcessingException e) {
            throw new SpecException("The app description has a value of the wrong kind: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new SpecException("The app description has a value of the wrong kind: " + e.getMessage());
        }
    }

    public JsonNode toTree(AppSpec spec) {
        return mapper.valueToTree(spec);
    }

    public String write(AppSpec spec) {
        try {
            return mapper.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a spec", e);
        }
    }

    public String writePretty(AppSpec spec) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a spec", e);
        }
    }
}
