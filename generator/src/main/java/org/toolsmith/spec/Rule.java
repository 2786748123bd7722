package org.toolsmith.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/**
 * A validation: before a record of {@code entity} is saved, {@code script} runs with the record
 * and must return {@code true}; otherwise the save is refused with {@code message}, shown beside
 * {@code field} when one is named. {@code template} names the shape that wrote the script
 * ({@code null}: a custom body, marked for review).
 */
@JsonInclude(Include.NON_NULL)
public record Rule(String key, String entity, String name, String field, String script, String message,
                   String template, String because) {

    public static Rule of(String key, String entity, String name, String field, String script, String message) {
        return new Rule(key, entity, name, field, script, message, null, null);
    }

    public Rule withTemplate(String shape) {
        return new Rule(key, entity, name, field, script, message, shape, because);
    }

    public Rule withBecause(String words) {
        return new Rule(key, entity, name, field, script, message, template, words);
    }
}
