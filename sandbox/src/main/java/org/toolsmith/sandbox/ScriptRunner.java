package org.toolsmith.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

/**
 * Runs scripts in this JVM, one at a time, each in a fresh GraalJS context taken from a warm
 * spare (so a script never sees what an earlier one left behind). Not thread-safe: a worker drives
 * it from one thread and may {@link #interrupt} it from another. It bounds statements; time and
 * memory are bounded by the worker around it.
 */
final class ScriptRunner implements AutoCloseable {
    static final String SCRIPT_NAME = "script.js";
    /** Lines the wrapper adds before the script's first line. */
    static final int WRAPPER_LINES = 1;
    /** Longest error message passed on: a script chooses what it throws. */
    static final int MAX_MESSAGE_CHARS = 500;
    private static final Pattern POSITION = Pattern.compile(Pattern.quote(SCRIPT_NAME) + ":(\\d+):(\\d+)");
    private static final String EARLY_CLOSE =
            "The script must be the body of a function: a closing brace ends it early";
    private static final String HEAD = "(function (record, ctx) {\"use strict\";\n";
    private static final String TAIL = "\n})";

    private final Engine engine;
    private final Source prelude;
    private final Map<Long, Warm> spares = new HashMap<>();
    private volatile Context running;

    private record Warm(Context context, Value run) {
    }

    ScriptRunner() {
        engine = Engine.newBuilder("js")
                .sandbox(SandboxPolicy.CONSTRAINED)
                .option("engine.WarnInterpreterOnly", "false")
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                .build();
        prelude = Source.newBuilder("js", readPrelude(), "prelude.js").cached(true).buildLiteral();
    }

    /** Creates the spare context for a statement limit now, so the next call with it starts warm. */
    void prepare(long statementLimit) {
        spares.computeIfAbsent(statementLimit, this::newWarm);
    }

    /** Runs one script; never throws for anything the script does. */
    ScriptResult run(String script, ScriptKind kind, String recordJson, String contextJson, String now,
                     long statementLimit, int maxResultChars) {
        return run(script, kind, recordJson, contextJson, now, statementLimit, maxResultChars, false, () -> { });
    }

    /**
     * Runs one script, calling {@code compiled} once it is parsed and about to run; with
     * {@code checkOnly}, stops after checking that it compiles to one function (value {@code null}).
     */
    ScriptResult run(String script, ScriptKind kind, String recordJson, String contextJson, String now,
                     long statementLimit, int maxResultChars, boolean checkOnly, Runnable compiled) {
        Warm warm = spares.remove(statementLimit);
        if (warm == null) {
            warm = newWarm(statementLimit);
        }
        running = warm.context();
        try {
            Source source = Source.newBuilder("js", HEAD + script + TAIL, SCRIPT_NAME).cached(true).buildLiteral();
            Value program;
            try {
                program = warm.context().parse(source); // parses only: no script code runs yet
            } catch (PolyglotException e) {
                if (e.isSyntaxError()) {
                    return syntaxFailure(e, script);
                }
                throw e;
            }
            if (checkOnly) {
                return checkBody(warm.context(), script);
            }
            compiled.run();
            Value fn = program.execute();
            if (!wrapsWholeScript(fn, source)) {
                return ScriptResult.failure(ScriptError.SYNTAX, EARLY_CLOSE, null);
            }
            String json = warm.run().execute(fn, recordJson, contextJson, now, kind.takesContext(), maxResultChars)
                    .asString();
            return ScriptResult.value(json);
        } catch (PolyglotException e) {
            return failure(e, statementLimit, lineCount(script));
        } finally {
            running = null;
            warm.context().close(true);
        }
    }

