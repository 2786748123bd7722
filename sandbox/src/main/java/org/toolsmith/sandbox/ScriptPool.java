package org.toolsmith.sandbox;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs untrusted scripts in a few worker JVMs with a small heap, kept warm. Thread-safe: each call
 * takes a free worker (waiting for one if all are busy) and gives it back. A worker that runs out of
 * memory, hangs past its limit or dies is killed and replaced in the background; only the call it
 * was running fails, with a clear message (a call stopped for memory is first tried once more on
 * another worker, since the heap it found full may have been filled before it). Close the pool to stop its workers.
 *
 * <pre>{@code
 * try (ScriptPool pool = ScriptPool.start(SandboxOptions.defaults())) {
 *     ScriptResult r = pool.run(ScriptCall.of("return days(record.due, today()) > 0;", ScriptKind.RULE,
 *             "{\"due\":\"2026-01-31\"}"));
 * }
 * }</pre>
 */
public final class ScriptPool implements AutoCloseable {
    /** The message of a call whose script used too much memory. */
    public static final String MEMORY_MESSAGE = "The script used too much memory and was stopped";
    private static final Duration MAX_TIME_LIMIT = Duration.ofMinutes(1);
    private static final Duration RESTART_DELAY = Duration.ofSeconds(1);

    private final SandboxOptions options;
    private final Clock clock;
    private final BlockingQueue<WorkerProcess> idle = new LinkedBlockingQueue<>();
    private final Set<WorkerProcess> live = ConcurrentHashMap.newKeySet();
    private final ExecutorService starter = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "sandbox-worker-starter");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong replacements = new AtomicLong();
    private volatile Duration lastStart = Duration.ZERO;
    private volatile boolean closed;

    private ScriptPool(SandboxOptions options, Clock clock) {
        this.options = options;
        this.clock = clock;
    }

    /** Starts the pool with the system clock in the JVM's time zone. */
    public static ScriptPool start(SandboxOptions options) {
        return start(options, Clock.systemDefaultZone());
    }

    /**
     * Starts {@code options.workers()} workers and waits until all are warm.
     *
     * @param clock gives {@code now()} and {@code today()} to calls that do not bring their own time
     * @throws SandboxException when a worker cannot start
     */
    public static ScriptPool start(SandboxOptions options, Clock clock) {
        ScriptPool pool = new ScriptPool(options, clock);
        List<Future<WorkerProcess>> starts = new ArrayList<>();
        for (int i = 0; i < options.workers(); i++) {
            starts.add(pool.starter.submit(pool::startWorker));
        }
        try {
            for (Future<WorkerProcess> start : starts) {
                pool.idle.add(start.get());
            }
        } catch (Exception e) {
            pool.close();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new SandboxException("The script sandbox could not start: " + cause.getMessage(), cause);
        }
        return pool;
    }

    /** Runs one script; never throws for anything the script or its input does. */
    public ScriptResult run(ScriptCall call) {
        return call(call, false);
    }

    /**
     * Checks that a script would compile, as {@link #run} would compile it, without running it:
     * ok (value {@code null}) or a {@link ScriptError#SYNTAX} failure with its line. For saving a
     * script only once it parses.
     */
    public ScriptResult check(String script) {
        return call(ScriptCall.of(script, ScriptKind.ACTION, null), true);
    }

    private ScriptResult call(ScriptCall call, boolean checkOnly) {
        ScriptResult result = callOnce(call, checkOnly);
        if (result.error() == ScriptError.MEMORY) {
            // A worker's heap can still hold what an earlier call left when its collector reports the
            // crossing, so the call running then is not always the one that filled it. Scripts are pure
            // (they return changes, never make them), so running it once more on another worker is safe;
            // a script that fills that heap too is the culprit and gets the error.
            result = callOnce(call, checkOnly);
        }
        return result;
    }

    private ScriptResult callOnce(ScriptCall call, boolean checkOnly) {
        Inputs.Checked checked = Inputs.check(call, options, clock);
        if (checked.refusal() != null) {
            return checked.refusal();
        }
        Duration limit = call.timeLimit() == null ? options.timeLimit(call.kind()) : call.timeLimit();
        if (limit.isNegative() || limit.isZero() || limit.compareTo(MAX_TIME_LIMIT) > 0) {
            return ScriptResult.failure(ScriptError.INPUT, "A script's time limit must be between 1 ms and 1 minute",
                    null);
        }
        WorkerProcess worker;
        try {
            worker = takeWorker();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ScriptResult.failure(ScriptError.WORKER, "The script call was interrupted", null);
        }
        if (worker == null) {
            return ScriptResult.failure(ScriptError.WORKER,
                    "No script worker is free; the sandbox is busy or could not start (see the logs)", null);
        }
        long id = ids.incrementAndGet();
        Protocol.Request request = new Protocol.Request(id, call.kind(), call.script(), call.recordJson(),
                call.contextJson(), checked.now(), limit.toMillis(), checkOnly);
        try {
            WorkerProcess.Reply reply = worker.call(Protocol.encode(request), limit.plus(options.killGrace()));
            return settle(worker, id, reply, limit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            replace(worker);
            return ScriptResult.failure(ScriptError.WORKER, "The script call was interrupted", null);
        }
    }

    /** A free worker, or null when none frees up within the start timeout or the pool closes. */
    private WorkerProcess takeWorker() throws InterruptedException {
        long deadline = System.nanoTime() + options.startTimeout().toNanos();
        while (!closed && System.nanoTime() < deadline) {
            WorkerProcess worker = idle.poll(100, TimeUnit.MILLISECONDS);
            if (worker != null) {
                return worker;
            }
        }
        return null;
    }

    private ScriptResult settle(WorkerProcess worker, long id, WorkerProcess.Reply reply, Duration limit) {
        switch (reply) {
            case WorkerProcess.Answer answer when answer.json().path("id").asLong() == id -> {
                if (answer.json().path("retire").asBoolean()) {
                    replace(worker);
                } else {
                    idle.add(worker);
                }
                return Inputs.checkValue(Protocol.decodeResult(answer.json()));
            }
            case WorkerProcess.Answer answer -> {
                System.err.println("sandbox: worker " + worker.pid() + " answered out of turn; replacing it");
                replace(worker);
                return ScriptResult.failure(ScriptError.WORKER, "The script's worker failed and was replaced", null);
            }
            case WorkerProcess.Died died -> {
                replace(worker);
                if (died.exitCode().orElse(-1) == WorkerProcess.OUT_OF_MEMORY_EXIT) {
                    return ScriptResult.failure(ScriptError.MEMORY, MEMORY_MESSAGE, null);
                }
                System.err.println("sandbox: worker " + worker.pid() + " stopped (exit " + died.exitCode().orElse(null)
                        + "); replacing it");
                return ScriptResult.failure(ScriptError.WORKER,
                        "The script's worker stopped unexpectedly and was replaced", null);
            }
            case WorkerProcess.Late late -> {
                System.err.println("sandbox: worker " + worker.pid() + " did not stop a script in time; killing it");
                replace(worker);
                return ScriptResult.failure(ScriptError.TIME, timeMessage(limit.toMillis()), null);
            }
        }
    }

    static String timeMessage(long millis) {
        return "The script took longer than " + millis + " ms and was stopped";
    }

    private WorkerProcess startWorker() throws IOException, InterruptedException {
        long started = System.nanoTime();
        WorkerProcess worker = WorkerProcess.start(options);
        lastStart = Duration.ofNanos(System.nanoTime() - started);
        live.add(worker);
        if (closed) {
            live.remove(worker);
            worker.kill();
        }
        return worker;
    }

    private void replace(WorkerProcess worker) {
        live.remove(worker);
        worker.kill();
        if (closed) {
            return;
        }
        replacements.incrementAndGet();
        starter.execute(() -> {
            while (!closed) {
                try {
                    WorkerProcess fresh = startWorker();
                    if (!closed) {
                        idle.add(fresh);
                    }
                    return;
                } catch (IOException e) {
                    System.err.println("sandbox: could not start a script worker: " + e.getMessage());
                } catch (InterruptedException e) {
                    return;
                }
                try {
                    Thread.sleep(RESTART_DELAY);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** How many workers were replaced since the pool started. */
    public long replacements() {
        return replacements.get();
    }

    /** How long the last worker took to start and warm up. */
    public Duration lastWorkerStart() {
        return lastStart;
    }

    /** How many workers are idle right now (for health checks and tests). */
    public int idleWorkers() {
        return idle.size();
    }

    /** Stops every worker; calls still waiting get a failed result. */
    @Override
    public void close() {
        closed = true;
        starter.shutdownNow();
        for (WorkerProcess worker : live) {
            worker.kill();
        }
        live.clear();
        idle.clear();
    }
}
