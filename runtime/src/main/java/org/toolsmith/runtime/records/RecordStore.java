package org.toolsmith.runtime.records;

import static org.toolsmith.build.SqlNames.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.system.Database;
import org.toolsmith.runtime.system.RequestException;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * Reads and writes an app's records. Records are maps keyed by field key plus {@code id} and the
 * system columns, with JSON-ready values as API.md says (dates as YYYY-MM-DD strings, money as
 * decimal strings, multi_choice as lists, reference as the target id). Input values may be typed
 * JSON values (API) or strings as a form sends them (pages); both are checked the same way.
 * Input keys that are not fields of the entity are ignored here (a form also sends its CSRF token);
 * the JSON API refuses them before calling in.
 * Invalid input raises RequestException 422 with a message per field; unique clashes 409.
 */
public final class RecordStore {
    /** Page sizes a list may ask for; any other size is a 400. 0 means the default. */
    public static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);
    public static final int DEFAULT_PAGE_SIZE = 25;
    static final int RELATED_LIMIT = 25;
    /** The most records one export writes. */
    public static final int MAX_EXPORT = 50_000;

    private final Database database;
    private final WriteHooks hooks;

    public RecordStore(Database database) {
        this(database, WriteHooks.NONE);
    }

    /** With {@code hooks} called inside every write's transaction and on every read (rules, automations, computed values). */
    public RecordStore(Database database, WriteHooks hooks) {
        this.database = database;
        this.hooks = hooks;
    }

    /**
     * Runs {@code work} in one transaction with a {@link Writer} that acts for {@code actor} with
     * every right (actions and scheduled automations, whose own checks come first).
     */
    public <T> T write(String actor, WriteWork<T> work) {
        return database.inTransaction(c -> work.run(new Writer(this, c, actor, 0)));
    }

    /** Work done through a {@link Writer}. */
    @FunctionalInterface
    public interface WriteWork<T> {
        T run(Writer writer) throws SQLException;
    }

    /** A page of the records {@code caller} may see, searched and sorted as asked. */
    public Page list(App app, Entity entity, ListQuery query, Caller caller) {
        int size = query.size() == 0 ? DEFAULT_PAGE_SIZE : query.size();
        if (!PAGE_SIZES.contains(size)) {
            throw RequestException.badRequest("A page holds 25, 50 or 100 records; " + query.size() + " is not one of them.");
        }
        if (query.page() < 1) {
            throw RequestException.badRequest("Pages are numbered from 1; " + query.page() + " is not a page.");
        }
        long offset = (long) (query.page() - 1) * size;
        return select(app, entity, query.q(), query.sort(), caller, size, offset, query.page());
    }

    /**
     * Every record {@code caller} may see, searched and sorted as asked, without the fields hidden
     * from them: what an export writes. At most {@link #MAX_EXPORT} records (newest first by default).
     */
    public Page export(App app, Entity entity, String q, String sort, Caller caller) {
        return select(app, entity, q, sort, caller, MAX_EXPORT, 0, 1);
    }

    private Page select(App app, Entity given, String q, String sort, Caller caller, int size, long offset, int page) {
        Entity entity = full(app, given);
        KindAccess access = KindAccess.of(app.spec(), entity, caller);
        Entity seen = access.visibleEntity();
        List<Object> params = new ArrayList<>();
        String search = Search.where(app, seen, q, params);
        String rows = access.visible(params);
        String where = search.isEmpty() ? " WHERE " + rows : search + " AND " + rows;
        String order = Search.orderBy(seen, sort);
        String table = Tables.table(app, entity);
        return database.inTransaction(c -> {
            long total = Tables.count(c, "SELECT COUNT(*) FROM " + table + where, params);
            List<Object> pageParams = new ArrayList<>(params);
            pageParams.add(size);
            pageParams.add(offset);
            List<Map<String, Object>> items = Tables.query(c, entity, "SELECT " + Tables.columns(entity) + " FROM "
                    + table + where + order + " LIMIT ? OFFSET ?", pageParams);
            hooks.read(new Writer(this, c, caller.login(), 0), app, entity, items);
            return new Page(items.stream().map(access::strip).toList(), total, page, size);
        });
    }

    /** The record if it exists and {@code caller} may see it; empty otherwise (a 404 for callers). */
    public Optional<Map<String, Object>> find(App app, Entity given, long id, Caller caller) {
        Entity entity = full(app, given);
        return database.inTransaction(c -> {
            Optional<Map<String, Object>> found = find(c, app, entity, id, caller);
            if (found.isPresent()) {
                hooks.read(new Writer(this, c, caller.login(), 0), app, entity, List.of(found.get()));
            }
            return found.map(KindAccess.of(app.spec(), entity, caller)::strip);
        });
    }

    static Optional<Map<String, Object>> find(Connection c, App app, Entity entity, long id, Caller caller)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        params.add(id);
        String rows = Rows.visible(app, entity, caller, params);
        List<Map<String, Object>> found = Tables.query(c, entity, "SELECT " + Tables.columns(entity) + " FROM "
                + Tables.table(app, entity) + " WHERE \"id\" = ? AND " + rows, params);
        return found.stream().findFirst();
    }

    /** Adds a record as {@code caller} (its {@code created_by}); a 403 without the add right. */
    public Map<String, Object> create(App app, Entity given, Map<String, Object> input, Caller caller) {
        Entity entity = full(app, given);
        if (!caller.may(Right.ADD)) {
            throw RequestException.forbidden("You may not add " + entity.plural() + " in \"" + app.name()
                    + "\". Ask its owner to share it with the right to add.");
        }
        KindAccess access = KindAccess.of(app.spec(), entity, caller);
        access.mayAdd();
        Map<String, Object> values = Checks.parse(app.spec(), access.visibleEntity(), input, false);
        return access.strip(database.inTransaction(c -> insert(new Writer(this, c, caller.login(), 0), app, entity, values, caller)));
    }

    /** Inserts checked values, then runs the hooks; the stored record as the hooks left it. */
    Map<String, Object> insert(Writer w, App app, Entity entity, Map<String, Object> values, Caller caller) throws SQLException {
        Connection c = w.connection();
        String actor = w.actor();
        {
            Checks.constraints(c, app, entity, values, null, caller);
            OffsetDateTime now = now();
            List<String> cols = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            values.forEach((k, v) -> {
                cols.add(quote(k));
                params.add(v);
            });
            cols.addAll(List.of("\"created_at\"", "\"updated_at\"", "\"created_by\"", "\"updated_by\""));
            params.addAll(java.util.Arrays.asList(now, now, actor, actor));
            String sql = "INSERT INTO " + Tables.table(app, entity) + " (" + String.join(", ", cols)
                    + ") VALUES (" + Tables.placeholders(cols.size()) + ")";
            long id;
            try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                Tables.bind(ps, params);
                Checks.execute(ps, entity);
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            hooks.written(w, app, entity, null, find(c, app, entity, id, Caller.everything(actor)).orElseThrow());
            return find(c, app, entity, id, Caller.everything(actor)).orElseThrow();
        }
    }

    /** {@code partial}: PATCH semantics (absent fields kept); otherwise absent fields become empty. */
    public Map<String, Object> update(App app, Entity given, long id, Map<String, Object> input,
                                      boolean partial, Caller caller) {
        Entity entity = full(app, given);
        KindAccess access = KindAccess.of(app.spec(), entity, caller);
        return access.strip(database.inTransaction(c -> {
            mayChange(c, app, entity, id, caller, Right.EDIT_ALL, Right.EDIT_OWN, "change");
            // fields hidden from the caller are neither read from the input nor emptied
            Map<String, Object> values = Checks.parse(app.spec(), access.visibleEntity(), input, partial);
            return change(new Writer(this, c, caller.login(), 0), app, entity, id, values, caller);
        }));
    }

    /** Updates with checked values, then runs the hooks; the stored record as the hooks left it. */
    Map<String, Object> change(Writer w, App app, Entity entity, long id, Map<String, Object> values, Caller caller)
            throws SQLException {
        Connection c = w.connection();
        String actor = w.actor();
        Map<String, Object> before = find(c, app, entity, id, Caller.everything(actor)).orElseThrow(() -> notFound(entity, id));
        {
            Checks.constraints(c, app, entity, values, id, caller);
            List<String> sets = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            values.forEach((k, v) -> {
                sets.add(quote(k) + " = ?");
                params.add(v);
            });
            sets.add("\"updated_at\" = ?");
            sets.add("\"updated_by\" = ?");
            params.add(now());
            params.add(actor);
            params.add(id);
            String rows = Rows.allOrOwn(app, entity, caller, Right.EDIT_ALL, Right.EDIT_OWN, params);
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + Tables.table(app, entity) + " SET "
                    + String.join(", ", sets) + " WHERE \"id\" = ? AND " + rows)) {
                Tables.bind(ps, params);
                Checks.execute(ps, entity);
            }
            hooks.written(w, app, entity, before, find(c, app, entity, id, Caller.everything(actor)).orElseThrow());
            return find(c, app, entity, id, Caller.everything(actor)).orElseThrow();
        }
    }

    /**
     * Deletes; a 404 RequestException if absent or not visible to {@code caller}, a 403 without the
     * right to delete it, a 409 if other records still point at it.
     */
    public void delete(App app, Entity given, long id, Caller caller) {
        Entity entity = full(app, given);
        database.inTransaction(c -> {
            Map<String, Object> before = mayChange(c, app, entity, id, caller, Right.DELETE_ALL, Right.DELETE_OWN, "delete");
            List<String> users = new ArrayList<>();
            for (AppSpec.Reference ref : app.spec().referencesTo(entity.key())) {
                String from = Tables.table(app, ref.from());
                String col = quote(ref.field().key());
                boolean self = ref.from().key().equals(entity.key());
                long n = Tables.count(c, "SELECT COUNT(*) FROM " + from + " WHERE " + col + " = ?"
                        + (self ? " AND \"id\" <> ?" : ""), self ? List.of(id, id) : List.of(id));
                if (n > 0) {
                    users.add(n + " " + (n == 1 ? ref.from().name() : ref.from().plural())
                            + " (in \"" + ref.field().label() + "\")");
                } else if (self) {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE " + from + " SET " + col + " = NULL WHERE \"id\" = ?")) {
                        ps.setLong(1, id);
                        ps.executeUpdate();
                    }
                }
            }
            if (!users.isEmpty()) {
                throw RequestException.conflict("This " + entity.name() + " is still used by " + String.join(" and ", users)
                        + ". Change or delete those first.", List.of());
            }
            List<Object> params = new ArrayList<>();
            params.add(id);
            String rows = Rows.allOrOwn(app, entity, caller, Right.DELETE_ALL, Right.DELETE_OWN, params);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + Tables.table(app, entity)
                    + " WHERE \"id\" = ? AND " + rows)) {
                Tables.bind(ps, params);
                Checks.execute(ps, entity);
            }
            hooks.deleted(new Writer(this, c, caller.login(), 0), app, entity, before);
            return null;
        });
    }

    /** id and title of every record of {@code target} that {@code caller} may see, ordered by title, for pickers. */
    public List<Choice> choices(App app, Entity target, Caller caller) {
        return database.inTransaction(c -> Titles.choices(c, app, target, true, caller));
    }

    /** For a detail page: per reference field pointing at this record, the records that point (those the caller sees). */
    public List<Related> related(App app, Entity given, long id, Caller caller) {
        Entity entity = full(app, given);
        return database.inTransaction(c -> {
            List<Related> result = new ArrayList<>();
            for (AppSpec.Reference ref : app.spec().referencesTo(entity.key())) {
                String from = Tables.table(app, ref.from());
                List<Object> params = new ArrayList<>();
                params.add(id);
                KindAccess access = KindAccess.of(app.spec(), ref.from(), caller);
                if (access.hides(ref.field().key())) {
                    continue;
                }
                String where = " WHERE " + quote(ref.field().key()) + " = ? AND " + access.visible(params);
                long total = Tables.count(c, "SELECT COUNT(*) FROM " + from + where, params);
                List<Map<String, Object>> items = Tables.query(c, ref.from(), "SELECT " + Tables.columns(ref.from())
                        + " FROM " + from + where + " ORDER BY \"id\" DESC LIMIT " + RELATED_LIMIT, params);
                result.add(new Related(access.visibleEntity(), ref.field(), items.stream().map(access::strip).toList(), total));
            }
            return result;
        });
    }

    /**
     * The record must be visible to {@code caller} (else 404: they may not know it exists) and be
     * theirs to act on with {@code all} or {@code own} (else 403).
     */
    private static Map<String, Object> mayChange(Connection c, App app, Entity entity, long id, Caller caller, Right all,
                                                 Right own, String verb) throws SQLException {
        Map<String, Object> row = find(c, app, entity, id, caller).orElseThrow(() -> notFound(entity, id));
        if (!KindAccess.of(app.spec(), entity, caller).allows(row, all, own)) {
            throw RequestException.forbidden("You may not " + verb + " this " + entity.name()
                    + (caller.may(own) || caller.may(all) ? ": you may " + verb + " only your own." : "."));
        }
        return row;
    }

    /** The kind as the spec has it: screens may hand in the caller's visible copy, but checks and logic need every field. */
    private static Entity full(App app, Entity entity) {
        return app.spec().entity(entity.key()).orElse(entity);
    }

    static RequestException notFound(Entity entity, long id) {
        return RequestException.notFound("There is no " + entity.name() + " with id " + id + ". It may have been deleted.");
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * @param q search text over the entity's searchable fields, or null
     * @param sort a field key (or system column), {@code -key} for descending, or null (newest first)
     * @param page from 1
     * @param size 25, 50 or 100
     */
    public record ListQuery(String q, String sort, int page, int size) {
    }

    public record Page(List<Map<String, Object>> items, long total, int page, int size) {
    }

    public record Choice(long id, String title) {
    }

    public record Related(Entity from, Field field, List<Map<String, Object>> items, long total) {
    }
}