    /**
     * Stops the running script, if any, waiting up to {@code wait}; false when it did not stop.
     * Called from another thread than {@link #run}.
     */
    boolean interrupt(Duration wait) {
        Context context = running;
        if (context == null) {
            return true;
        }
        try {
            context.interrupt(wait);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (IllegalStateException e) {
            return true; // closed meanwhile: the script is over
        }
    }

    private Warm newWarm(long statementLimit) {
        Context context = Context.newBuilder("js")
                .engine(engine)
                .sandbox(SandboxPolicy.CONSTRAINED)
                .allowHostAccess(HostAccess.newBuilder().allowMutableTargetMappings().build())
                .allowHostClassLookup(name -> false)
                .allowIO(IOAccess.NONE)
                .allowCreateThread(false)
                .allowCreateProcess(false)
                .allowNativeAccess(false)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                .in(InputStream.nullInputStream())
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                .option("js.load", "false")
                .option("js.print", "false")
                .option("js.console", "false")
                .resourceLimits(ResourceLimits.newBuilder().statementLimit(statementLimit, null).build())
                .build();
        return new Warm(context, context.eval(prelude));
    }

    /**
     * The wrapper parsed; now the body alone, by the context's own {@code Function} constructor
     * (untouched: no script has run in this context), which fails on a body that closes early. No
     * statement of the script runs.
     */
    private static ScriptResult checkBody(Context context, String script) {
        try {
            context.getBindings("js").getMember("Function").newInstance("record", "ctx", script);
            return ScriptResult.value("null");
        } catch (PolyglotException e) {
            return ScriptResult.failure(ScriptError.SYNTAX, EARLY_CLOSE, null);
        }
    }

    private static boolean wrapsWholeScript(Value fn, Source source) {
        if (!fn.canExecute()) {
            return false;
        }
        SourceSection section = fn.getSourceLocation();
        return section != null && section.getSource().equals(source) && section.getCharIndex() == 1
                && section.getCharEndIndex() == source.getLength() - 1;
    }

    private ScriptResult failure(PolyglotException e, long statementLimit, int lines) {
        if (e.isResourceExhausted()) {
            return ScriptResult.failure(ScriptError.TIME, "The script did too much work and was stopped (more than "
                    + statementLimit + " statements)", scriptLine(e, lines));
        }
        if (e.isInterrupted() || e.isCancelled()) {
            return ScriptResult.failure(ScriptError.TIME, "The script took too long and was stopped",
                    scriptLine(e, lines));
        }
        if (e.isHostException() || e.isInternalError() || !e.isGuestException()) {
            return ScriptResult.failure(ScriptError.WORKER, "The sandbox failed while running the script", null);
        }
        Value guest = e.getGuestObject();
        boolean resultError = guest != null && guest.hasMembers() && guest.hasMember("name")
                && "ResultError".equals(guest.getMember("name").toString());
        String message = e.getMessage() == null || e.getMessage().isBlank() ? "The script failed" : e.getMessage();
        if (message.length() > MAX_MESSAGE_CHARS) {
            message = message.substring(0, MAX_MESSAGE_CHARS) + "…";
        }
        return resultError
                ? ScriptResult.failure(ScriptError.RESULT, message.replaceFirst("^ResultError: ", ""), null)
                : ScriptResult.failure(ScriptError.SCRIPT, message, scriptLine(e, lines));
    }

    /** A syntax error in the script's own lines and columns; past its end, a plain "not closed". */
    private static ScriptResult syntaxFailure(PolyglotException e, String script) {
        int lines = lineCount(script);
        SourceSection at = e.getSourceLocation();
        if (at != null && SCRIPT_NAME.equals(at.getSource().getName()) && at.getStartLine() - WRAPPER_LINES > lines) {
            return ScriptResult.failure(ScriptError.SYNTAX,
                    "SyntaxError: the script ends before every {, ( or [ it opens is closed",
                    lineCount(script.stripTrailing()));
        }
        String message = e.getMessage() == null ? "SyntaxError" : e.getMessage();
        Matcher position = POSITION.matcher(message);
        StringBuilder shifted = new StringBuilder();
        while (position.find()) {
            int line = Integer.parseInt(position.group(1)) - WRAPPER_LINES;
            int column = Integer.parseInt(position.group(2)) + 1;
            position.appendReplacement(shifted, "line " + line + ", column " + column + ":");
        }
        position.appendTail(shifted);
        return ScriptResult.failure(ScriptError.SYNTAX, shifted.toString().strip(), syntaxLine(e, lines));
    }

    private static Integer syntaxLine(PolyglotException e, int lines) {
        SourceSection at = e.getSourceLocation();
        return at != null && SCRIPT_NAME.equals(at.getSource().getName()) ? clamp(at.getStartLine(), lines) : null;
    }

    private static Integer scriptLine(PolyglotException e, int lines) {
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            SourceSection at = frame.getSourceLocation();
            if (frame.isGuestFrame() && at != null && SCRIPT_NAME.equals(at.getSource().getName())) {
                return clamp(at.getStartLine(), lines);
            }
        }
        return syntaxLine(e, lines);
    }

    private static int clamp(int wrappedLine, int lines) {
        return Math.max(1, Math.min(lines, wrappedLine - WRAPPER_LINES));
    }

    private static int lineCount(String script) {
        return (int) script.chars().filter(c -> c == '\n').count() + 1;
    }

    private static String readPrelude() {
        try (InputStream in = ScriptRunner.class.getResourceAsStream("prelude.js")) {
            if (in == null) {
                throw new IllegalStateException("prelude.js is missing from the sandbox jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        spares.values().forEach(warm -> warm.context().close(true));
        spares.clear();
        engine.close(true);
    }
}
