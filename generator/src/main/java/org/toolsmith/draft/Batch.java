package org.toolsmith.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import org.toolsmith.draft.offline.OfflineDrafter;
import org.toolsmith.draft.offline.OfflineRefiner;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Problem;
import org.toolsmith.spec.SpecException;
import org.toolsmith.spec.SpecJson;
import org.toolsmith.spec.SpecNormalizer;
import org.toolsmith.spec.SpecValidator;

/**
 * The batch interface of APP-SPEC.md: JSON Lines in, one JSON line out per input line, in the same
 * order; {@code {"id", "spec"}} or {@code {"id", "error"}}. Only JSON lines go to {@code out};
 * anything else (unexpected failures) goes to standard error.
 */
public final class Batch {
    private final Drafter drafter;
    private final Refiner refiner;
    private final SpecJson json = new SpecJson();
    private final ObjectMapper mapper = json.mapper();
    private final SpecValidator validator = new SpecValidator();
    private final SpecNormalizer normalizer = new SpecNormalizer();

    /** The offline drafter and refiner. */
    public Batch() {
        this(new OfflineDrafter(), new OfflineRefiner());
    }

    public Batch(Drafter drafter, Refiner refiner) {
        this.drafter = drafter;
        this.refiner = refiner;
    }

    /** Answers each {@code {"id", "prompt"}} line with a drafted spec or an error. */
    public void draft(InputStream in, PrintStream out) {
        run(in, out, (id, line) -> {
            JsonNode prompt = line.get("prompt");
            if (prompt == null || !prompt.isTextual()) {
                return error(id, "Each line needs \"prompt\": the request in plain words.");
            }
            return answer(id, drafter.draft(prompt.asText()));
        });
    }

    /** Answers each {@code {"id", "spec", "request"}} line with the whole refined spec or an error. */
    public void refine(InputStream in, PrintStream out) {
        run(in, out, (id, line) -> {
            JsonNode request = line.get("request");
            if (request == null || !request.isTextual()) {
                return error(id, "Each line needs \"request\": the change in plain words.");
            }
            AppSpec spec = usableSpec(line.get("spec"));
            return answer(id, refiner.refine(spec, request.asText()).spec());
        });
    }

    /** The spec of a line: as it is when valid, repaired by the normalizer when it can be, else an error. */
    private AppSpec usableSpec(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            throw new SpecException("Each line needs \"spec\": the app spec to change, as a JSON object.");
        }
        List<Problem> problems = validator.validate(tree);
        if (problems.isEmpty()) {
            return json.fromTree(tree);
        }
        AppSpec repaired;
        try {
            repaired = normalizer.normalize(json.fromTree(tree));
        } catch (SpecException e) {
            throw new SpecException(problems);
        }
        if (!validator.validate(json.toTree(repaired)).isEmpty()) {
            throw new SpecException(problems);
        }
        return repaired;
    }

    private void run(InputStream in, PrintStream out, BiFunction<JsonNode, JsonNode, ObjectNode> handler) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        try {
            while ((line = reader.readLine()) != null) {
                out.println(mapper.writeValueAsString(answerLine(line, handler)));
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode answerLine(String line, BiFunction<JsonNode, JsonNode, ObjectNode> handler) {
        JsonNode parsed;
        try {
            parsed = line.isBlank() ? null : mapper.readTree(line);
        } catch (JsonProcessingException | StackOverflowError e) {
            return error(NullNode.getInstance(), "This line is not valid JSON; each line must be one JSON object.");
        }
        if (parsed == null || !parsed.isObject()) {
            return error(NullNode.getInstance(), "Each line must be one JSON object with an \"id\".");
        }
        JsonNode id = parsed.has("id") ? parsed.get("id") : NullNode.getInstance();
        try {
            return handler.apply(id, parsed);
        } catch (DraftException e) {
            return error(id, e.getMessage());
        } catch (SpecException e) {
            return error(id, explain(e.problems()));
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            System.err.println("toolsmith batch: line " + id + " failed: " + e);
            // where, for whoever reads the log (never the answer line)
            java.util.Arrays.stream(e.getStackTrace()).limit(8).forEach(f -> System.err.println("    at " + f));
            return error(id, "Toolsmith could not handle this request because of an internal error; try rewording it.");
        }
    }

    /** Up to three problems, each with where it is, so the person can fix the spec in one go. */
    static String explain(List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        for (Problem p : problems.subList(0, Math.min(3, problems.size()))) {
            sb.append(sb.isEmpty() ? "" : " ").append(p.message()).append(p.path().equals("$") ? "" : " (at " + p.path() + ")");
        }
        if (problems.size() > 3) {
            sb.append(" And ").append(problems.size() - 3).append(" more.");
        }
        return sb.isEmpty() ? "The app spec cannot be used." : sb.toString();
    }

    private ObjectNode answer(JsonNode id, AppSpec spec) {
        ObjectNode o = mapper.createObjectNode();
        o.set("id", id);
        o.set("spec", json.toTree(spec));
        return o;
    }

    private ObjectNode error(JsonNode id, String message) {
        ObjectNode o = mapper.createObjectNode();
        o.set("id", id);
        o.put("error", message);
        return o;
    }
}
