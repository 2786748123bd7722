package org.toolsmith.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** One worker JVM as seen from the pool: start it, send a request, wait for its answer or its end. */
final class WorkerProcess {
    /** Exit status of a JVM stopped by {@code -XX:+ExitOnOutOfMemoryError}. */
    static final int OUT_OF_MEMORY_EXIT = 3;
    private static final String OUT_OF_MEMORY_LINE = "Terminating due to java.lang.OutOfMemoryError";
    private static final Set<String> INHERITED_ENVIRONMENT = Set.of("LANG", "LC_ALL", "TZ");
    private static final String END = "\u0000end";

    private final Process process;
    private final Writer in;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    /** What came back from a call: an answer, or the worker's end (it died or timed out). */
    sealed interface Reply {
    }

    record Answer(JsonNode json) implements Reply {
    }

    record Died(Optional<Integer> exitCode) implements Reply {
    }

    record Late() implements Reply {
    }

    private WorkerProcess(Process process) {
        this.process = process;
        this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readLines, "sandbox-worker-reader-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    static List<String> command(SandboxOptions options) {
        List<String> command = new ArrayList<>(List.of(options.javaCommand(), "-Xmx" + options.heapMegabytes() + "m",
                "-Xms" + Math.min(options.heapMegabytes(), 32) + "m", "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData",
                "--enable-native-access=ALL-UNNAMED"));
        if (Runtime.version().feature() >= 23) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(options.extraJvmOptions());
        command.addAll(List.of("-cp", options.classpath(), WorkerMain.class.getName(),
                Long.toString(options.quickStatementLimit()), Long.toString(options.longStatementLimit()),
                Integer.toString(options.maxResultChars()), Long.toString(options.killGrace().toMillis() / 2)));
        return command;
    }

    /** Starts a worker and waits until it is warm; throws when it does not get there in time. */
    static WorkerProcess start(SandboxOptions options) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command(options)).redirectError(ProcessBuilder.Redirect.INHERIT);
        keepOnly(builder.environment(), INHERITED_ENVIRONMENT);
        Process process = builder.start();
        WorkerProcess worker = new WorkerProcess(process);
        Reply first = worker.await(options.startTimeout());
        if (first instanceof Answer answer && answer.json().path("ready").asBoolean()) {
            return worker;
        }
        worker.kill();
        String why = switch (first) {
            case Died died -> died.exitCode().map(code -> "it exited with status " + code).orElse("it stopped");
            case Late late -> "it was not ready within " + options.startTimeout().toSeconds() + " s";
            case Answer answer -> "it did not say it was ready";
        };
        throw new IOException("The script worker did not start: " + why + " (its messages are on standard error;"
                + " check the java command and the class path)");
    }

    /** The server's environment may hold secrets; a worker needs none of it but the locale and zone. */
    private static void keepOnly(Map<String, String> environment, Set<String> names) {
        environment.keySet().retainAll(names);
    }

    /** Sends one request line and waits for one answer line, up to {@code wait}. */
    Reply call(String request, Duration wait) throws InterruptedException {
        try {
            in.write(request);
            in.write('\n');
            in.flush();
        } catch (IOException e) {
            return died();
        }
        return await(wait);
    }

    private Reply await(Duration wait) throws InterruptedException {
        String line = lines.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            return new Late();
        }
        if (line.equals(END)) {
            return died();
        }
        try {
            return new Answer(Protocol.JSON.readTree(line));
        } catch (IOException e) {
            if (!line.startsWith(OUT_OF_MEMORY_LINE)) { // the JVM says so on standard output, then exits
                System.err.println("sandbox: a worker wrote something that is not the protocol: " + line);
            }
            return died();
        }
    }

    private Died died() throws InterruptedException {
        boolean ended = process.waitFor(2, TimeUnit.SECONDS);
        return new Died(ended ? Optional.of(process.exitValue()) : Optional.empty());
    }

    private void readLines() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the worker is gone; END below tells the caller
        }
        lines.add(END);
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Ends the worker now (it may be stuck in a script) and waits briefly for it. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
