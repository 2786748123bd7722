package org.toolsmith.runtime.studio;

import io.vertx.core.MultiMap;
import java.util.Arrays;
import java.util.List;

/**
 * One change a person asks for on the draft page, as the form sent it: {@code op} is {@code add},
 * {@code save} (rename, retype, options, required), {@code remove}, {@code app} (rename the app),
 * {@code entity} (rename a record kind) or {@code remove-entity}.
 *
 * @param type a value of {@code SpecWords.typeChoices}: {@code date}, {@code reference:laptop}
 * @param options the choices, separated by commas or new lines
 */
record FieldEdit(String op, String entity, String field, String label, String type, String options, boolean required) {

    FieldEdit {
        op = clean(op);
        entity = clean(entity);
        field = clean(field);
        label = clean(label);
        type = clean(type);
        options = clean(options);
    }

    static FieldEdit from(MultiMap form) {
        return new FieldEdit(text(form, "op"), text(form, "entity"), text(form, "field"), text(form, "label"),
                text(form, "type"), text(form, "options"), "true".equals(form.get("required")) || "on".equals(form.get("required")));
    }

    /** Which form on the page this came from, so an error shows beside it. */
    String formId() {
        return switch (op) {
            case "add" -> entity + "/+";
            case "app" -> "/app";
            case "entity", "remove-entity" -> entity + "/";
            default -> entity + "/" + field;
        };
    }

    List<String> optionList() {
        return Arrays.stream(options.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static String text(MultiMap form, String name) {
        return clean(form.get(name));
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
