package org.toolsmith.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pool as a caller sees it: answers, refusals, configured limits. */
class ScriptPoolTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T22:30:00Z"), ZoneId.of("Europe/Paris"));
    private static ScriptPool pool;

    @BeforeAll
    static void start() {
        pool = ScriptPool.start(SandboxOptions.defaults()
                .withStatementLimits(10_000, 20_000)
                .withMaxResultChars(200)
                .withTimeLimits(Duration.ofSeconds(2), Duration.ofSeconds(2)), CLOCK);
    }

    @AfterAll
    static void stop() {
        pool.close();
    }

    @Test
    void answers_calls_from_several_threads_each_with_its_own_record() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try {
            List<Future<ScriptResult>> results = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String record = "{\"n\":" + i + "}";
                results.add(callers.submit(() -> pool.run(ScriptCall.of("return record.n * 10;", ScriptKind.COMPUTED,
                        record))));
            }
            for (int i = 0; i < 30; i++) {
                assertEquals(ScriptResult.value(Integer.toString(i * 10)), results.get(i).get());
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void gives_today_from_the_pool_clock_in_its_zone_unless_the_call_brings_a_time() {
        assertEquals("[\"2026-05-05\",\"2026-05-05T00:30+02:00\"]",
                pool.run(ScriptCall.of("return [today(), now()];", ScriptKind.RULE, null)).valueJson());
        assertEquals("\"2027-01-02\"", pool.run(ScriptCall.of("return today();", ScriptKind.RULE, null)
                .withNow("2027-01-02T08:00:00Z")).valueJson());
    }

    @Test
    void refuses_a_record_that_is_not_json_saying_where() {
        ScriptResult result = pool.run(ScriptCall.of("return 1;", ScriptKind.RULE, "{\"a\": 1,}"));
        assertEquals(ScriptError.INPUT, result.error());
        assertTrue(result.message().startsWith("The record is not valid JSON"), result.message());
        assertTrue(result.message().contains("line 1"), result.message());
        assertEquals(ScriptError.INPUT, pool.run(ScriptCall.of("return 1;", ScriptKind.RULE, "{} {}")).error());
    }

    @Test
    void refuses_a_context_that_is_not_an_object_and_a_time_without_offset() {
        assertEquals(ScriptError.INPUT, pool.run(ScriptCall.of("return 1;", ScriptKind.ACTION, "{}")
                .withContext("[1]")).error());
        ScriptResult result = pool.run(ScriptCall.of("return 1;", ScriptKind.RULE, "{}").withNow("2026-01-01"));
        assertEquals(ScriptError.INPUT, result.error());
        assertTrue(result.message().contains("with an offset"), result.message());
    }

    @Test
    void refuses_a_script_longer_than_the_limit() {
        String script = "return 1;" + " ".repeat(SandboxOptions.DEFAULT_MAX_SCRIPT_CHARS);
        assertEquals(ScriptError.INPUT, pool.run(ScriptCall.of(script, ScriptKind.RULE, "{}")).error());
    }

    @Test
    void stops_a_script_at_the_configured_statement_limit() {
        ScriptResult result = pool.run(ScriptCall.of("let x = 0;\nfor (let i = 0; i < 50000; i++) { x++; }\nreturn x;",
                ScriptKind.RULE, "{}"));
        assertEquals(ScriptError.TIME, result.error());
        assertTrue(result.message().contains("more than 10000 statements"), result.message());
        assertEquals(2, result.line());
        assertEquals("2000", pool.run(ScriptCall.of("let x = 0;\nfor (let i = 0; i < 2000; i++) { x++; }\nreturn x;",
                ScriptKind.RULE, "{}")).valueJson());
    }

    @Test
    void stops_a_script_at_the_time_limit_of_the_call() {
        ScriptResult result = pool.run(ScriptCall.of("for (;;) { /(a+)+\\1b$/.test('a'.repeat(30)); }",
                ScriptKind.ACTION, "{}").withTimeLimit(Duration.ofMillis(100)));
        assertEquals(ScriptError.TIME, result.error());
        assertEquals("The script took longer than 100 ms and was stopped", result.message());
        assertEquals(1, result.line());
    }

    @Test
    void refuses_a_result_over_the_configured_size() {
        ScriptResult result = pool.run(ScriptCall.of("return 'x'.repeat(300);", ScriptKind.RULE, "{}"));
        assertEquals(ScriptError.RESULT, result.error());
        assertTrue(result.message().contains("the limit is 200"), result.message());
    }

    @Test
    void check_accepts_a_script_that_compiles_without_running_it() {
        assertEquals(ScriptResult.value("null"), pool.check("for (;;) {}\nreturn Java.type('x');"));
    }

    @Test
    void check_gives_a_syntax_error_with_its_line() {
        ScriptResult result = pool.check("const a = 1;\nreturn a +;");
        assertEquals(ScriptError.SYNTAX, result.error());
        assertEquals(2, result.line());
        assertTrue(result.message().startsWith("SyntaxError: line 2, column 11:"), result.message());
    }

    @Test
    void check_refuses_a_body_that_escapes_its_function_without_running_its_code() {
        ScriptResult result = pool.check("return 1;\n});\nfor (;;) {}\n(function (record, ctx) {");
        assertEquals(ScriptResult.failure(ScriptError.SYNTAX,
                "The script must be the body of a function: a closing brace ends it early", null), result);
    }

    @Test
    void refuses_a_time_limit_out_of_range() {
        assertEquals(ScriptError.INPUT, pool.run(ScriptCall.of("return 1;", ScriptKind.RULE, "{}")
                .withTimeLimit(Duration.ZERO)).error());
    }

    @Test
    void start_fails_with_a_clear_message_when_workers_cannot_start(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        SandboxOptions wrong = SandboxOptions.defaults().withWorkers(1).withJava(
                SandboxOptions.defaults().javaCommand(), dir.toString());
        SandboxException e = org.junit.jupiter.api.Assertions.assertThrows(SandboxException.class,
                () -> ScriptPool.start(wrong));
        assertTrue(e.getMessage().startsWith("The script sandbox could not start: The script worker did not start: it exited"
                        + " with status 1"),
                e.getMessage());
    }
}
