package org.toolsmith.runtime.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.toolsmith.runtime.system.Database;

/**
 * The audit log: who drafted, edited, submitted, approved, published, restored and exported what,
 * when, with the version. Append-only: this class has no way to change or delete an entry.
 */
public final class AuditLog {
    public static final int MAX_ENTRIES = 1000;

    private final Database database;

    public AuditLog(Database database) {
        this.database = database;
    }

    /** One entry. {@code app} is the app's slug, or null. */
    public record Entry(long id, Instant at, String actor, String action, String app, Integer version, String detail) {
    }

    /** Filters; null means any. */
    public record Query(String app, String actor, Instant since, String action) {
    }

    public void append(String actor, String action, String app, Integer version, String detail) {
        database.inTransaction(c -> {
            append(c, actor, action, app, version, detail);
            return null;
        });
    }

    /** Appends within the caller's transaction, so the entry and what it records commit together. */
    static void append(Connection c, String actor, String action, String app, Integer version, String detail) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO TOOLSMITH.AUDIT_LOG (AT, ACTOR, ACTION, APP_SLUG, VERSION, DETAIL) "
                + "VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
            ps.setString(2, actor == null ? "unknown" : actor);
            ps.setString(3, action);
            ps.setString(4, app);
            ps.setObject(5, version);
            ps.setString(6, detail == null ? null : detail.length() > 4000 ? detail.substring(0, 3999) + "…" : detail);
            ps.executeUpdate();
        }
    }

    /** Entries matching the query, newest first, at most {@link #MAX_ENTRIES}. */
    public List<Entry> find(Query q) {
        StringBuilder sql = new StringBuilder("SELECT ID, AT, ACTOR, ACTION, APP_SLUG, VERSION, DETAIL FROM TOOLSMITH.AUDIT_LOG WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (q.app() != null && !q.app().isBlank()) {
            sql.append(" AND APP_SLUG = ?");
            params.add(q.app().strip());
        }
        if (q.actor() != null && !q.actor().isBlank()) {
            sql.append(" AND ACTOR = ?");
            params.add(q.actor().strip());
        }
        if (q.action() != null && !q.action().isBlank()) {
            sql.append(" AND ACTION = ?");
            params.add(q.action().strip());
        }
        if (q.since() != null) {
            sql.append(" AND AT >= ?");
            params.add(q.since().atOffset(ZoneOffset.UTC));
        }
        sql.append(" ORDER BY ID DESC FETCH FIRST ").append(MAX_ENTRIES).append(" ROWS ONLY");
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    List<Entry> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                                rs.getString(4), rs.getString(5), (Integer) rs.getObject(6), rs.getString(7)));
                    }
                    return out;
                }
            }
        });
    }

    /** The entries as CSV (RFC 4180; cells that a spreadsheet would run as a formula are prefixed with '). */
    public static String csv(List<Entry> entries) {
        StringBuilder out = new StringBuilder("at,actor,action,app,version,detail\r\n");
        for (Entry e : entries) {
            out.append(String.join(",", cell(e.at().toString()), cell(e.actor()), cell(e.action()), cell(e.app()),
                    cell(e.version() == null ? "" : e.version().toString()), cell(e.detail()))).append("\r\n");
        }
        return out.toString();
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
