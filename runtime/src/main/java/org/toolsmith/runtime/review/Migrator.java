package org.toolsmith.runtime.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.toolsmith.build.SqlNames;
import org.toolsmith.migrate.Change;
import org.toolsmith.migrate.DataCheck;
import org.toolsmith.migrate.MigrationPlan;
import org.toolsmith.migrate.MigrationPlanner;
import org.toolsmith.migrate.MigrationSql;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.system.Database;
import org.toolsmith.runtime.system.RequestException.FieldError;

/**
 * Runs a {@link MigrationPlan} against the database. H2 commits each DDL statement, so a migration
 * cannot be one transaction; instead the new version is built beside the published one:
 * <ol>
 *   <li>freeze the published tables (a trigger refuses writes for these moments);</li>
 *   <li>create the new schema, copy every row converted, add indexes and links (a failure here,
 *       e.g. a unique constraint the data breaks, drops the new schema and unfreezes: nothing changed);</li>
 *   <li>check that every table has as many rows as its source;</li>
 *   <li>in one transaction: archive removed values and switch the app to the new schema;</li>
 *   <li>drop the old schema.</li>
 * </ol>
 * A rehearsal does steps 2 and 3 into a scratch schema and drops it (or keeps it for trying the draft).
 */
final class Migrator {
    static final int EXAMPLES = 20;

    private final Database database;
    private final MigrationSql sql;

    Migrator(Database database, MigrationSql sql) {
        this.database = database;
        this.sql = sql;
    }

    /** What the dry run found for one check. */
    record Finding(DataCheck check, long count, List<String> examples, String decision) {
        boolean settled() {
            return count == 0 || decision != null && (decision.equals(MigrationPlanner.CLEAR) && check.clearable()
                    || decision.startsWith(MigrationPlanner.FILL) && check.fillable());
        }
    }

