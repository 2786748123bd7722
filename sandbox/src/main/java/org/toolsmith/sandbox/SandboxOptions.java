package org.toolsmith.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Limits and sizing of a {@link ScriptPool}. Start from {@link #defaults()} and change what an
 * admin configured; every field has a named default.
 *
 * @param workers              worker processes kept running
 * @param heapMegabytes        heap of each worker ({@code -Xmx}); bounds what a script can allocate
 * @param quickStatementLimit  statements per call for rules and computed values
 * @param longStatementLimit   statements per call for actions and automations
 * @param quickTimeLimit       wall-clock limit per call for rules and computed values
 * @param longTimeLimit        wall-clock limit per call for actions and automations
 * @param maxScriptChars       longest script accepted
 * @param maxInputChars        longest record or context JSON accepted
 * @param maxResultChars       longest result JSON returned
 * @param killGrace            how long past its limit a call may take before its worker is killed
 * @param startTimeout         how long a worker may take to start
 * @param javaCommand          the {@code java} executable for workers
 * @param classpath            the class path for workers (must hold this module and GraalJS)
 * @param extraJvmOptions      more options for the worker JVMs
 */
public record SandboxOptions(int workers, int heapMegabytes, long quickStatementLimit, long longStatementLimit,
                             Duration quickTimeLimit, Duration longTimeLimit, int maxScriptChars,
                             int maxInputChars, int maxResultChars, Duration killGrace, Duration startTimeout,
                             String javaCommand, String classpath, List<String> extraJvmOptions) {
    public static final int DEFAULT_WORKERS = 2;
    public static final int DEFAULT_HEAP_MEGABYTES = 64;
    public static final long DEFAULT_QUICK_STATEMENT_LIMIT = 1_000_000;
    public static final long DEFAULT_LONG_STATEMENT_LIMIT = 20_000_000;
    public static final int DEFAULT_MAX_SCRIPT_CHARS = 100_000;
    public static final int DEFAULT_MAX_INPUT_CHARS = 2_000_000;
    public static final int DEFAULT_MAX_RESULT_CHARS = 1_000_000;
    public static final Duration DEFAULT_KILL_GRACE = Duration.ofSeconds(2);
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(30);

    public SandboxOptions {
        if (workers < 1) {
            throw new IllegalArgumentException("A script pool needs at least one worker");
        }
        if (heapMegabytes < 32) {
            throw new IllegalArgumentException("A script worker needs at least 32 MB of heap");
        }
        extraJvmOptions = List.copyOf(extraJvmOptions);
    }

    /** The defaults, with workers started from this JVM's {@code java} and class path. */
    public static SandboxOptions defaults() {
        return new SandboxOptions(DEFAULT_WORKERS, DEFAULT_HEAP_MEGABYTES, DEFAULT_QUICK_STATEMENT_LIMIT,
                DEFAULT_LONG_STATEMENT_LIMIT, ScriptKind.RULE.defaultTimeLimit(),
                ScriptKind.ACTION.defaultTimeLimit(), DEFAULT_MAX_SCRIPT_CHARS, DEFAULT_MAX_INPUT_CHARS,
                DEFAULT_MAX_RESULT_CHARS, DEFAULT_KILL_GRACE, DEFAULT_START_TIMEOUT,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                System.getProperty("java.class.path"), List.of());
    }

    public SandboxOptions withWorkers(int count) {
        return new SandboxOptions(count, heapMegabytes, quickStatementLimit, longStatementLimit, quickTimeLimit,
                longTimeLimit, maxScriptChars, maxInputChars, maxResultChars, killGrace, startTimeout, javaCommand,
                classpath, extraJvmOptions);
    }

    public SandboxOptions withHeapMegabytes(int megabytes) {
        return new SandboxOptions(workers, megabytes, quickStatementLimit, longStatementLimit, quickTimeLimit,
                longTimeLimit, maxScriptChars, maxInputChars, maxResultChars, killGrace, startTimeout, javaCommand,
                classpath, extraJvmOptions);
    }

    /** Sets the wall-clock limits: {@code quick} for rules and computed values, {@code long} for the rest. */
    public SandboxOptions withTimeLimits(Duration quick, Duration slow) {
        return new SandboxOptions(workers, heapMegabytes, quickStatementLimit, longStatementLimit, quick, slow,
                maxScriptChars, maxInputChars, maxResultChars, killGrace, startTimeout, javaCommand, classpath,
                extraJvmOptions);
    }

    /** Sets the statement limits: {@code quick} for rules and computed values, {@code slow} for the rest. */
    public SandboxOptions withStatementLimits(long quick, long slow) {
        return new SandboxOptions(workers, heapMegabytes, quick, slow, quickTimeLimit, longTimeLimit,
                maxScriptChars, maxInputChars, maxResultChars, killGrace, startTimeout, javaCommand, classpath,
                extraJvmOptions);
    }

    public SandboxOptions withMaxResultChars(int chars) {
        return new SandboxOptions(workers, heapMegabytes, quickStatementLimit, longStatementLimit, quickTimeLimit,
                longTimeLimit, maxScriptChars, maxInputChars, chars, killGrace, startTimeout, javaCommand,
                classpath, extraJvmOptions);
    }

    /** Sets how workers are started: the {@code java} executable and a class path holding this module and GraalJS. */
    public SandboxOptions withJava(String command, String path) {
        return new SandboxOptions(workers, heapMegabytes, quickStatementLimit, longStatementLimit, quickTimeLimit,
                longTimeLimit, maxScriptChars, maxInputChars, maxResultChars, killGrace, startTimeout, command, path,
                extraJvmOptions);
    }

    /** The default wall-clock limit for a kind under these options. */
    public Duration timeLimit(ScriptKind kind) {
        return kind.takesContext() ? longTimeLimit : quickTimeLimit;
    }

    /** The statement limit for a kind under these options. */
    public long statementLimit(ScriptKind kind) {
        return kind.takesContext() ? longStatementLimit : quickStatementLimit;
    }
}
