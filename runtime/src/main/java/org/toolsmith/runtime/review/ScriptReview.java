package org.toolsmith.runtime.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.toolsmith.build.LogicWords;
import org.toolsmith.spec.Action;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Automation;
import org.toolsmith.spec.Computed;
import org.toolsmith.spec.Rule;

/**
 * Every script of a version (rules, computed values, buttons, automations) beside the same one in
 * the live version, matched by kind and key, with the flags a reviewer reads first: a new or changed
 * custom script (written by hand or by the AI, not from a template), a new schedule, a script that
 * may send e-mail.
 */
final class ScriptReview {
    /** A script that mentions e-mail: {@code notify(..., {channel: "email"})} or anything else named so. */
    private static final Pattern EMAIL = Pattern.compile("(?i)\\be-?mail\\b");

    private ScriptReview() {
    }

    /** One piece of logic as it stands in one version. */
    private record Piece(String kind, String key, String words, String script, boolean custom, String trigger) {
    }

    /** Every script of {@code after} and every one of {@code before} it drops, in the order of {@code after}. */
    static List<Review.Script> compare(AppSpec before, AppSpec after) {
        Map<String, Piece> old = pieces(before);
        Map<String, Piece> now = pieces(after);
        List<Review.Script> out = new ArrayList<>();
        now.forEach((id, p) -> out.add(script(old.get(id), p)));
        old.forEach((id, p) -> {
            if (!now.containsKey(id)) {
                out.add(script(p, null));
            }
        });
        return out;
    }

    /** The risks of the scripts that are new or changed; unchanged and removed ones carry none. */
    static List<Review.Risk> risks(List<Review.Script> scripts) {
        List<Review.Risk> out = new ArrayList<>();
        for (Review.Script s : scripts) {
            for (String flag : s.flags()) {
                out.add(new Review.Risk(flag.startsWith("Custom") ? "high" : "medium", flag));
            }
        }
        return out;
    }

    private static Review.Script script(Piece before, Piece after) {
        Piece p = after == null ? before : after;
        String change = before == null ? "added" : after == null ? "removed"
                : Objects.equals(before.script(), after.script()) && Objects.equals(before.trigger(), after.trigger())
                && before.custom() == after.custom() && before.words().equals(after.words()) ? "same" : "changed";
        String left = before == null ? "" : before.script();
        String right = after == null ? "" : after.script();
        List<String> flags = new ArrayList<>();
        if (after != null && !change.equals("same")) {
            String what = after.kind().toLowerCase(java.util.Locale.ROOT) + " *" + name(after) + "*";
            boolean scriptChanged = before == null || !Objects.equals(before.script(), after.script());
            if (after.custom() && scriptChanged) {
                flags.add("Custom script (written by hand or by the AI, not from a template): the " + what
                        + (before == null ? " is new" : " changes") + "; read it line by line.");
            }
            if (after.trigger() != null && after.trigger().startsWith("every ")
                    && (before == null || !Objects.equals(before.trigger(), after.trigger()))) {
                flags.add("Adds a schedule: the " + what + " runs by itself " + after.trigger() + ".");
            }
            if (EMAIL.matcher(right).find() && (before == null || !EMAIL.matcher(left).find())) {
                flags.add("Sends e-mail: the " + what + " can send e-mail, which leaves Toolsmith.");
            }
        }
        return new Review.Script(p.kind(), p.key(), p.words(), change, p.custom(), left, right,
                ReviewBuilder.diff(lines(left), lines(right)), flags);
    }

    private static String name(Piece p) {
        int colon = p.words().indexOf(':');
        return p.kind().equals("Automation") && colon > 0 ? p.words().substring(0, colon) : p.key();
    }

    private static List<String> lines(String script) {
        return script.isEmpty() ? List.of() : List.of(script.split("\\R", -1));
    }

    /** The pieces of logic of {@code spec} by kind and key, in the order the spec lists them. */
    private static Map<String, Piece> pieces(AppSpec spec) {
        List<Map<String, Object>> words = LogicWords.describe(spec);
        Map<String, Piece> out = new LinkedHashMap<>();
        int i = 0;
        for (Rule r : spec.rules()) {
            add(out, new Piece("Rule", r.key(), text(words, i++), r.script(), r.template() == null, null));
        }
        for (Computed c : spec.computed()) {
            add(out, new Piece("Computed value", c.key(), text(words, i++), c.script(), c.template() == null, null));
        }
        for (Action a : spec.actions()) {
            add(out, new Piece("Button", a.key(), text(words, i++), a.script(), a.template() == null, String.join(", ", a.roles())));
        }
        for (Automation a : spec.automations()) {
            String trigger = "schedule".equals(a.on()) ? (a.schedule() == null ? "on a schedule" : a.schedule().words())
                    : a.on() + (a.field() == null ? "" : " of " + a.field()) + (a.value() == null ? "" : " to " + a.value());
            add(out, new Piece("Automation", a.key(), text(words, i++), a.script(), a.template() == null, trigger));
        }
        return out;
    }

    private static void add(Map<String, Piece> out, Piece p) {
        out.put(p.kind() + ":" + p.key(), new Piece(p.kind(), p.key(), p.words(), p.script() == null ? "" : p.script(), p.custom(), p.trigger()));
    }

    private static String text(List<Map<String, Object>> words, int i) {
        return i < words.size() ? String.valueOf(words.get(i).get("text")) : "";
    }
}
