package org.toolsmith.sandbox;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Measures the sandbox: pool start, per-call latency of a typical rule (median and p99, after a
 * warm-up) and how long a worker takes to be replaced after a script exhausts its memory. Run by
 * {@code bench/sandbox/run.sh}; prints one line per figure on standard output.
 */
public final class SandboxBench {
    private static final String RULE = "return days(record.loaned_on, record.due_on) >= 0"
            + " && (record.returned || days(record.due_on, today()) <= 30);";
    private static final String RECORD = "{\"id\":12,\"title\":\"Dune\",\"loaned_on\":\"2026-01-10\","
            + "\"due_on\":\"2026-02-10\",\"returned\":false}";
    private static final String COMPUTED = "return record.returned ? 0 : Math.max(0, days(record.due_on, today()));";
    private static final String MEMORY_BOMB = "const keep = [];\nfor (;;) { keep.push(new Array(1000).fill(1)); }";

    private SandboxBench() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int replacements = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        SandboxOptions options = SandboxOptions.defaults();
        long started = System.nanoTime();
        try (ScriptPool pool = ScriptPool.start(options)) {
            System.out.printf("pool start (%d workers, parallel): %d ms%n", options.workers(),
                    millis(System.nanoTime() - started));
            System.out.printf("worker start (last one): %d ms%n", pool.lastWorkerStart().toMillis());
            ScriptCall rule = ScriptCall.of(RULE, ScriptKind.RULE, RECORD).withNow("2026-02-20T08:00:00+01:00");
            int slowFirst = 0;
            for (int i = 0; i < 20; i++) {
                long t0 = System.nanoTime();
                ScriptResult first = pool.run(rule);
                slowFirst += first.error() == ScriptError.TIME ? 1 : 0;
                if (i < 5) {
                    System.out.printf("first calls: #%d %.2f ms %s%n", i + 1, (System.nanoTime() - t0) / 1e6,
                            first.ok() ? "ok" : first.message());
                }
            }
            System.out.printf("first 20 calls stopped by the 50 ms limit: %d%n", slowFirst);
            for (int i = 0; i < calls / 4; i++) {
                pool.run(rule);
            }
            long[] latencies = new long[calls];
            for (int i = 0; i < calls; i++) {
                long t0 = System.nanoTime();
                check(pool.run(rule));
                latencies[i] = System.nanoTime() - t0;
            }
            Arrays.sort(latencies);
            System.out.printf("rule call latency over %d calls: median %.2f ms, p99 %.2f ms, max %.2f ms%n", calls,
                    latencies[calls / 2] / 1e6, latencies[(int) (calls * 0.99)] / 1e6, latencies[calls - 1] / 1e6);
            listPages(pool, 100);
            long[] replacing = new long[replacements];
            long[] starts = new long[replacements];
            for (int i = 0; i < replacements; i++) {
                long t0 = System.nanoTime();
                ScriptResult bomb = pool.run(ScriptCall.of(MEMORY_BOMB, ScriptKind.ACTION, "{}"));
                if (bomb.error() != ScriptError.MEMORY) {
                    throw new IllegalStateException("the memory bomb was not stopped for memory: " + bomb);
                }
                while (pool.idleWorkers() < options.workers()) {
                    Thread.sleep(5);
                }
                replacing[i] = System.nanoTime() - t0;
                starts[i] = pool.lastWorkerStart().toNanos();
            }
            System.out.printf("memory bomb stopped and worker replaced (until the pool is full again): %s ms%n",
                    render(replacing));
            System.out.printf("replacement worker start alone: %s ms%n", render(starts));
        }
    }

    /** A list page of 50 rows with a computed column: one call per row, in turn, then over two threads. */
    private static void listPages(ScriptPool pool, int pages) throws Exception {
        List<ScriptCall> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(ScriptCall.of(COMPUTED, ScriptKind.COMPUTED, "{\"id\":" + i + ",\"due_on\":\"2026-02-"
                    + String.format("%02d", 1 + i % 28) + "\",\"returned\":" + (i % 3 == 0) + "}")
                    .withNow("2026-02-20T08:00:00+01:00"));
        }
        long[] inTurn = new long[pages];
        long[] fanned = new long[pages];
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int p = 0; p < pages; p++) {
                long t0 = System.nanoTime();
                for (ScriptCall row : rows) {
                    checkOk(pool.run(row));
                }
                inTurn[p] = System.nanoTime() - t0;
                t0 = System.nanoTime();
                List<java.util.concurrent.Future<ScriptResult>> results = new java.util.ArrayList<>();
                for (ScriptCall row : rows) {
                    results.add(two.submit(() -> pool.run(row)));
                }
                for (java.util.concurrent.Future<ScriptResult> result : results) {
                    checkOk(result.get());
                }
                fanned[p] = System.nanoTime() - t0;
            }
        } finally {
            two.shutdownNow();
        }
        Arrays.sort(inTurn);
        Arrays.sort(fanned);
        System.out.printf("list page, 50 computed values one after another (%d pages): median %.1f ms, p99 %.1f ms%n",
                pages, inTurn[pages / 2] / 1e6, inTurn[(int) (pages * 0.99)] / 1e6);
        System.out.printf("list page, 50 computed values over 2 threads (%d pages): median %.1f ms, p99 %.1f ms%n",
                pages, fanned[pages / 2] / 1e6, fanned[(int) (pages * 0.99)] / 1e6);
        System.out.printf("computed values stopped by the 50 ms limit during those pages: %d of %d%n", stoppedByLimit, pages * 100);
    }

    /** Computed values stopped by their limit on a busy machine are counted and reported, not fatal. */
    private static int stoppedByLimit;

    private static void checkOk(ScriptResult result) {
        if (!result.ok() && result.error() == ScriptError.TIME) {
            stoppedByLimit++;
        } else if (!result.ok()) {
            throw new IllegalStateException("a computed value failed: " + result);
        }
    }

    private static void check(ScriptResult result) {
        if (!result.ok() || !"true".equals(result.valueJson())) {
            throw new IllegalStateException("the rule did not answer true: " + result);
        }
    }

    private static long millis(long nanos) {
        return Duration.ofNanos(nanos).toMillis();
    }

    private static String render(long[] nanos) {
        List<Long> ms = Arrays.stream(nanos).map(SandboxBench::millis).boxed().toList();
        return ms.toString() + " (median " + ms.stream().sorted().toList().get(ms.size() / 2) + ")";
    }
}
