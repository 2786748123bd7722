package org.toolsmith.runtime.logic;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.toolsmith.runtime.system.RequestException;
import org.toolsmith.sandbox.ScriptCall;
import org.toolsmith.sandbox.ScriptError;
import org.toolsmith.sandbox.ScriptKind;
import org.toolsmith.sandbox.ScriptPool;
import org.toolsmith.sandbox.ScriptResult;

/**
 * Runs one script of an app in the pool, with the app's clock and the app's time limits; turns
 * failures into messages a person can act on.
 */
final class ScriptRuns {
    private final Supplier<ScriptPool> pool;
    private final Clock clock;
    private final ScriptLimits limits;

    ScriptRuns(Supplier<ScriptPool> pool, Clock clock, ScriptLimits limits) {
        this.pool = pool;
        this.clock = clock;
        this.limits = limits;
    }

    Clock clock() {
        return clock;
    }

    /** Runs with {@code now} the clock's current time in its zone; a worker failure is retried once. */
    ScriptResult run(long appId, ScriptKind kind, String script, String recordJson, String contextJson) {
        return run(appId, kind, script, recordJson, contextJson, OffsetDateTime.now(clock));
    }

    ScriptResult run(long appId, ScriptKind kind, String script, String recordJson, String contextJson, OffsetDateTime now) {
        ScriptCall call = ScriptCall.of(script, kind, recordJson).withNow(now.truncatedTo(ChronoUnit.MILLIS).toString())
                .withTimeLimit(limits.of(appId).of(kind));
        if (contextJson != null) {
            call = call.withContext(contextJson);
        }
        ScriptCall sent = call;
        ScriptPool p = pool.get();
        return OffContext.call(() -> {
            ScriptResult r = p.run(sent);
            if (!r.ok() && r.error() == ScriptError.WORKER) {
                r = p.run(sent);
            }
            return r;
        });
    }

    /** "The rule “Due after loan” could not run: x is not defined (line 2)." and who should act. */
    static String failure(String what, String name, ScriptResult r) {
        String line = r.line() == null ? "" : " (line " + r.line() + ")";
        String text = "The " + what + " “" + name + "” could not run: " + r.message() + line + ".";
        return switch (r.error()) {
            case TIME, MEMORY -> text + " It may be too slow or too big; ask whoever wrote it to simplify it.";
            case WORKER -> "The " + what + " “" + name + "” could not run: the script sandbox is not available right now. Try again in a moment.";
            case INPUT -> text + " This is a Toolsmith bug; please report it.";
            default -> text + " Ask whoever wrote the " + what + " to fix it.";
        };
    }

    /** A 422 that names the script, refusing the write it belongs to. */
    static Refusal refused(String message) {
        return new Refusal(message);
    }

    /** A write refused because of a script (its failure, or what it returned); already names the script. */
    static final class Refusal extends RequestException {
        Refusal(String message) {
            super(422, message, List.of());
        }
    }
}
