package org.toolsmith.draft.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.SpecValidator;

/**
 * Runs the development benchmark ({@code shared/bench/dev}) against the real AI service configured
 * in the environment ({@code TOOLSMITH_LLM_PROVIDER}, {@code _MODEL}, {@code _BASE_URL},
 * {@code _API_KEY}); skipped when no key is set. Every answer must be a valid spec, and the service,
 * not the fallback, must have made nearly all of them. For the quality scores run
 * {@code score.py} on {@code ./toolsmith draft --jsonl} with the same environment.
 */
@EnabledIfEnvironmentVariable(named = "TOOLSMITH_LLM_API_KEY", matches = ".+")
class LlmBenchmarkIT {
    private final SpecValidator validator = new SpecValidator();

    @Test
    void drafts_every_development_request_validly_through_the_service() throws IOException {
        LlmSettings settings = LlmSettings.fromEnvironment(System.getenv());
        Assumptions.assumeTrue(settings.enabled(), "TOOLSMITH_LLM_PROVIDER is not set");
        LlmDrafter drafter = new LlmDrafter(settings, TokenBudget.unlimited(), LlmFixtures.OFFLINE);
        List<JsonNode> lines = lines("draft.jsonl");
        int fromAi = 0;
        long tokens = 0;
        for (JsonNode line : lines) {
            DraftOutcome out = drafter.draft(line.path("prompt").asText(), DraftContext.anonymous());
            assertValid(out.spec(), line.path("id").asText());
            fromAi += out.fromAi() ? 1 : 0;
            tokens += out.usage().totalTokens();
        }
        System.err.println("benchmark draft: " + fromAi + " of " + lines.size() + " from the AI service, " + tokens + " tokens");
        assertTrue(fromAi >= lines.size() * 9 / 10, fromAi + " of " + lines.size() + " drafted by the service");
    }

    @Test
    void refines_every_development_case_validly_through_the_agent() throws IOException {
        LlmSettings settings = LlmSettings.fromEnvironment(System.getenv());
        Assumptions.assumeTrue(settings.enabled(), "TOOLSMITH_LLM_PROVIDER is not set");
        LlmRefiner refiner = new LlmRefiner(settings, TokenBudget.unlimited(), LlmFixtures.OFFLINE_REFINER);
        List<JsonNode> lines = lines("refine.jsonl");
        int fromAi = 0;
        for (JsonNode line : lines) {
            AppSpec spec = LlmFixtures.JSON.fromTree(line.path("spec"));
            RefineOutcome out = refiner.refine(spec, line.path("request").asText(), DraftContext.anonymous());
            assertValid(out.refinement().spec(), line.path("id").asText());
            fromAi += out.fromAi() ? 1 : 0;
        }
        System.err.println("benchmark refine: " + fromAi + " of " + lines.size() + " by the agent");
        assertTrue(fromAi >= lines.size() * 8 / 10, fromAi + " of " + lines.size() + " refined by the agent");
    }

    private void assertValid(AppSpec spec, String id) {
        assertEquals(List.of(), validator.validate(LlmFixtures.JSON.toTree(spec)), id);
    }

    private static List<JsonNode> lines(String name) throws IOException {
        Path dir = Stream.of(System.getenv("TOOLSMITH_BENCH_DIR"), "../../shared/bench/dev", "../shared/bench/dev")
                .filter(d -> d != null && Files.isRegularFile(Path.of(d, name))).map(Path::of).findFirst().orElse(null);
        Assumptions.assumeTrue(dir != null, "the development benchmark (shared/bench/dev) is not beside the project");
        return Files.readAllLines(dir.resolve(name)).stream().filter(l -> !l.isBlank()).map(LlmFixtures.JSON::tree).toList();
    }
}
