package org.toolsmith.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The structure of a spec's {@code access} list for {@link SpecValidator}: each rule names a record
 * kind the app has, and is either a row rule ({@code rows} own or all, an {@code owner} that is
 * {@code created_by} or a person field, {@code see_all} groups) or a field rule ({@code field} and
 * the groups in {@code visible_to}). One row rule per kind, one field rule per field.
 */
final class AccessCheck {
    static final int MAX_RULES = 200;
    static final String GROUP = "[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}";

    private final JsonNode tree;
    private final List<Problem> problems;
    private final Map<String, JsonNode> entities = new HashMap<>();

    AccessCheck(JsonNode tree, List<Problem> problems) {
        this.tree = tree;
        this.problems = problems;
        for (JsonNode e : tree.path("entities")) {
            if (e.isObject() && e.path("key").isTextual()) {
                entities.putIfAbsent(e.get("key").asText(), e);
            }
        }
    }

    void run() {
        JsonNode list = tree.get("access");
        if (list == null || list.isNull()) {
            return;
        }
        if (!list.isArray()) {
            problems.add(new Problem("$.access", "\"access\" must be a list of rules."));
            return;
        }
        if (list.size() > MAX_RULES) {
            problems.add(new Problem("$.access", "The app has " + list.size() + " access rules; Toolsmith allows at most " + MAX_RULES + "."));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            String at = "$.access[" + i + "]";
            if (!node.isObject()) {
                problems.add(new Problem(at, "Each access rule must be a JSON object."));
                continue;
            }
            String key = node.path("entity").asText(null);
            JsonNode entity = key == null ? null : entities.get(key);
            if (entity == null) {
                problems.add(new Problem(at + ".entity", "The access rule belongs to a record kind the app does not have"
                        + (key == null ? "" : " (" + SpecValidator.quote(key) + ")") + "."));
                continue;
            }
            boolean rows = node.hasNonNull("rows");
            boolean field = node.hasNonNull("field");
            if (rows == field) {
                problems.add(new Problem(at, "An access rule says either \"rows\" (whose records people see) or \"field\""
                        + " (who sees one field), not " + (rows ? "both" : "neither") + "."));
            } else if (rows) {
                rowRule(node, entity, at, seen);
            } else {
                fieldRule(node, entity, at, seen);
            }
        }
    }

    private void rowRule(JsonNode node, JsonNode entity, String at, Set<String> seen) {
        String kind = entity.get("key").asText();
        String rows = node.path("rows").asText("");
        if (!rows.equals(AccessRule.OWN) && !rows.equals(AccessRule.ALL)) {
            problems.add(new Problem(at + ".rows", "\"rows\" is \"own\" (people see only their own records) or \"all\"."));
        }
        if (!seen.add(kind + "#rows")) {
            problems.add(new Problem(at, "There are two row rules for " + SpecValidator.quote(kind) + "; keep one."));
        }
        JsonNode owner = node.get("owner");
        if (owner != null && !owner.isNull()) {
            String o = owner.asText("");
            boolean ok = owner.isTextual() && (o.equals(AccessRule.CREATOR) || personFields(entity).contains(o));
            if (!ok) {
                problems.add(new Problem(at + ".owner", "The owner of a " + SpecValidator.quote(kind) + " is \"created_by\" (who added it)"
                        + " or one of its person fields" + (personFields(entity).isEmpty() ? "" : " (" + String.join(", ", personFields(entity)) + ")")
                        + ", not " + SpecValidator.quote(owner.asText("?")) + "."));
            }
        }
        groups(node.get("see_all"), at + ".see_all", false);
        if (rows.equals(AccessRule.ALL) && (node.hasNonNull("owner") || !node.path("see_all").isEmpty())) {
            problems.add(new Problem(at + ".rows", "\"owner\" and \"see_all\" go with \"rows\": \"own\"; with \"all\" everyone sees every row."));
        }
    }

    private void fieldRule(JsonNode node, JsonNode entity, String at, Set<String> seen) {
        String kind = entity.get("key").asText();
        String field = node.path("field").asText("");
        boolean exists = false;
        for (JsonNode f : entity.path("fields")) {
            exists |= field.equals(f.path("key").asText(null));
        }
        if (!exists) {
            problems.add(new Problem(at + ".field", "The access rule names the field " + SpecValidator.quote(field) + ", which "
                    + SpecValidator.quote(kind) + " does not have."));
        } else if (field.equals(titleOf(entity))) {
            problems.add(new Problem(at + ".field", "The field " + SpecValidator.quote(field) + " names each " + SpecValidator.quote(kind)
                    + " in lists and links, so it cannot be hidden; hide another field or choose another title."));
        }
        if (!seen.add(kind + "." + field)) {
            problems.add(new Problem(at, "There are two access rules for the field " + SpecValidator.quote(field) + "; keep one."));
        }
        groups(node.get("visible_to"), at + ".visible_to", true);
        if (node.hasNonNull("rows") || node.hasNonNull("owner") || node.hasNonNull("see_all")) {
            problems.add(new Problem(at, "A field rule has no \"owner\" or \"see_all\"; write a separate row rule."));
        }
    }

    private void groups(JsonNode list, String at, boolean required) {
        if (list == null || list.isNull()) {
            if (required) {
                problems.add(new Problem(at, "Say which groups may see the field, for example [\"HR\"]."));
            }
            return;
        }
        boolean ok = list.isArray() && (!required || !list.isEmpty());
        for (JsonNode g : list) {
            ok &= g.isTextual() && g.asText().matches(GROUP);
        }
        if (!ok) {
            problems.add(new Problem(at, "This must be a list of group names (letters, digits, space . _ -), for example [\"HR\"]."));
        }
    }

    private static Set<String> personFields(JsonNode entity) {
        Set<String> keys = new java.util.TreeSet<>();
        for (JsonNode f : entity.path("fields")) {
            if ("person".equals(f.path("type").asText(null)) && f.path("key").isTextual()) {
                keys.add(f.get("key").asText());
            }
        }
        return keys;
    }

    private static String titleOf(JsonNode entity) {
        if (entity.path("title").isTextual()) {
            return entity.get("title").asText();
        }
        JsonNode first = entity.path("fields").path(0);
        return first.path("key").asText(null);
    }
}
