package org.toolsmith.draft.llm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.toolsmith.spec.Problem;
import org.toolsmith.spec.SpecException;
import org.toolsmith.spec.SpecJson;
import org.toolsmith.spec.SpecValidator;

/**
 * Reads the model's answer as a spec: the JSON object in it (code fences and stray prose around it
 * are tolerated), then the validator's verdict. Nothing in the answer is ever executed: it becomes
 * a spec tree or a list of problems.
 *
 * @param tree     the parsed object, or null when there is none
 * @param problems the validator's messages (or one saying the JSON is broken); empty when valid
 * @param refusal  the answer has no JSON object at all (the model declined or chatted)
 */
record SpecReply(JsonNode tree, List<Problem> problems, boolean refusal) {

    static SpecReply read(String text, SpecJson json, SpecValidator validator, int maxChars) {
        if (text == null || text.indexOf('{') < 0) {
            return new SpecReply(null, List.of(new Problem("$", "The answer has no JSON object.")), true);
        }
        if (text.length() > maxChars) {
            return new SpecReply(null, List.of(new Problem("$", "The answer is longer than " + maxChars + " characters.")), false);
        }
        int start = text.indexOf('{');
        int end = text.lastIndexOf('}');
        if (end < start) {
            return new SpecReply(null, List.of(new Problem("$", "The answer is not complete JSON: it ends before the object closes.")), false);
        }
        JsonNode tree;
        try {
            tree = json.tree(text.substring(start, end + 1));
        } catch (SpecException e) {
            return new SpecReply(null, e.problems(), false);
        }
        if (tree instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
            // who may see what comes from the person's words only, never from the model (an injected widening)
            o.remove("access");
        }
        return new SpecReply(tree, validator.validate(tree), false);
    }

    boolean valid() {
        return tree != null && problems.isEmpty();
    }
}
