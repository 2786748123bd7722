package org.toolsmith.draft.offline;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.toolsmith.draft.DraftException;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.SpecJson;

/**
 * A development harness: JSON Lines of {"id", "spec", "request"} on standard input; prints on
 * standard error the time of the first refinement (which loads the lexicons and the glossary),
 * then the median and worst time per refinement over five timed rounds after ten warm-up rounds.
 */
public final class RefineBench {
    private static final int WARM_ROUNDS = 10;
    private static final int TIMED_ROUNDS = 5;
    private RefineBench() {
    }

    public static void main(String[] args) throws Exception {
        var json = new SpecJson();
        var refiner = new OfflineRefiner();
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        List<AppSpec> specs = new ArrayList<>();
        List<String> requests = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (!line.isBlank()) {
                JsonNode n = json.mapper().readTree(line);
                specs.add(json.fromTree(n.get("spec")));
                requests.add(n.path("request").asText());
            }
        }
        long t0 = System.nanoTime();
        run(refiner, specs.get(0), requests.get(0));
        System.err.printf("first refinement (loads the lexicons): %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        // ten rounds of warm-up, then five timed rounds: one timed round of 35 edits moved the median by several
        // milliseconds from run to run (JIT and GC pauses), more than any change measured with it
        for (int round = 0; round < WARM_ROUNDS; round++) {
            for (int i = 0; i < specs.size(); i++) {
                run(refiner, specs.get(i), requests.get(i));
            }
        }
        long[] times = new long[specs.size() * TIMED_ROUNDS];
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            for (int i = 0; i < specs.size(); i++) {
                long t = System.nanoTime();
                run(refiner, specs.get(i), requests.get(i));
                times[round * specs.size() + i] = System.nanoTime() - t;
            }
        }
        Arrays.sort(times);
        System.err.printf("warm: median %.2f ms, max %.2f ms over %d refinements (%d rounds of %d after %d rounds of warm-up)%n",
                times[times.length / 2] / 1e6, times[times.length - 1] / 1e6, times.length, TIMED_ROUNDS, specs.size(), WARM_ROUNDS);
    }

    private static void run(OfflineRefiner refiner, AppSpec spec, String request) {
        try {
            refiner.refine(spec, request);
        } catch (DraftException e) {
            // a refused message is timed like any other
        }
    }
}
