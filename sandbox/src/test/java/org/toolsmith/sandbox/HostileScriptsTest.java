package org.toolsmith.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every script under {@code hostile/} is stopped with the error kind its first line expects
 * ({@code // expect: time|memory}; {@code contained} lets it succeed), and a normal script run
 * right after, on the same pool, still gets a correct answer and sees nothing the hostile one
 * changed. Scripts expected to be stopped for time run with their kind's limit; the others, and the
 * probe, get {@link #ROOMY} so that a busy machine cannot turn their outcome into a time-out (speed
 * is measured by {@code bench/sandbox/run.sh}, not asserted here). A memory bomb on a very busy
 * machine may still reach its time limit before the heap limit: both are correct refusals, so a
 * script expecting {@code memory} may also end as {@code time}, with the time message; a
 * {@code memory} refusal must always have replaced the worker.
 */
class HostileScriptsTest {
    private static final String RECORD = "{\"id\":7,\"name\":\"Ada\",\"due\":\"2026-01-31\"}";
    private static final String CONTEXT = "{\"user\":\"ada\",\"app\":\"loans\"}";
    private static final String NOW = "2026-02-03T09:00:00+01:00";
    private static final String PROBE = """
            return [days(record.due, today()), result().set({a: 1}).notify('ada', 'hi'),
                typeof ({}).isAdmin, typeof ({}).then, typeof ({}).toJSON, [1, 2].map(x => x * 2),
                JSON.stringify({a: 1}), typeof Object.getPrototypeOf(record).owner, record.name,
                typeof Array.prototype.push, typeof Function.prototype.call];
            """;
    private static final String PROBE_VALUE = "[3,{\"changes\":[{\"op\":\"set\",\"fields\":{\"a\":1}}],"
            + "\"notifications\":[{\"to\":\"ada\",\"message\":\"hi\",\"channel\":\"app\"}]},"
            + "\"undefined\",\"undefined\",\"undefined\",[2,4],\"{\\\"a\\\":1}\",\"undefined\",\"Ada\","
            + "\"function\",\"function\"]";
    private static final Duration ROOMY = Duration.ofSeconds(10);
    private static ScriptPool pool;

    record Hostile(String name, Set<String> expected, ScriptKind kind, String script) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void start() {
        pool = ScriptPool.start(SandboxOptions.defaults());
    }

    @AfterAll
    static void stop() {
        pool.close();
    }

    static List<Hostile> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(HostileScriptsTest.class.getResource("/hostile").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".js")).sorted().map(HostileScriptsTest::load).toList();
        }
    }

    private static Hostile load(Path file) {
        try {
            String script = Files.readString(file, StandardCharsets.UTF_8);
            List<String> lines = script.lines().toList();
            Set<String> expected = Arrays.stream(header(lines, "expect").split("\\|")).map(String::trim)
                    .collect(Collectors.toSet());
            String kind = header(lines, "kind");
            return new Hostile(file.getFileName().toString(), expected,
                    kind.isEmpty() ? ScriptKind.RULE : ScriptKind.parse(kind), script);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith("// " + key + ":")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("");
    }

    @Test
    void the_corpus_holds_at_least_forty_scripts() throws Exception {
        assertTrue(corpus().size() >= 40, "hostile scripts: " + corpus().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void is_stopped_with_a_clear_error_and_a_normal_script_still_answers(Hostile hostile) {
        assertFalse(hostile.expected().isEmpty() || hostile.expected().contains(""), "no '// expect:' line");
        ScriptCall call = ScriptCall.of(hostile.script(), hostile.kind(), RECORD).withContext(CONTEXT).withNow(NOW);
        long replacedBefore = pool.replacements();
        ScriptResult result = pool.run(hostile.expected().contains("time") ? call : call.withTimeLimit(ROOMY));
        if (result.ok()) {
            assertTrue(hostile.expected().contains("contained"), () -> "it was not stopped: "
                    + result.valueJson().substring(0, Math.min(200, result.valueJson().length())));
        } else {
            assertTrue(hostile.expected().contains(result.error().jsonName()) || memoryBombTimedOut(hostile, result),
                    "expected " + hostile.expected() + " but got " + result);
            if (result.error() == ScriptError.MEMORY) {
                assertTrue(pool.replacements() > replacedBefore, "a memory refusal left its worker in the pool");
            }
            assertClear(result.message());
            assertTrue(result.message().length() <= ScriptRunner.MAX_MESSAGE_CHARS + 1, "message too long");
        }

        ScriptResult probe = pool.run(ScriptCall.of(PROBE, ScriptKind.RULE, RECORD).withNow(NOW).withTimeLimit(ROOMY));
        assertTrue(probe.ok(), () -> "a normal script failed after " + hostile + ": " + probe);
        assertEquals(PROBE_VALUE, probe.valueJson());
    }

    /** A memory bomb stopped by its (roomy) time limit instead, with the message that says so. */
    private static boolean memoryBombTimedOut(Hostile hostile, ScriptResult result) {
        return hostile.expected().contains("memory") && result.error() == ScriptError.TIME
                && result.message().matches("The script (took longer than \\d+ ms|took too long).*");
    }

    private static void assertClear(String message) {
        assertNotNull(message);
        assertFalse(message.isBlank());
        String lower = message.toLowerCase(Locale.ROOT);
        for (String leak : List.of("exception", "\tat ", "org.graalvm", "com.oracle", "org.toolsmith")) {
            assertFalse(lower.contains(leak), () -> "the message leaks internals: " + message);
        }
    }
}
