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
            underAttack(api, plain, withComputed, requests);
        }
    }

    /**
     * The same pages while another client presses, one after another, buttons of a third app that
     * loop, exhaust memory and backtrack (each stopped by its 2 s limit or the heap watch).
     */
    private static void underAttack(ServerFixture api, String plain, String withComputed, int requests) throws Exception {
        ObjectNode spec = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
                {"spec": 1, "name": "Hostile", "entities": [{"key": "thing", "name": "Thing", "plural": "Things",
                  "fields": [{"key": "title", "label": "Title", "type": "text"}]}],
                 "actions": [{"key": "spin", "entity": "thing", "label": "Spin", "script": "while (true) {}"},
                             {"key": "hog", "entity": "thing", "label": "Hog", "script": "const k = []; while (true) k.push({a: k.length, b: [1, 2, 3]});"},
                             {"key": "regex", "entity": "thing", "label": "Regex", "script": "return /^(a+)+$/.test('a'.repeat(40) + 'b');"}]}""");
        String hostile = slug(api, spec);
        api.post("/api/apps/" + hostile + "/thing", "{\"title\": \"x\"}");
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicInteger presses = new java.util.concurrent.atomic.AtomicInteger();
        Thread attacker = Thread.ofVirtual().start(() -> {
            String[] buttons = {"spin", "hog", "regex"};
            for (int i = 0; running.get(); i++) {
                api.post("/api/apps/" + hostile + "/thing/1/actions/" + buttons[i % 3], "{}");
                presses.incrementAndGet();
            }
        });
        try {
            report(api, "while hostile buttons run: list page, 50 rows, no computed column", "/apps/" + plain + "/loan/?size=50", requests);
            report(api, "while hostile buttons run: list page, 50 rows, one computed column", "/apps/" + withComputed + "/loan/?size=50",
                    requests);
        } finally {
            running.set(false);
            attacker.join();
        }
        System.out.printf("hostile button presses during those requests: %d (each refused with a message)%n", presses.get());
    }

    private static String slug(ServerFixture api, ObjectNode spec) {
        ServerFixture.Reply r = api.post("/api/apps", "{\"spec\": " + spec + "}");
        if (r.status() != 201) {
            throw new IllegalStateException(r.toString());
        }
        return r.json().get("slug").asText();
    }

    private static void report(ServerFixture api, String what, String path, int requests) {
        int errors = 0;
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
            if (r.body().contains("could not run")) {
                errors++;
            }
        }
        Collections.sort(ms);
        System.out.printf("%s: median %.1f ms, p99 %.1f ms, max %.1f ms (%d requests, %d with a cell that hit its limit)%n", what,
                ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.99) - 1), ms.get(ms.size() - 1), requests, errors);
    }
}
