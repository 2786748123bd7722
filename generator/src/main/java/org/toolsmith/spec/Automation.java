package org.toolsmith.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.List;

/**
 * Something the app does by itself: when a record of {@code entity} is created, updated or deleted
 * ({@code on}; for updates, optionally only when {@code field} changes, to {@code value} if given),
 * or on a {@code schedule} (then once per record of the entity). {@code script} returns changes to
 * records of the same app and notifications (the sandbox's {@code result()} builder).
 */
@JsonInclude(Include.NON_NULL)
public record Automation(String key, String entity, String name, String on, String field, String value,
                         Schedule schedule, String script, String template, String because) {
    public static final List<String> EVENTS = List.of("create", "update", "delete", "schedule");

    public static Automation on(String key, String entity, String name, String on, String script) {
        return new Automation(key, entity, name, on, null, null, null, script, null, null);
    }

    public static Automation scheduled(String key, String entity, String name, Schedule schedule, String script) {
        return new Automation(key, entity, name, "schedule", null, null, schedule, script, null, null);
    }

    public Automation whenChanged(String fieldKey, String toValue) {
        return new Automation(key, entity, name, on, fieldKey, toValue, schedule, script, template, because);
    }

    public Automation withTemplate(String shape) {
        return new Automation(key, entity, name, on, field, value, schedule, script, shape, because);
    }

    public Automation withBecause(String words) {
        return new Automation(key, entity, name, on, field, value, schedule, script, template, words);
    }

    /**
     * When a scheduled automation runs: {@code every} is {@code day}, {@code weekday} (Monday to
     * Friday) or a day's English name ({@code monday}...); {@code at} is {@code HH:MM}, 24-hour,
     * in the app's time zone.
     */
    public record Schedule(String every, String at) {
        public static final List<String> EVERY = List.of("day", "weekday", "monday", "tuesday", "wednesday",
                "thursday", "friday", "saturday", "sunday");

        /** "every weekday at 08:00" */
        public String words() {
            return "every " + every + " at " + at;
        }
    }
}
