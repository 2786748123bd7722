package org.toolsmith.runtime.apps;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.toolsmith.build.SchemaSql;
import org.toolsmith.build.SqlNames;
import org.toolsmith.runtime.system.Database;
import org.toolsmith.runtime.system.RequestException;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.SpecJson;
import org.toolsmith.spec.SpecNormalizer;
import org.toolsmith.spec.SpecValidator;
import org.toolsmith.templates.Templates;

/**
 * Creates apps (spec stored, schema and tables made in one transaction) and finds them.
 *
 * <p>H2 commits before each DDL statement, so "all or nothing" is kept by order and clean-up: the
 * schema is made first, the row in {@code TOOLSMITH.APPS} last; if anything fails, the schema is
 * dropped, and a schema left by a crash (no row) is dropped at the next start.
 */
public final class AppRegistry {
    private static final String COLUMNS = "ID, SLUG, NAME, STATUS, VERSION, SPEC, SCHEMA_NAME, CREATED_AT, CREATED_BY";

    private final Database database;
    private final SpecJson json;
    private final SchemaSql schemaSql;
    private final Map<String, App> cache = new ConcurrentHashMap<>();
    private final ReentrantLock creating = new ReentrantLock();
    private final SpecValidator validator = new SpecValidator();
    private final SpecNormalizer normalizer = new SpecNormalizer();

    private final Consumer<AppSpec> scriptCheck;

    public AppRegistry(Database database, SpecJson json, Templates templates) {
        this(database, json, templates, spec -> {
        });
    }

    /** {@code scriptCheck} refuses, with a SpecException, a spec whose scripts do not parse (the sandbox's parse check). */
    public AppRegistry(Database database, SpecJson json, Templates templates, Consumer<AppSpec> scriptCheck) {
        this.scriptCheck = scriptCheck;
        this.database = database;
        this.json = json;
        this.schemaSql = new SchemaSql(templates);
        dropOrphanSchemas();
    }

    /**
     * Validates and normalizes the spec, picks a unique slug, creates the schema; all or nothing.
     * The app starts as a draft: usable by its builder at once, by nobody else until IT approves it.
     */
    public App create(AppSpec spec, String createdBy) {
        AppSpec checked = validate(spec);
        creating.lock();
        try {
            long id = database.inTransaction(c -> {
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT NEXT VALUE FOR TOOLSMITH.APP_IDS")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            String schema = SqlNames.schemaName(id);
            String ddl = schemaSql.create(schema, checked);
            try {
                App app = database.inTransaction(c -> {
                    try (Statement st = c.createStatement()) {
                        st.execute(ddl);
                    }
                    String slug = Slugs.unique(Slugs.of(checked.name()), s -> slugTaken(c, s));
                    App made = new App(id, slug, checked.name(), "draft", 1, checked, schema,
                            OffsetDateTime.now(ZoneOffset.UTC).toInstant(), createdBy);
                    insert(c, made);
                    return made;
                });
                cache.put(app.slug(), app);
                return app;
            } catch (RuntimeException e) {
                dropSchema(schema);
                throw e;
            }
        } finally {
            creating.unlock();
        }
    }

    /**
     * The spec as it will be stored: validated as sent (so a client learns about every problem,
     * with its path), then normalized (title fields, plurals), then checked once more for what
     * reaches SQL. A SpecException lists what is wrong.
     */
    private AppSpec validate(AppSpec spec) {
        validator.check(spec);
        AppSpec checked = SpecCheck.check(normalizer.normalize(spec));
        scriptCheck.accept(checked);
        return checked;
    }

    /** The spec as {@link #create} would store it (for a new version of an app); a SpecException lists what is wrong. */
    public AppSpec check(AppSpec spec) {
        return validate(spec);
    }

    /** Forgets the cached app, after review and publishing changed its row (version, spec, schema, status). */
    public void evict(String slug) {
        cache.remove(slug);
    }

    public Optional<App> find(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        App cached = cache.get(slug);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<App> app = database.inTransaction(c -> {
            List<App> rows = select(c, "SELECT " + COLUMNS + " FROM TOOLSMITH.APPS WHERE SLUG = ?", slug);
            return rows.stream().findFirst();
        });
        app.ifPresent(a -> cache.put(a.slug(), a));
        return app;
    }

    /** The app with this slug, or a 404 RequestException. */
    public App get(String slug) {
        return find(slug).orElseThrow(() -> RequestException.notFound(
                "There is no app at \"" + slug + "\". It may have been renamed or never created; see the list of apps."));
    }

    /** All apps, newest first. */
    public List<App> list() {
        return database.inTransaction(c -> select(c, "SELECT " + COLUMNS + " FROM TOOLSMITH.APPS ORDER BY CREATED_AT DESC, ID DESC"));
    }

    private boolean slugTaken(Connection c, String slug) {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM TOOLSMITH.APPS WHERE SLUG = ?")) {
            ps.setString(1, slug);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void insert(Connection c, App app) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO TOOLSMITH.APPS (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, app.id());
            ps.setString(2, app.slug());
            ps.setString(3, app.name());
            ps.setString(4, app.status());
            ps.setInt(5, app.version());
            ps.setString(6, json.write(app.spec()));
            ps.setString(7, app.schema());
            ps.setObject(8, app.createdAt().atOffset(ZoneOffset.UTC));
            ps.setString(9, app.createdBy());
            ps.executeUpdate();
        }
    }

    private List<App> select(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<App> apps = new ArrayList<>();
                while (rs.next()) {
                    AppSpec spec = json.fromTree(json.tree(rs.getString(6)));
                    apps.add(new App(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                            spec, rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant(), rs.getString(9)));
                }
                return apps;
            }
        }
    }

    private void dropSchema(String schema) {
        try {
            database.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("DROP SCHEMA IF EXISTS " + SqlNames.schema(schema) + " CASCADE");
                }
                return null;
            });
        } catch (RuntimeException e) {
            System.err.println("toolsmith: could not drop the unfinished schema " + schema + ": " + e.getMessage());
        }
    }

    private void dropOrphanSchemas() {
        List<String> orphans = database.inTransaction(c -> {
            List<String> names = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME LIKE 'APP\\_%' ESCAPE '\\' "
                            + "AND SCHEMA_NAME NOT IN (SELECT SCHEMA_NAME FROM TOOLSMITH.APPS)")) {
                while (rs.next()) {
                    if (rs.getString(1).matches("APP_[1-9][0-9]*")) {
                        names.add(rs.getString(1));
                    }
                }
            }
            return names;
        });
        for (String orphan : orphans) {
            System.err.println("toolsmith: dropping schema " + orphan + ", left by an app creation that did not finish");
            dropSchema(orphan);
        }
    }
}
