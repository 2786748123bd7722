package org.toolsmith.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of value a field can hold; the JSON name is the lower-case constant name. */
public enum FieldType {
    TEXT, LONG_TEXT, INTEGER, DECIMAL, MONEY, BOOLEAN, DATE, DATETIME, EMAIL, PHONE, URL,
    CHOICE, MULTI_CHOICE, REFERENCE, PERSON, FILE;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type named {@code json} in a spec, if there is one. */
    public static Optional<FieldType> fromJson(String json) {
        if (json == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(t -> t.json().equals(json)).findFirst();
    }

    @JsonCreator
    static FieldType parse(String json) {
        return fromJson(json).orElseThrow(() -> new IllegalArgumentException("unknown field type " + json));
    }

    public boolean hasOptions() {
        return this == CHOICE || this == MULTI_CHOICE;
    }

    /** Types whose values are free text that a search box should look into. */
    public boolean isSearchable() {
        return switch (this) {
            case TEXT, LONG_TEXT, EMAIL, PHONE, URL, CHOICE, MULTI_CHOICE -> true;
            default -> false;
        };
    }
}
