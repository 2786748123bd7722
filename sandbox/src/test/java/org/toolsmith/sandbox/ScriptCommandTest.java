package org.toolsmith.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code script run}: one JSON line on standard output, exit 0 whatever the script did. */
class ScriptCommandTest {
    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ScriptCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8).toString();
    }

    @Test
    void prints_the_value_of_an_action_given_a_record_a_context_and_a_time() throws IOException {
        String script = file("mark.js", "return result().set({returned: true, returned_on: today(), by: ctx.user});");
        Run run = run("run", script, "--input", file("loan.json", "{\"id\": 3}"), "--kind", "action",
                "--context", file("ctx.json", "{\"user\": \"ada\"}"), "--now", "2026-02-01T10:00:00+01:00",
                "--time-limit", "5000");
        assertEquals(0, run.status(), run.err());
        assertEquals("{\"ok\":true,\"value\":{\"changes\":[{\"op\":\"set\",\"fields\":{\"returned\":true,"
                + "\"returned_on\":\"2026-02-01\",\"by\":\"ada\"}}],\"notifications\":[]}}\n", run.out());
    }

    @Test
    void prints_an_error_with_its_line_and_still_exits_zero() throws IOException {
        Run run = run("run", file("bad.js", "const a = 1;\nreturn record.missing.field;"), "--time-limit", "5000");
        assertEquals(0, run.status());
        assertTrue(run.out().startsWith("{\"ok\":false,\"error\":\"TypeError: "), run.out());
        assertTrue(run.out().endsWith(",\"line\":2,\"kind\":\"script\"}\n"), run.out());
    }

    @Test
    void a_usage_mistake_exits_two_with_a_message_on_standard_error() throws IOException {
        String script = file("ok.js", "return 1;");
        Run unknown = run("run", script, "--colour", "red");
        assertEquals(2, unknown.status());
        assertEquals("", unknown.out());
        assertTrue(unknown.err().contains("unknown option '--colour'"), unknown.err());
        assertEquals(2, run("run", dir.resolve("missing.js").toString()).status());
        assertTrue(run("run", script, "--kind", "trigger").err().contains("use rule, computed, action or automation"));
        assertEquals(2, run().status());
        assertEquals(0, run("--help").status());
    }
}
