package org.toolsmith.draft.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.toolsmith.build.LogicWords;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Problem;
import org.toolsmith.spec.SpecException;

/**
 * The logic (rules, computed fields, buttons, automations) in what the AI service wrote. Its
 * scripts are custom bodies whatever the model claims: {@code template} is cleared and each item is
 * marked as written by the AI service, so the draft page asks a person to read it before the app is
 * created. Scripts are parsed (never run) by the {@link ScriptCheck}; items whose script does not
 * parse are dropped and their problems returned, for a repair round or the draft's notes.
 */
final class AiLogic {
    private static final Pattern PATH = Pattern.compile("^\\$\\.(rules|computed|actions|automations)\\[(\\d+)]");

    /** A spec whose logic passed the parse check, and the problems of the items that were dropped. */
    record Checked(AppSpec spec, List<Problem> problems) {
    }

    private AiLogic() {
    }

    /** Every logic item marked as the AI service's custom script. */
    static AppSpec marked(AppSpec spec) {
        if (!spec.hasLogic()) {
            return spec;
        }
        String mark = LogicWords.AI_WRITTEN;
        return spec.withRules(spec.rules().stream().map(r -> r.withTemplate(null).withBecause(mark)).toList())
                .withComputed(spec.computed().stream().map(c -> c.withTemplate(null).withBecause(mark)).toList())
                .withActions(spec.actions().stream().map(a -> a.withTemplate(null).withBecause(mark)).toList())
                .withAutomations(spec.automations().stream().map(a -> a.withTemplate(null).withBecause(mark)).toList());
    }

    /** Parses the scripts; drops the items that do not parse. */
    static Checked check(AppSpec spec, ScriptCheck check) {
        if (!spec.hasLogic()) {
            return new Checked(spec, List.of());
        }
        try {
            check.check(spec);
            return new Checked(spec, List.of());
        } catch (SpecException e) {
            return new Checked(without(spec, e.problems()), e.problems());
        } catch (RuntimeException e) {
            // The sandbox could not check them now; the runtime parses every script again before an app is created.
            System.err.println("toolsmith: the AI service's scripts could not be parsed now: " + e.getMessage());
            return new Checked(spec, List.of());
        }
    }

    /** The spec without the items the problems point to ({@code $.rules[2].script} drops rule 2). */
    static AppSpec without(AppSpec spec, List<Problem> problems) {
        List<String> paths = new ArrayList<>();
        for (Problem p : problems) {
            Matcher m = PATH.matcher(p.path());
            if (m.find()) {
                paths.add(m.group(1) + "[" + m.group(2) + "]");
            }
        }
        return spec.withRules(keep(spec.rules(), i -> !paths.contains("rules[" + i + "]")))
                .withComputed(keep(spec.computed(), i -> !paths.contains("computed[" + i + "]")))
                .withActions(keep(spec.actions(), i -> !paths.contains("actions[" + i + "]")))
                .withAutomations(keep(spec.automations(), i -> !paths.contains("automations[" + i + "]")));
    }

    /** The answer's tree without the logic items the problems point to; null when no problem is about logic. */
    static JsonNode treeWithout(JsonNode tree, List<Problem> problems) {
        ObjectNode copy = ((ObjectNode) tree).deepCopy();
        boolean changed = false;
        for (String list : List.of("rules", "computed", "actions", "automations")) {
            JsonNode items = copy.get(list);
            if (items == null || !items.isArray()) {
                continue;
            }
            ArrayNode kept = copy.putArray(list);
            for (int i = 0; i < items.size(); i++) {
                String at = list + "[" + i + "]";
                if (problems.stream().anyMatch(p -> PATH.matcher(p.path()).find() && p.path().startsWith("$." + at))) {
                    changed = true;
                } else {
                    kept.add(items.get(i));
                }
            }
        }
        return changed ? copy : null;
    }

    private static <T> List<T> keep(List<T> items, IntPredicate keep) {
        return IntStream.range(0, items.size()).filter(keep).mapToObj(items::get).toList();
    }
}
