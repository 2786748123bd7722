package org.toolsmith.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.toolsmith.spec.Action;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Automation;
import org.toolsmith.spec.Computed;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Rule;

/**
 * A spec's logic in plain words for the studio and review: one item per rule, computed field,
 * button and automation, with its script, and whether that script is custom (not written from a
 * template), which a reviewer should read.
 */
public final class LogicWords {
    /** The {@code because} of a logic item whose script the AI service wrote (always a custom script, for review). */
    public static final String AI_WRITTEN = "written by the AI service";

    private LogicWords() {
    }

    /** Items with {@code kind}, {@code text}, {@code script} and {@code custom}. */
    public static List<Map<String, Object>> describe(AppSpec spec) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Rule r : spec.rules()) {
            items.add(item("Rule", "Before " + plural(spec, r.entity()) + " are saved: " + r.name()
                    + ". If not, the save is refused with “" + r.message() + "”", r.script(), r.template(), r.because()));
        }
        for (Computed c : spec.computed()) {
            items.add(item("Computed", plural(spec, c.entity()) + " show “" + c.label() + "” (" + c.type().json()
                    + "), worked out from each record and never typed in", c.script(), c.template(), c.because()));
        }
        for (Action a : spec.actions()) {
            items.add(item("Button", "Each " + name(spec, a.entity()) + " has a “" + a.label() + "” button, for "
                    + String.join(", ", a.roles()), a.script(), a.template(), a.because()));
        }
        for (Automation a : spec.automations()) {
            String when = switch (a.on()) {
                case "schedule" -> a.schedule() == null ? "on a schedule" : a.schedule().words() + ", for each " + name(spec, a.entity());
                case "update" -> "when a " + name(spec, a.entity()) + " is changed"
                        + (a.field() == null ? "" : " and its " + a.field() + " changes" + (a.value() == null ? "" : " to " + a.value()));
                default -> "when a " + name(spec, a.entity()) + " is " + a.on() + "d";
            };
            items.add(item("Automation", a.name() + ": " + when, a.script(), a.template(), a.because()));
        }
        return items;
    }

    private static Map<String, Object> item(String kind, String text, String script, String template, String because) {
        String custom = AI_WRITTEN.equals(because) ? "Custom script written by the AI service: read it before you create the app."
                : "Custom script: read it before you create the app.";
        return Map.of("kind", kind, "text", text + ".", "script", script == null ? "" : script,
                "custom", template == null, "note", template == null ? custom : "Written from the “" + template + "” template.");
    }

    private static String plural(AppSpec spec, String key) {
        return spec.entity(key).map(Entity::plural).orElse(key);
    }

    private static String name(AppSpec spec, String key) {
        return spec.entity(key).map(e -> e.name().toLowerCase(java.util.Locale.ROOT)).orElse(key);
    }
}
