package org.toolsmith.runtime.records;

import static org.toolsmith.build.SqlNames.quote;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.spec.Entity;

/**
 * Reads and writes records inside one open transaction, for hooks, actions and scheduled
 * automations. Writes are checked like any other (types, choices, references, unique, rules);
 * {@link #depth()} counts how deep in hooks a write is, so automations do not set each other off.
 */
public final class Writer {
    /** Most records {@link #pointingAt} returns. */
    public static final int POINTING_LIMIT = 1000;

    private final RecordStore store;
    private final Connection connection;
    private final String actor;
    private final int depth;

    Writer(RecordStore store, Connection connection, String actor, int depth) {
        this.store = store;
        this.connection = connection;
        this.actor = actor;
        this.depth = depth;
    }

    public Connection connection() {
        return connection;
    }

    public String actor() {
        return actor;
    }

    /** 0 for a write a person asked for (form, API, button); 1 and more for writes made by automations. */
    public int depth() {
        return depth;
    }

    /** A writer for writes that automations make: one level deeper. */
    public Writer nested() {
        return new Writer(store, connection, actor, depth + 1);
    }

    public Optional<Map<String, Object>> find(App app, Entity entity, long id) throws SQLException {
        return RecordStore.find(connection, app, entity, id, Caller.everything(actor));
    }

    /** Every record of {@code entity}, oldest first (scheduled automations). */
    public List<Map<String, Object>> all(App app, Entity entity) throws SQLException {
        return Tables.query(connection, entity, "SELECT " + Tables.columns(entity) + " FROM " + Tables.table(app, entity)
                + " ORDER BY \"id\"", List.of());
    }

    /** Records of {@code from} whose field {@code fieldKey} points at {@code id}, oldest first. */
    public List<Map<String, Object>> pointingAt(App app, Entity from, String fieldKey, long id) throws SQLException {
        return Tables.query(connection, from, "SELECT " + Tables.columns(from) + " FROM " + Tables.table(app, from)
                + " WHERE " + quote(fieldKey) + " = ? ORDER BY \"id\" LIMIT " + POINTING_LIMIT, List.of(id));
    }

    /** Creates a record from input values (checked); a 422/409 RequestException when they are not acceptable. */
    public Map<String, Object> create(App app, Entity entity, Map<String, Object> input) throws SQLException {
        return store.insert(this, app, entity, Checks.parse(app.spec(), entity, input, false), Caller.everything(actor));
    }

    /** Changes the named fields only (checked); a 404 when the record is gone. */
    public Map<String, Object> update(App app, Entity entity, long id, Map<String, Object> input) throws SQLException {
        return store.change(this, app, entity, id, Checks.parse(app.spec(), entity, input, true), Caller.everything(actor));
    }
}
