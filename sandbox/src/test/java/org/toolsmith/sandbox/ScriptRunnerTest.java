package org.toolsmith.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScriptRunnerTest {
    private static ScriptRunner runner;

    @BeforeAll
    static void start() {
        runner = new ScriptRunner();
    }

    @AfterAll
    static void stop() {
        runner.close();
    }

    static ScriptResult run(String script, ScriptKind kind, String record) {
        return runner.run(script, kind, record, "{\"user\":\"ada\"}", "2026-03-10T09:30:00+01:00", 100_000, 10_000);
    }

    @Test
    void returns_the_value_of_the_body_as_json() {
        ScriptResult result = run("return {n: record.n * 2, s: 'x'};", ScriptKind.COMPUTED, "{\"n\":21}");
        assertTrue(result.ok(), result::toString);
        assertEquals("{\"n\":42,\"s\":\"x\"}", result.valueJson());
    }

    @Test
    void returns_null_when_the_body_returns_nothing() {
        assertEquals("null", run("var x = 1;", ScriptKind.RULE, "{}").valueJson());
    }

    @Test
    void passes_ctx_only_to_actions_and_automations() {
        assertEquals("\"ada\"", run("return ctx.user;", ScriptKind.ACTION, "{}").valueJson());
        assertEquals("\"undefined\"", run("return typeof ctx;", ScriptKind.RULE, "{}").valueJson());
    }

    @Test
    void reports_a_thrown_error_with_the_script_line() {
        ScriptResult result = run("var a = 1;\n\nthrow new Error('nope');", ScriptKind.RULE, "{}");
        assertEquals(ScriptError.SCRIPT, result.error());
        assertEquals("Error: nope", result.message());
        assertEquals(3, result.line());
    }

    @Test
    void reports_a_syntax_error_with_the_script_line() {
        ScriptResult result = run("var a = 1;\nvar = 2;", ScriptKind.RULE, "{}");
        assertEquals(ScriptError.SYNTAX, result.error());
        assertEquals(2, result.line());
    }

    @Test
    void a_syntax_message_gives_the_script_s_own_line_and_column() {
        ScriptResult result = run("var a = 1;\nvar x = {;\n", ScriptKind.RULE, "{}");
        assertTrue(result.message().startsWith("SyntaxError: line 2, column 10: "), result.message());
        assertFalse(result.message().contains("script.js"), result.message());
    }

    @Test
    void a_block_left_open_says_so_instead_of_pointing_past_the_end() {
        ScriptResult result = run("if (record) {\n  return 2;\n", ScriptKind.RULE, "{}");
        assertEquals(ScriptResult.failure(ScriptError.SYNTAX,
                "SyntaxError: the script ends before every {, ( or [ it opens is closed", 2), result);
    }

    @Test
    void refuses_a_body_that_closes_its_function_early() {
        ScriptResult result = run("return 1;\n}); (function (record, ctx) { return 2;", ScriptKind.RULE, "{}");
        assertEquals(ScriptError.SYNTAX, result.error(), result::toString);
    }

    @Test
    void stops_a_script_past_its_statement_limit() {
        ScriptResult result = run("for (;;) {}", ScriptKind.RULE, "{}");
        assertEquals(ScriptError.TIME, result.error());
        assertEquals(1, result.line());
    }

    @Test
    void the_record_is_read_only() {
        ScriptResult result = run("record.n = 5;\nreturn record.n;", ScriptKind.RULE, "{\"n\":1}");
        assertEquals(ScriptError.SCRIPT, result.error());
        assertEquals(1, result.line());
    }

    @Test
    void a_fresh_context_per_call_forgets_globals_and_prototype_changes() {
        assertTrue(run("Object.prototype.evil = 1; globalThis.kept = 2; Array.prototype.push = null; return 1;",
                ScriptKind.RULE, "{}").ok());
        assertEquals("[\"undefined\",\"undefined\",\"function\"]",
                run("return [typeof ({}).evil, typeof kept, typeof [].push];", ScriptKind.RULE, "{}").valueJson());
    }
}
