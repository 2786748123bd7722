package org.toolsmith.draft.offline;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * English puts the thing before its container: "a drivers table", "a client list", "a proper supplier
 * register" mean "a list of drivers / clients / suppliers", and "a proper client record" is "a client".
 * Rewritten to the "list of" shape the kind readers know, except where the words are a kind of box
 * ("a pick list", "a drop-down list"), a kind that exists already, a field's own label, or what a link points to
 * ("make purpose a link to a new activities list", read by the link readers as it is). A new list is said with
 * "a", "an" or "one": "the client list" or "our staff directory" is one that exists.
 */
final class ContainerNouns {
    private static final Pattern CONTAINER = Pattern.compile(
            "(?<!\\bto )\\b(an?|one)\\s+(?:(?:proper|separate|dedicated|new|simple|own|little|small)\\s+)?([a-z][a-z-]{2,})\\s+(list|table|register|directory)\\b(?!\\s+(?:of|for)\\b)");
    private static final Pattern RECORD = Pattern.compile("\\b(an?|one)\\s+(?:proper|separate|dedicated|real)\\s+([a-z][a-z-]{2,})\\s+(?:record|entry)\\b");
    /** Words before "list" that name a kind of box or of list, not a thing kept in it. */
    private static final java.util.Set<String> NOT_THINGS = RefineText.set("pick", "picklist", "drop-down", "dropdown", "choice", "selection", "check",
            "checklist", "waiting", "mailing", "shopping", "to-do", "todo", "price", "reading", "short", "long", "full", "whole", "master", "fixed",
            "closed", "open", "current", "old", "existing", "same", "main", "big", "separate", "proper", "new", "simple", "own", "little", "small",
            "data", "lookup", "look-up", "reference", "menu", "tick", "option", "options", "value", "values", "status", "type", "category");

    private ContainerNouns() {
    }

    static String plain(RefineSession s, String message) {
        if (s.lang != Lang.EN) {
            return message;
        }
        String out = replace(s, CONTAINER.matcher(message), true);
        return replace(s, RECORD.matcher(out), false);
    }

    private static String replace(RefineSession s, Matcher m, boolean list) {
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String thing = m.group(2).toLowerCase(Locale.ROOT);
            String whole = thing + (list ? " " + m.group(3).toLowerCase(Locale.ROOT) : "");
            if (NOT_THINGS.contains(thing) || isKind(s, thing) || list && isLabel(s, whole)) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            String article = "a";
            m.appendReplacement(out, Matcher.quoteReplacement(list ? article + " list of " + plural(thing) : article + " " + thing));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String plural(String noun) {
        if (noun.endsWith("s")) {
            return noun;
        }
        return noun.endsWith("y") && !noun.matches(".*[aeiou]y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    }

    private static boolean isKind(RefineSession s, String thing) {
        RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, thing);
        return e != null && e.score() >= 0.9;
    }

    private static boolean isLabel(RefineSession s, String words) {
        for (Entity e : s.spec.entities()) {
            for (Field f : e.fields()) {
                if (RefineText.fold(f.label()).equals(words)) {
                    return true;
                }
            }
        }
        return false;
    }
}
