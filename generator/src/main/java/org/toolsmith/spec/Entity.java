package org.toolsmith.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One record kind (a table). {@code title} names the field that stands for a record in lists,
 * links and pickers; the normalizer always sets it.
 */
@JsonInclude(Include.NON_NULL)
public record Entity(
        String key,
        String name,
        String plural,
        List<Field> fields,
        String title,
        @JsonInclude(Include.NON_DEFAULT) boolean suggested,
        String because) {

    public Entity {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public static Entity of(String key, String name, String plural, List<Field> fields) {
        return new Entity(key, name, plural, fields, null, false, null);
    }

    public Optional<Field> field(String fieldKey) {
        return fields.stream().filter(f -> f.key().equals(fieldKey)).findFirst();
    }

    /** The title field, or the first field when none is named. */
    public Optional<Field> titleField() {
        return Optional.ofNullable(title).flatMap(this::field).or(() -> fields.stream().findFirst());
    }

    public Entity withKey(String newKey) {
        return new Entity(newKey, name, plural, fields, title, suggested, because);
    }

    public Entity withName(String newName, String newPlural) {
        return new Entity(key, newName, newPlural, fields, title, suggested, because);
    }

    public Entity withFields(List<Field> newFields) {
        return new Entity(key, name, plural, newFields, title, suggested, because);
    }

    public Entity withTitle(String fieldKey) {
        return new Entity(key, name, plural, fields, fieldKey, suggested, because);
    }

    public Entity withSuggested(boolean value) {
        return new Entity(key, name, plural, fields, title, value, because);
    }

    public Entity withBecause(String words) {
        return new Entity(key, name, plural, fields, title, suggested, words);
    }

    public Entity withField(Field field) {
        List<Field> list = new ArrayList<>(fields);
        list.add(field);
        return withFields(list);
    }

    /** Replaces the field with the given key (no change if there is none). */
    public Entity mapField(String fieldKey, UnaryOperator<Field> change) {
        return withFields(fields.stream().map(f -> f.key().equals(fieldKey) ? change.apply(f) : f).toList());
    }

    public Entity withoutField(String fieldKey) {
        return withFields(fields.stream().filter(f -> !f.key().equals(fieldKey)).toList());
    }
}
