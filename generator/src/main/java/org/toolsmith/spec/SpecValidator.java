package org.toolsmith.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks an app spec and reports every problem, each with its JSON path and a sentence a
 * non-programmer can act on. Works on the JSON tree, so that a spec too broken to map to the
 * records still gets precise messages. Thread-safe and stateless.
 */
public final class SpecValidator {
    public static final int MAX_NAME = 120;
    public static final int MAX_LABEL = 200;
    public static final int MAX_SUMMARY = 2000;
    public static final int MAX_ENTITIES = 50;
    public static final int MAX_FIELDS = 100;
    public static final int MAX_OPTION = 200;
    public static final int MAX_OPTIONS = 500;

    private final SpecJson json = new SpecJson();

    /** Every problem of the spec, in document order; empty when it is valid. */
    public List<Problem> validate(JsonNode tree) {
        List<Problem> problems = new ArrayList<>();
        if (tree == null || !tree.isObject()) {
            problems.add(new Problem("$", "The app description must be a JSON object with a name and record kinds."));
            return problems;
        }
        JsonNode version = tree.get("spec");
        if (version == null || !version.isIntegralNumber() || version.asInt() != AppSpec.VERSION) {
            problems.add(new Problem("$.spec", "The app description must say \"spec\": 1 (the only version Toolsmith knows)."));
        }
        checkText(tree.get("name"), "$.name", "The app", "name", MAX_NAME, problems);
        JsonNode summary = tree.get("summary");
        if (summary != null && !summary.isNull()) {
            if (!summary.isTextual()) {
                problems.add(new Problem("$.summary", "The app's summary must be text."));
            } else if (summary.asText().length() > MAX_SUMMARY) {
                problems.add(new Problem("$.summary", "The app's summary is longer than " + MAX_SUMMARY + " characters; shorten it."));
            }
        }
        JsonNode entities = tree.get("entities");
        if (entities == null || !entities.isArray() || entities.isEmpty()) {
            problems.add(new Problem("$.entities", "The app needs at least one kind of record (for example \"Loan\" or \"Customer\")."));
            return problems;
        }
        if (entities.size() > MAX_ENTITIES) {
            problems.add(new Problem("$.entities", "The app has " + entities.size() + " kinds of record; Toolsmith allows at most "
                    + MAX_ENTITIES + ". Split it into several apps."));
        }
        Set<String> entityKeys = new HashSet<>();
        for (JsonNode e : entities) {
            if (e.isObject() && e.path("key").isTextual()) {
                entityKeys.add(e.get("key").asText());
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entities.size(); i++) {
            new EntityCheck(entities.get(i), "$.entities[" + i + "]", entityKeys, problems).run(seen);
        }
        new LogicCheck(tree, problems).run();
        new AccessCheck(tree, problems).run();
        return problems;
    }

    /** Parses and validates JSON text; a parse error is reported as one problem at {@code $}. */
    public List<Problem> validate(String jsonText) {
        try {
            return validate(json.tree(jsonText));
        } catch (SpecException e) {
            return e.problems();
        }
    }

    /** Throws a {@link SpecException} listing every problem when the spec is not valid. */
    public void check(AppSpec spec) {
        if (spec == null) {
            throw new SpecException("There is no app description.");
        }
        List<Problem> problems = validate(json.toTree(spec));
        if (!problems.isEmpty()) {
            throw new SpecException(problems);
        }
    }

    /** Checks a display text: present, text, not blank, not too long. Returns it when usable. */
    static String checkText(JsonNode node, String path, String owner, String what, int max, List<Problem> problems) {
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            problems.add(new Problem(path, owner + " needs a " + what + "."));
            return null;
        }
        if (!node.isTextual()) {
            problems.add(new Problem(path, owner + "'s " + what + " must be text."));
            return null;
        }
        String text = node.asText();
        if (text.length() > max) {
            problems.add(new Problem(path, owner + "'s " + what + " is longer than " + max + " characters; shorten it."));
        }
        return text;
    }

    static String quote(String s) {
        String shown = s.length() > 60 ? s.substring(0, 57) + "…" : s;
        return "\"" + shown + "\"";
    }
}
