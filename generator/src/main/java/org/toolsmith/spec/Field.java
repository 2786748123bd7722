package org.toolsmith.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.List;

/**
 * One field of a record kind. The core ({@code key} to {@code target}) is fixed by APP-SPEC.md;
 * {@code suggested} marks a field the drafter assumed rather than was asked for, and
 * {@code because} keeps the words of the request that led to it.
 */
@JsonInclude(Include.NON_NULL)
public record Field(
        String key,
        String label,
        FieldType type,
        @JsonInclude(Include.NON_DEFAULT) boolean required,
        @JsonInclude(Include.NON_DEFAULT) boolean unique,
        @JsonInclude(Include.NON_EMPTY) List<String> options,
        String target,
        @JsonInclude(Include.NON_DEFAULT) boolean suggested,
        String because) {

    public Field {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public static Field of(String key, String label, FieldType type) {
        return new Field(key, label, type, false, false, List.of(), null, false, null);
    }

    public Field withKey(String newKey) {
        return new Field(newKey, label, type, required, unique, options, target, suggested, because);
    }

    public Field withLabel(String newLabel) {
        return new Field(key, newLabel, type, required, unique, options, target, suggested, because);
    }

    /** Changes the type, dropping options or target that the new type does not use. */
    public Field withType(FieldType newType) {
        return new Field(key, label, newType, required, unique,
                newType.hasOptions() ? options : List.of(),
                newType == FieldType.REFERENCE ? target : null, suggested, because);
    }

    public Field withRequired(boolean value) {
        return new Field(key, label, type, value, unique, options, target, suggested, because);
    }

    public Field withUnique(boolean value) {
        return new Field(key, label, type, required, value, options, target, suggested, because);
    }

    public Field withOptions(List<String> newOptions) {
        return new Field(key, label, type, required, unique, newOptions, target, suggested, because);
    }

    public Field withTarget(String newTarget) {
        return new Field(key, label, type, required, unique, options, newTarget, suggested, because);
    }

    public Field withSuggested(boolean value) {
        return new Field(key, label, type, required, unique, options, target, value, because);
    }

    public Field withBecause(String words) {
        return new Field(key, label, type, required, unique, options, target, suggested, words);
    }
}
