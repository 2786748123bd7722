package org.toolsmith.runtime.logic;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.records.Caller;
import org.toolsmith.runtime.records.KindAccess;
import org.toolsmith.runtime.records.RecordStore;
import org.toolsmith.runtime.records.WriteHooks;
import org.toolsmith.runtime.records.Writer;
import org.toolsmith.runtime.system.RequestException;
import org.toolsmith.sandbox.SandboxException;
import org.toolsmith.sandbox.SandboxOptions;
import org.toolsmith.sandbox.ScriptPool;
import org.toolsmith.spec.Action;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Automation;
import org.toolsmith.spec.Entity;

/**
 * An app's logic at run time: rules and automations inside every write of the record store,
 * computed values on every read, buttons, and the parse check of every script before a spec is
 * saved. Holds the server's one {@link ScriptPool}, started on first use (or by {@link #warmUp()})
 * and closed by {@link #close()}. Thread-safe. A script's failure never escapes as anything but a
 * {@link RequestException} naming the script, its line and what to do.
 */
public final class Logic implements WriteHooks, AutoCloseable {
    private final SandboxOptions options;
    private final Clock clock;
    private final ObjectMapper mapper = new ObjectMapper();
    private ScriptPool pool;
    private boolean closed;
    private final ScriptRuns runs;
    private final RecordJson records;
    private final WriteLogic writes;
    private final ComputedValues computed;
    private final ScriptLimits limits;

    /** {@code clock} gives scripts their {@code now()} and time zone, and drives the scheduler; default time limits for every app. */
    public Logic(SandboxOptions options, Clock clock) {
        this(options, clock, new ScriptLimits(null));
    }

    /** As {@link #Logic(SandboxOptions, Clock)}, with each app's time limits from {@code limits}. */
    public Logic(SandboxOptions options, Clock clock, ScriptLimits limits) {
        this.options = options;
        this.clock = clock;
        this.limits = limits;
        this.runs = new ScriptRuns(this::pool, clock, limits);
        this.records = new RecordJson(mapper);
        this.writes = new WriteLogic(runs, records, new Changes(mapper));
        this.computed = new ComputedValues(runs, records, mapper);
    }

    public Clock clock() {
        return clock;
    }

    /** Each app's time limits for its scripts, which an admin may change. */
    public ScriptLimits limits() {
        return limits;
    }

    /** Starts the pool now (in the caller's thread) if it is not running yet. */
    public void warmUp() {
        pool();
    }

    synchronized ScriptPool pool() {
        if (closed) {
            throw new RequestException(503, "The server is stopping; scripts do not run any more.", List.of());
        }
        if (pool == null) {
            try {
                pool = ScriptPool.start(options, clock);
            } catch (SandboxException e) {
                System.err.println("toolsmith: the script sandbox could not start: " + e.getMessage());
                throw new RequestException(503, "The script sandbox could not start, so rules, buttons and automations "
                        + "cannot run. Ask the administrator to look at the server log.", List.of());
            }
        }
        return pool;
    }

    /** Refuses (a SpecException with each script's path) a spec whose scripts do not all parse. */
    public void checkScripts(AppSpec spec) {
        if (spec.hasLogic()) {
            new ScriptChecks(pool()).check(spec);
        }
    }

    @Override
    public void written(Writer writer, App app, Entity entity, Map<String, Object> before, Map<String, Object> after)
            throws SQLException {
        writes.written(writer, app, entity, before, after);
    }

    @Override
    public void deleted(Writer writer, App app, Entity entity, Map<String, Object> before) throws SQLException {
        writes.deleted(writer, app, entity, before);
    }

    @Override
    public void read(Writer reader, App app, Entity entity, List<Map<String, Object>> list) throws SQLException {
        computed.add(reader, app, entity, list);
    }

    /**
     * Presses the button {@code actionKey} on a record: the person must see the record and hold one
     * of the button's roles ({@code roles}: their roles and groups). The script's changes are
     * applied in one transaction, with rules and automations as for any write. The script reads the
     * record as the person sees it (fields hidden from them are absent), and the record after is
     * returned the same way.
     */
    public Map<String, Object> press(RecordStore store, App app, Entity entity, long id, String actionKey, Caller caller,
                                     Set<String> roles) {
        Action action = app.spec().actionsOf(entity.key()).stream().filter(a -> a.key().equals(actionKey)).findFirst()
                .orElseThrow(() -> RequestException.notFound("“" + entity.name() + "” has no button called “" + actionKey + "”."));
        if (!action.allows(List.copyOf(roles))) {
            throw RequestException.forbidden("Only " + String.join(", ", action.roles()) + " may press “" + action.label() + "”.");
        }
        store.find(app, entity, id, caller)
                .orElseThrow(() -> RequestException.notFound("There is no " + entity.name() + " with id " + id + ". It may have been deleted."));
        KindAccess access = KindAccess.of(app.spec(), entity, caller);
        return access.strip(store.write(caller.login(), w -> writes.press(w, app, entity, id, action, access::strip)));
    }

    /** One scheduled automation for one record (the scheduler's transaction), with {@code now} the time it fell due. */
    void scheduled(Writer w, App app, Entity entity, Automation a, Map<String, Object> record, OffsetDateTime at)
            throws SQLException {
        writes.scheduled(w, app, entity, a, record, at);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (pool != null) {
            pool.close();
            pool = null;
        }
    }
}
