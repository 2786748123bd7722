package org.toolsmith.runtime.screens;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.records.Caller;
import org.toolsmith.runtime.records.RecordStore;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * Turns stored values into what a page shows: text, and a link only where it is safe (http(s) and
 * mailto links, references, files). One per request: it remembers the titles of referenced records.
 */
final class Display {
    private final App app;
    private final RecordStore records;
    private final Caller caller;
    private final Map<String, Map<Long, String>> titles = new HashMap<>();

    /** @param caller titles of referenced records the caller may not see show as "Kind 12" */
    Display(App app, RecordStore records, Caller caller) {
        this.app = app;
        this.records = records;
        this.caller = caller;
    }

    /** {@code text}, {@code url} (empty when no link) and {@code css} for one value. */
    Map<String, Object> cell(Field field, Object value) {
        String text = text(field, value);
        String url = "";
        switch (field.type()) {
            case URL -> url = text.matches("(?i)https?://\\S+") ? text : "";
            case EMAIL -> url = text.matches("[^\\s@]+@[^\\s@]+") ? "mailto:" + text : "";
            case REFERENCE -> url = value == null ? "" : Urls.record(app, field.target(), id(value));
            case FILE -> url = value == null || text.isEmpty() ? "" : Urls.file(app, value.toString());
            default -> {
            }
        }
        if (field.type() == org.toolsmith.spec.FieldType.FILE && !text.isEmpty()) {
            text = text.substring(text.indexOf('/') + 1);
        }
        return Map.of("text", text, "url", url, "css", field.type().json());
    }

    String text(Field field, Object value) {
        if (value == null) {
            return "";
        }
        return switch (field.type()) {
            case BOOLEAN -> Boolean.TRUE.equals(value) || "true".equals(value.toString()) ? "Yes" : "No";
            case MULTI_CHOICE -> value instanceof List<?> list
                    ? String.join(", ", list.stream().map(String::valueOf).toList()) : value.toString();
            case REFERENCE -> title(field.target(), id(value));
            case DATETIME -> dateTime(value.toString());
            default -> value.toString();
        };
    }

    /** The record's title as lists and links show it, e.g. "LT-0042", or "Loan 12" when empty. */
    String title(Entity entity, Map<String, Object> record) {
        String text = entity.titleField().map(f -> f.type() == org.toolsmith.spec.FieldType.FILE
                ? "" : text(f, record.get(f.key()))).orElse("");
        return text.isBlank() ? entity.name() + " " + record.get("id") : text;
    }

    /** The title of a referenced record, read once per page (by id, so a page never scans a whole table). */
    private String title(String target, long id) {
        Map<Long, String> known = titles.computeIfAbsent(target, t -> new HashMap<>());
        return known.computeIfAbsent(id, i -> {
            Entity kind = app.entity(target);
            return records.find(app, kind, i, caller).map(r -> plainTitle(kind, r)).orElse(kind.name() + " " + i);
        });
    }

    /** A title without following a further reference (a Loan titled by its Laptop shows "Laptop 3"). */
    private String plainTitle(Entity kind, Map<String, Object> record) {
        String text = kind.titleField().map(f -> switch (f.type()) {
            case REFERENCE -> {
                Object v = record.get(f.key());
                yield v == null ? "" : app.entity(f.target()).name() + " " + v;
            }
            case FILE -> "";
            default -> text(f, record.get(f.key()));
        }).orElse("");
        return text.isBlank() ? kind.name() + " " + record.get("id") : text;
    }

    static long id(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        try {
            return Long.parseLong(value.toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** "2026-11-26 14:30" for an ISO date-time with offset; the text as it is when it is not one. */
    static String dateTime(String iso) {
        try {
            OffsetDateTime t = OffsetDateTime.parse(iso);
            return t.toLocalDate() + " " + t.toLocalTime().toString().substring(0, 5);
        } catch (DateTimeParseException e) {
            return iso.replace('T', ' ');
        }
    }
}
