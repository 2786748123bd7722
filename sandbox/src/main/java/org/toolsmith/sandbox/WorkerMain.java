package org.toolsmith.sandbox;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A script worker: a small JVM started by {@link ScriptPool} that runs scripts one at a time,
 * reading requests on standard input and answering on standard output (see {@link Protocol});
 * logs go to standard error. It enforces each call's wall-clock limit with a watchdog (this main
 * thread interrupts the context) and stops a script that fills the heap. Not meant to be run by hand.
 */
public final class WorkerMain {
    private static final double MEMORY_SHARE = 0.8;
    private static final long STACK_BYTES = 4L << 20;
    private static final int WARM_UP_RUNS = 30;
    /** Time to parse a script, outside its own limit: parsing happens once per script and worker. */
    static final long COMPILE_MILLIS = 1000;
    private static final String WARM_UP = """
            const total = record.items.map(item => item.n * 2).reduce((a, b) => a + b, 0);
            const late = days(record.due, today()) > 0 && /^[a-z]+$/.test(String(ctx && ctx.user || 'x'));
            const text = `${record.due}: ${total}`.toUpperCase().split(':').join('-');
            return result().set({total: total, late: late, text: text, next: addDays(today(), 7)})
                .notify('ada', 'Due ' + addMonths(record.due, 1), {subject: JSON.stringify({w: weekday(today())})});
            """;

    private final ScriptRunner runner;
    private final ExecutorService scripts;
    private final long quickStatements;
    private final long longStatements;
    private final int maxResultChars;
    private final Duration grace;
    private volatile CompletableFuture<Void> memoryAlarm = new CompletableFuture<>();

    private WorkerMain(long quickStatements, long longStatements, int maxResultChars, Duration grace)
            throws Exception {
        this.scripts = Executors.newSingleThreadExecutor(task -> new Thread(null, task, "script", STACK_BYTES));
        this.runner = scripts.submit(ScriptRunner::new).get();
        this.quickStatements = quickStatements;
        this.longStatements = longStatements;
        this.maxResultChars = maxResultChars;
        this.grace = grace;
    }

    /** Arguments: {@code QUICK_STATEMENTS LONG_STATEMENTS MAX_RESULT_CHARS GRACE_MS}. */
    public static void main(String[] args) throws Exception {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err); // nothing but the protocol may reach standard output
        WorkerMain worker = new WorkerMain(Long.parseLong(args[0]), Long.parseLong(args[1]),
                Integer.parseInt(args[2]), Duration.ofMillis(Long.parseLong(args[3])));
        MemoryWatch.install(MEMORY_SHARE, () -> worker.memoryAlarm.complete(null));
        worker.warmUp();
        protocol.println(Protocol.ready());
        protocol.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            Protocol.Request request;
            try {
                request = Protocol.decodeRequest(line);
            } catch (Exception e) {
                System.err.println("sandbox worker: unreadable request: " + e.getMessage());
                continue;
            }
            boolean retire = worker.serve(request, protocol);
            if (retire) {
                protocol.flush();
                Runtime.getRuntime().halt(0);
            }
        }
        Runtime.getRuntime().halt(0);
    }

    /**
     * Runs a script that touches the helpers and common built-ins a few times, so that the JVM has
     * compiled the interpreter's hot paths before the first real call (which has only 50 ms).
     */
    private void warmUp() throws Exception {
        for (ScriptKind kind : new ScriptKind[] {ScriptKind.RULE, ScriptKind.ACTION}) {
            long limit = statementLimit(kind);
            scripts.submit(() -> {
                for (int i = 0; i < WARM_UP_RUNS; i++) {
                    runner.run(WARM_UP, kind, "{\"due\":\"2026-01-31\",\"items\":[{\"n\":2},{\"n\":3}]}",
                            "{\"user\":\"ada\"}", "2026-02-03T09:00:00+01:00", limit, maxResultChars);
                }
                runner.prepare(limit);
            }).get();
        }
    }

    private long statementLimit(ScriptKind kind) {
        return kind.takesContext() ? longStatements : quickStatements;
    }

    /** Runs one request and answers it; returns whether this worker must exit now. */
    private boolean serve(Protocol.Request request, PrintStream protocol) throws InterruptedException {
        // raised between calls: the heap holds more than the calls did; answer this one (its context
        // is fresh), then leave before the heap fills, since the JVM notifies only once per crossing
        boolean pressure = memoryAlarm.isDone();
        if (pressure) {
            memoryAlarm = new CompletableFuture<>();
        }
        long limit = statementLimit(request.kind());
        CompletableFuture<ScriptResult> done = new CompletableFuture<>();
        CompletableFuture<Void> started = new CompletableFuture<>();
        CompletableFuture<Void> compiled = new CompletableFuture<>();
        scripts.execute(() -> {
            started.complete(null);
            try {
                done.complete(runner.run(request.script(), request.kind(), request.record(), request.context(),
                        request.now(), limit, maxResultChars, request.checkOnly(), () -> compiled.complete(null)));
            } catch (Throwable e) {
                System.err.println("sandbox worker: " + e);
                done.complete(ScriptResult.failure(ScriptError.WORKER, "The sandbox failed while running the script",
                        null));
            } finally {
                compiled.complete(null);
                runner.prepare(limit);
            }
        });
        try {
            // the clock starts when the script runs: not while the previous call's spare context is
            // made, nor while a script this worker has not seen yet is parsed (bounded on its own)
            started.get(grace.toMillis(), TimeUnit.MILLISECONDS);
            CompletableFuture.anyOf(compiled, memoryAlarm).get(COMPILE_MILLIS, TimeUnit.MILLISECONDS);
            CompletableFuture.anyOf(done, memoryAlarm).get(request.timeLimitMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // handled below: neither finished in time
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        ScriptResult result;
        boolean retire = false;
        if (done.isDone()) {
            result = done.join();
            retire = result.error() == ScriptError.WORKER || memoryAlarm.isDone();
        } else if (memoryAlarm.isDone()) {
            System.err.println("sandbox worker: the heap stayed above " + Math.round(MEMORY_SHARE * 100)
                    + "% after a collection; stopping the script and this worker");
            runner.interrupt(grace);
            result = ScriptResult.failure(ScriptError.MEMORY, ScriptPool.MEMORY_MESSAGE, null);
            retire = true;
        } else {
            boolean stopped = runner.interrupt(grace);
            Integer line = null;
            if (stopped) {
                try {
                    line = done.get(grace.toMillis(), TimeUnit.MILLISECONDS).line();
                } catch (ExecutionException | TimeoutException e) {
                    stopped = false;
                }
            }
            result = ScriptResult.failure(ScriptError.TIME, ScriptPool.timeMessage(request.timeLimitMillis()), line);
            retire = !stopped;
            if (retire) {
                System.err.println("sandbox worker: a script did not stop when interrupted; exiting");
            }
        }
        retire |= pressure;
        protocol.println(Protocol.encode(request.id(), result, retire));
        protocol.flush();
        return retire;
    }
}
