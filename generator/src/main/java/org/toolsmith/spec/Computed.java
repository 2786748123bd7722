package org.toolsmith.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/**
 * A read-only field of {@code entity} whose value {@code script} works out from the record (and,
 * through {@code record._links} and {@code record._related}, the records it points to and the
 * records that point to it). It is never stored; {@code type} says how to show it.
 */
@JsonInclude(Include.NON_NULL)
public record Computed(String key, String entity, String label, FieldType type, String script,
                       String template, String because) {

    public static Computed of(String key, String entity, String label, FieldType type, String script) {
        return new Computed(key, entity, label, type, script, null, null);
    }

    /** As a field, for showing the value (never for a form or a column). */
    public Field asField() {
        return Field.of(key, label, type == null ? FieldType.TEXT : type);
    }

    public Computed withTemplate(String shape) {
        return new Computed(key, entity, label, type, script, shape, because);
    }

    public Computed withBecause(String words) {
        return new Computed(key, entity, label, type, script, template, words);
    }
}
