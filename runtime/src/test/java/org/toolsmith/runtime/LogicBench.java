package org.toolsmith.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Benchmark (a plain main, not a test): time of a list page of 50 rows with and without a computed
 * column, measured from an HTTP client on loopback against a real server. Run with
 * {@code bench/logic/run.sh [REQUESTS]}. Prints one line per figure to standard output.
 */
public final class LogicBench {
    private LogicBench() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path data = Files.createTempDirectory("toolsmith-logic-bench");
        try (ServerFixture api = ServerFixture.start(data)) {
            ObjectNode spec = (ObjectNode) LogicAppTest.library();
            spec.remove("rules");
            spec.remove("automations");
            String withComputed = slug(api, spec);
            spec.put("name", "Plain library");
            spec.remove("computed");
            String plain = slug(api, spec);
            for (String slug : List.of(withComputed, plain)) {
                api.post("/api/apps/" + slug + "/book", "{\"title\": \"Dune\"}");
                for (int i = 0; i < 50; i++) {
                    api.post("/api/apps/" + slug + "/loan", "{\"borrower\": \"P" + i + "\", \"book\": 1, \"loan_date\": \"2026-01-01\", "
                            + "\"due_date\": \"2026-0" + (i % 9 + 1) + "-10\", \"status\": \"Out\"}");
                }
            }
            report(api, "list page, 50 rows, no computed column", "/apps/" + plain + "/loan/?size=50", requests);
            report(api, "list page, 50 rows, one computed column", "/apps/" + withComputed + "/loan/?size=50", requests);
            report(api, "API list, 50 rows, one computed column", "/api/apps/" + withComputed + "/loan?size=50", requests);
        }
    }

    private static String slug(ServerFixture api, ObjectNode spec) {
        ServerFixture.Reply r = api.post("/api/apps", "{\"spec\": " + spec + "}");
        if (r.status() != 201) {
            throw new IllegalStateException(r.toString());
        }
        return r.json().get("slug").asText();
    }

    private static void report(ServerFixture api, String what, String path, int requests) {
        for (int i = 0; i < 20; i++) {
            api.get(path);
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long t0 = System.nanoTime();
            ServerFixture.Reply r = api.get(path);
            ms.add((System.nanoTime() - t0) / 1e6);
            if (r.status() != 200) {
                throw new IllegalStateException(path + ": " + r.status());
            }
        }
        Collections.sort(ms);
        System.out.printf("%s: median %.1f ms, p99 %.1f ms, max %.1f ms (%d requests)%n", what, ms.get(ms.size() / 2),
                ms.get((int) Math.ceil(ms.size() * 0.99) - 1), ms.get(ms.size() - 1), requests);
    }
}
