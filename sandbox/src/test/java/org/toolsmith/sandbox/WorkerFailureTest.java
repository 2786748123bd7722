package org.toolsmith.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A worker that dies, hangs or runs out of memory is replaced, only the call it was running fails,
 * and the next call is answered. One worker, so each call is known to reach the worker at fault.
 */
class WorkerFailureTest {
    private ScriptPool pool;

    @BeforeEach
    void start() {
        pool = ScriptPool.start(SandboxOptions.defaults().withWorkers(1));
    }

    @AfterEach
    void stop() {
        pool.close();
    }

    private static List<ProcessHandle> workers() {
        return ProcessHandle.current().children()
                .filter(p -> p.info().commandLine().orElse("").contains(WorkerMain.class.getName()))
                .toList();
    }

    private void assertAnswersAgain() {
        ScriptResult next = pool.run(ScriptCall.of("return record.a + 1;", ScriptKind.RULE, "{\"a\":1}")
                .withTimeLimit(Duration.ofSeconds(5)));
        assertEquals(ScriptResult.value("2"), next);
    }

    @Test
    void a_script_that_fills_the_heap_twice_gets_the_memory_message_and_both_workers_are_replaced() {
        ScriptResult result = pool.run(ScriptCall.of("const keep = [];\nfor (;;) { keep.push(new Array(1000).fill(1)); }",
                ScriptKind.ACTION, "{}").withTimeLimit(Duration.ofSeconds(10)));
        assertEquals(ScriptResult.failure(ScriptError.MEMORY, "The script used too much memory and was stopped", null),
                result);
        // tried once more on a fresh worker (the first heap might have been filled by an earlier call)
        assertEquals(2, pool.replacements());
        assertAnswersAgain();
    }

    @Test
    void a_worker_killed_from_outside_fails_only_the_call_it_was_running() throws Exception {
        List<ProcessHandle> before = workers();
        assertEquals(1, before.size(), "one worker process");
        long pid = before.get(0).pid();
        Thread killer = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            before.get(0).destroyForcibly();
        });
        killer.start();
        ScriptResult result = pool.run(ScriptCall.of("for (;;) {}", ScriptKind.ACTION, "{}")
                .withTimeLimit(Duration.ofSeconds(20)));
        killer.join();
        assertEquals(ScriptError.WORKER, result.error(), result::toString);
        assertEquals("The script's worker stopped unexpectedly and was replaced", result.message());
        assertAnswersAgain();
        assertTrue(workers().stream().noneMatch(p -> p.pid() == pid));
    }

    @Test
    void a_worker_that_stops_answering_is_killed_after_the_grace_and_replaced() throws Exception {
        long pid = workers().get(0).pid();
        Process stop = new ProcessBuilder("kill", "-STOP", Long.toString(pid)).start();
        assertEquals(0, stop.waitFor());
        ScriptResult result = pool.run(ScriptCall.of("return 1;", ScriptKind.RULE, "{}"));
        assertEquals(ScriptError.TIME, result.error(), result::toString);
        assertAnswersAgain();
        assertEquals(1, pool.replacements());
        assertTrue(workers().stream().noneMatch(p -> p.pid() == pid));
    }

    @Test
    void workers_do_not_inherit_the_server_environment() throws Exception {
        long pid = workers().get(0).pid();
        String environ = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/environ"));
        List<String> names = java.util.Arrays.stream(environ.split("\u0000")).filter(e -> !e.isEmpty())
                .map(e -> e.substring(0, e.indexOf('='))).toList();
        assertTrue(java.util.Set.of("LANG", "LC_ALL", "TZ").containsAll(names), names::toString);
    }
}
