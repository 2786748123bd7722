package org.toolsmith.sandbox;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code ./toolsmith script run FILE.js [--input RECORD.json] [--kind KIND] ...}: runs one script
 * in a worker, as the server would, and prints one JSON line, {@code {"ok":true,"value":...}} or
 * {@code {"ok":false,"error":"...","line":N,"kind":"..."}}. Exits 0 whatever the script did; 2 for
 * a usage mistake (a message on standard error).
 */
public final class ScriptCommand {
    public static final String USAGE = """
            Usage: ./toolsmith script run FILE.js [OPTIONS]

            Runs one script in the sandbox as the server would and prints one JSON line:
            {"ok": true, "value": ...} or {"ok": false, "error": "...", "line": N, "kind": "..."}.

              --input RECORD.json   The record the script receives as `record` (default null).
              --kind KIND           rule, computed, action or automation (default rule).
              --context CTX.json    The `ctx` object for actions and automations (default {}).
              --now DATE-TIME       The current time for today() and now(), e.g. 2026-01-31T08:00:00+01:00
                                    (default: this machine's clock).
              --time-limit MS       Wall-clock limit in milliseconds (default 50 for rule and
                                    computed, 2000 for action and automation).
            """;

    private ScriptCommand() {
    }

    /** Runs the command; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            (args.length == 0 ? err : out).print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        if (!args[0].equals("run") || args.length < 2 || args[1].startsWith("--")) {
            err.println("toolsmith script: expected 'script run FILE.js'. Try ./toolsmith script --help");
            return 2;
        }
        try {
            ScriptCall call = parse(args);
            try (ScriptPool pool = ScriptPool.start(SandboxOptions.defaults().withWorkers(1))) {
                ScriptResult result = pool.run(call);
                PrintStream utf8 = new PrintStream(out, true, StandardCharsets.UTF_8);
                utf8.println(result.toJson());
                utf8.flush();
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("toolsmith script run: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("toolsmith script run: cannot read " + e.getMessage());
            return 2;
        } catch (SandboxException e) {
            err.println("toolsmith script run: " + e.getMessage());
            return 1;
        }
    }

    private static ScriptCall parse(String[] args) throws IOException {
        String script = read(args[1]);
        String record = null;
        String context = null;
        String now = null;
        Duration limit = null;
        ScriptKind kind = ScriptKind.RULE;
        for (int i = 2; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option '" + option + "' needs a value. Try --help");
            }
            String value = args[++i];
            switch (option) {
                case "--input" -> record = read(value);
                case "--context" -> context = read(value);
                case "--kind" -> kind = ScriptKind.parse(value);
                case "--now" -> now = value;
                case "--time-limit" -> limit = Duration.ofMillis(parseMillis(value));
                default -> throw new IllegalArgumentException("unknown option '" + option + "'. Try --help");
            }
        }
        return new ScriptCall(script, kind, record, context, now, limit);
    }

    private static long parseMillis(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--time-limit needs a number of milliseconds, not '" + value + "'");
        }
    }

    private static String read(String file) throws IOException {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new IOException(file + ": no such file");
        }
        return Files.readString(path, StandardCharsets.UTF_8);
    }
}