    /** The dry run: for each question of the plan, how many records and which. */
    List<Finding> dryRun(App app, MigrationPlan plan, Map<String, String> decisions) {
        return database.inTransaction(c -> {
            List<Finding> out = new ArrayList<>();
            for (DataCheck check : plan.checks()) {
                String table = SqlNames.table(app.schema(), check.entity());
                String where = " FROM " + table + " src WHERE " + check.condition(table);
                long count;
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*)" + where)) {
                    rs.next();
                    count = rs.getLong(1);
                }
                List<String> examples = new ArrayList<>();
                if (count > 0) {
                    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT src.\"id\""
                            + (check.column() == null ? "" : ", " + check.column()) + where + " ORDER BY src.\"id\" FETCH FIRST " + EXAMPLES + " ROWS ONLY")) {
                        while (rs.next()) {
                            examples.add("#" + rs.getLong(1) + (check.column() == null ? "" : ": " + rs.getString(2)));
                        }
                    }
                }
                out.add(new Finding(check, count, examples, decisions.get(check.key())));
            }
            return out;
        });
    }

    /** How many values each change that {@code holdsData} touches in the published tables. */
    Map<Change, Long> counts(App app, MigrationPlan plan) {
        return database.inTransaction(c -> {
            Map<Change, Long> out = new java.util.HashMap<>();
            for (Change change : plan.changes()) {
                if (!change.holdsData() || change.entity() == null) {
                    continue;
                }
                String what = change.field() == null ? "*" : SqlNames.quote(change.field());
                out.put(change, count(c, "SELECT COUNT(" + what + ") FROM " + SqlNames.table(app.schema(), change.entity())));
            }
            return out;
        });
    }

    /** Rows per table of the published version. */
    Map<String, Long> sizes(App app) {
        return database.inTransaction(c -> {
            Map<String, Long> out = new java.util.LinkedHashMap<>();
            for (var e : app.spec().entities()) {
                out.put(e.key(), count(c, "SELECT COUNT(*) FROM " + SqlNames.table(app.schema(), e.key())));
            }
            return out;
        });
    }

    /** Builds the new version into {@code schema} from the published one and checks it; the published one is only read. */
    void rehearse(App app, MigrationPlan plan, String schema, boolean keep) {
        drop(schema);
        String script = sql.render(plan, app.schema(), schema);
        try {
            build(app, plan, script);
        } catch (RuntimeException e) {
            drop(schema);
            throw e;
        }
        if (!keep) {
            drop(schema);
        }
    }

    /**
     * Publishes: freezes the published tables, builds {@code schema}, then runs {@code switchOver}
     * in the transaction that archives removed values; on any failure the new schema is dropped and
     * the published one unfrozen, whole. On success the old schema is dropped.
     */
    void apply(App app, MigrationPlan plan, String schema, Database.SqlWork<Void> switchOver) {
        drop(schema);
        String script = sql.render(plan, app.schema(), schema);
        try {
            freeze(app, true);
            build(app, plan, script);
            database.inTransaction(c -> {
                run(c, MigrationSql.step(script, "archive"));
                switchOver.run(c);
                return null;
            });
        } catch (RuntimeException e) {
            drop(schema);
            freeze(app, false);
            if (e instanceof org.toolsmith.runtime.system.RequestException) {
                throw e;
            }
            System.err.println("toolsmith: publishing " + app.slug() + " failed and was undone: " + e);
            e.printStackTrace(System.err);
            throw new MigrationFailed("Publishing failed and was undone"
                    + (e instanceof Database.DatabaseException d ? ": " + plain(d.sqlException()) : ".")
                    + " The live version is unchanged; try again in a moment.", List.of());
        }
        drop(app.schema());
    }

    private void build(App app, MigrationPlan plan, String script) {
        try {
            database.inTransaction(c -> {
                run(c, MigrationSql.step(script, "create"));
                return null;
            });
            database.inTransaction(c -> {
                run(c, MigrationSql.step(script, "copy"));
                return null;
            });
            database.inTransaction(c -> {
                run(c, MigrationSql.step(script, "finish"));
                return null;
            });
        } catch (Database.DatabaseException e) {
            throw new MigrationFailed("The new version could not be built from the records: " + plain(e.sqlException())
                    + " Nothing was changed.", List.of());
        }
        String schema = script.substring(script.indexOf("CREATE SCHEMA ") + 14, script.indexOf(';')).replace("\"", "").strip();
        database.inTransaction(c -> {
            List<FieldError> wrong = new ArrayList<>();
            for (MigrationPlan.TableCopy copy : plan.copies()) {
                long target = count(c, "SELECT COUNT(*) FROM " + SqlNames.table(schema, copy.table()));
                if (copy.source() != null) {
                    long source = count(c, "SELECT COUNT(*) FROM " + SqlNames.table(app.schema(), copy.source()));
                    if (source != target) {
                        wrong.add(new FieldError(copy.table(), copy.table() + " has " + target + " records instead of " + source + "."));
                    }
                }
                long next = count(c, "SELECT COALESCE(MAX(\"id\"), 0) + 1 FROM " + SqlNames.table(schema, copy.table()));
                try (Statement st = c.createStatement()) {
                    st.execute("ALTER TABLE " + SqlNames.table(schema, copy.table()) + " ALTER COLUMN \"id\" RESTART WITH " + next);
                }
            }
            if (!wrong.isEmpty()) {
                throw new MigrationFailed("The new version lost records while being built; nothing was changed.", wrong);
            }
            return null;
        });
    }

    /**
     * After a crash in the middle of publishing: unfreezes every table (the live version keeps
     * serving) and drops version schemas that no app points to (half-built or stale copies).
     */
    void recover() {
        List<String[]> triggers = database.inTransaction(c -> {
            List<String[]> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT TRIGGER_SCHEMA, TRIGGER_NAME FROM "
                    + "INFORMATION_SCHEMA.TRIGGERS WHERE TRIGGER_NAME LIKE 'frozen\\_%' ESCAPE '\\'")) {
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            return out;
        });
        for (String[] t : triggers) {
            if (SqlNames.isAppSchema(t[0]) && t[1].matches("frozen_[a-z][a-z0-9_]*")) {
                System.err.println("toolsmith: unfreezing " + t[0] + "." + t[1] + ", left by a publication that did not finish");
                database.inTransaction(c -> {
                    try (Statement st = c.createStatement()) {
                        st.execute("DROP TRIGGER IF EXISTS " + SqlNames.schema(t[0]) + "." + SqlNames.quote(t[1]));
                    }
                    return null;
                });
            }
        }
        List<String> stale = database.inTransaction(c -> {
            List<String> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA "
                    + "WHERE SCHEMA_NAME LIKE 'APP\\_%\\_V%' ESCAPE '\\' AND SCHEMA_NAME NOT IN (SELECT SCHEMA_NAME FROM TOOLSMITH.APPS)")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
        stale.stream().filter(SqlNames::isAppSchema).forEach(this::drop);
    }

    void freeze(App app, boolean on) {
        database.inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                for (var e : app.spec().entities()) {
                    String name = SqlNames.quote("frozen_" + e.key().substring(0, Math.min(e.key().length(), 50)));
                    String trigger = SqlNames.schema(app.schema()) + "." + name;
                    st.execute(on ? "CREATE TRIGGER IF NOT EXISTS " + trigger + " BEFORE INSERT, UPDATE, DELETE ON "
                            + SqlNames.table(app.schema(), e.key()) + " FOR EACH ROW CALL '" + FrozenTable.class.getName() + "'"
                            : "DROP TRIGGER IF EXISTS " + trigger);
                }
            }
            return null;
        });
    }

    void drop(String schema) {
        database.inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA IF EXISTS " + SqlNames.schema(schema) + " CASCADE");
            }
            return null;
        });
    }

    private static void run(Connection c, String statements) throws SQLException {
        if (statements.isBlank()) {
            return;
        }
        try (Statement st = c.createStatement()) {
            st.execute(statements);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The database's complaint in a sentence, without SQL. */
    static String plain(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (state) {
            case "23505" -> "two records share a value that must be unique.";
            case "23502" -> "a record has no value for a field that becomes required.";
            case "23513" -> "a record holds a value the new version does not allow.";
            case "22018", "22007", "22003", "22001" -> "a value does not convert to its new type.";
            default -> "the database refused it (" + state + ").";
        };
    }
}
