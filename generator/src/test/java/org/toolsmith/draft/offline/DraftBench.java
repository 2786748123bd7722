package org.toolsmith.draft.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.toolsmith.draft.DraftException;
import org.toolsmith.spec.SpecJson;

/**
 * A development harness: JSON Lines of {"id", "prompt"} on standard input, one drafted spec per
 * line on standard output (the batch contract of APP-SPEC.md), then the timing of a warm second
 * pass on standard error.
 */
public final class DraftBench {
    private static final int WARM_ROUNDS = 10;
    private static final int TIMED_ROUNDS = 5;

    private DraftBench() {
    }

    public static void main(String[] args) throws Exception {
        var json = new SpecJson();
        var drafter = new OfflineDrafter();
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> prompts = new ArrayList<>();
        long first = System.nanoTime();
        long firstDraft = -1;
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.mapper().readTree(line);
            ObjectNode o = json.mapper().createObjectNode();
            o.set("id", n.get("id"));
            String prompt = n.path("prompt").asText();
            prompts.add(prompt);
            try {
                long t = System.nanoTime();
                o.set("spec", json.toTree(drafter.draft(prompt)));
                if (firstDraft < 0) {
                    firstDraft = System.nanoTime() - t;
                    System.err.printf("first draft (loads the models): %d ms%n", firstDraft / 1_000_000);
                }
            } catch (DraftException e) {
                o.put("error", e.getMessage());
            }
            out.println(json.mapper().writeValueAsString(o));
        }
        System.err.printf("first pass over %d requests: %d ms%n", prompts.size(), (System.nanoTime() - first) / 1_000_000);
        // ten rounds of warm-up, then five timed rounds: one timed round of a few dozen requests moved the median by
        // several milliseconds from run to run (JIT and GC pauses), more than any change measured with it
        for (int round = 0; round < WARM_ROUNDS; round++) {
            prompts.forEach(drafter::draft);
        }
        long[] times = new long[prompts.size() * TIMED_ROUNDS];
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            for (int i = 0; i < prompts.size(); i++) {
                long t = System.nanoTime();
                drafter.draft(prompts.get(i));
                times[round * prompts.size() + i] = System.nanoTime() - t;
            }
        }
        Arrays.sort(times);
        if (times.length > 0) {
            System.err.printf("warm: median %.2f ms, max %.2f ms over %d drafts (%d rounds of %d after %d rounds of warm-up)%n",
                    times[times.length / 2] / 1e6, times[times.length - 1] / 1e6, times.length, TIMED_ROUNDS, prompts.size(), WARM_ROUNDS);
        }
    }
}
