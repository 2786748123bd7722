package org.toolsmith.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * An app spec told in plain words for people, e.g. "Loan — Borrower (a person, required), Due on
 * (a date), Condition (one of Good, Damaged, Lost), Laptop (links to a Laptop)". The studio shows
 * these words on the draft page; they are plain text (pages escape them).
 */
public final class SpecWords {
    private SpecWords() {
    }

    /** One line per record kind. */
    public static List<String> describe(AppSpec spec) {
        return spec.entities().stream().map(e -> entity(spec, e)).toList();
    }

    /** "Loan — Borrower (a person, required), Due on (a date)"; "Loan — no fields yet" when empty. */
    public static String entity(AppSpec spec, Entity entity) {
        if (entity.fields().isEmpty()) {
            return entity.name() + " — no fields yet";
        }
        List<String> parts = new ArrayList<>();
        for (Field f : entity.fields()) {
            parts.add(field(spec, f));
        }
        return entity.name() + " — " + String.join(", ", parts);
    }

    /** "Borrower (a person, required)". */
    public static String field(AppSpec spec, Field field) {
        return field.label() + " (" + details(spec, field) + ")";
    }

    /** "a person, required, unique": the type in words, then the rules. */
    public static String details(AppSpec spec, Field field) {
        StringBuilder out = new StringBuilder(type(spec, field));
        if (field.required()) {
            out.append(", required");
        }
        if (field.unique()) {
            out.append(", no two alike");
        }
        return out.toString();
    }

    /** The type in words: "a date", "one of Good, Damaged, Lost", "links to a Laptop". */
    public static String type(AppSpec spec, Field field) {
        return switch (field.type()) {
            case CHOICE -> field.options().isEmpty() ? "one of a list (no options yet)"
                    : "one of " + String.join(", ", field.options());
            case MULTI_CHOICE -> field.options().isEmpty() ? "any of a list (no options yet)"
                    : "any of " + String.join(", ", field.options());
            case REFERENCE -> "links to " + article(targetName(spec, field.target()));
            default -> typeWords(field.type());
        };
    }

    /** The words for a type without its options or target: "a date", "a yes/no". */
    public static String typeWords(FieldType type) {
        return switch (type) {
            case TEXT -> "a short text";
            case LONG_TEXT -> "a longer text";
            case INTEGER -> "a whole number";
            case DECIMAL -> "a number";
            case MONEY -> "an amount of money";
            case BOOLEAN -> "a yes/no";
            case DATE -> "a date";
            case DATETIME -> "a date and time";
            case EMAIL -> "an email address";
            case PHONE -> "a phone number";
            case URL -> "a web link";
            case CHOICE -> "one of a list";
            case MULTI_CHOICE -> "any of a list";
            case REFERENCE -> "a link to another record";
            case PERSON -> "a person";
            case FILE -> "a file";
        };
    }

    /**
     * Every type a person can pick, as {@code value → words} for a select: the plain types by their
     * JSON name, then {@code reference:KEY} for each record kind of the spec ("Links to a Laptop").
     */
    public static Map<String, String> typeChoices(AppSpec spec) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (FieldType t : FieldType.values()) {
            if (t != FieldType.REFERENCE) {
                choices.put(t.json(), capitalize(typeWords(t)));
            }
        }
        for (Entity e : spec.entities()) {
            choices.put("reference:" + e.key(), "Links to " + article(e.name()));
        }
        return choices;
    }

    /** The select value of a field's type, as {@link #typeChoices} names it. */
    public static String typeChoice(Field field) {
        return field.type() == FieldType.REFERENCE ? "reference:" + field.target() : field.type().json();
    }

    private static String targetName(AppSpec spec, String target) {
        return spec.entity(target == null ? "" : target).map(Entity::name).orElse(target == null ? "another record" : target);
    }

    static String article(String noun) {
        if (noun == null || noun.isEmpty()) {
            return "a record";
        }
        char c = Character.toLowerCase(noun.charAt(0));
        return ("aeiou".indexOf(c) >= 0 ? "an " : "a ") + noun;
    }

    static String capitalize(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
