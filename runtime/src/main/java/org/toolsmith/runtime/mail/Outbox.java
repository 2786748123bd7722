package org.toolsmith.runtime.mail;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.toolsmith.runtime.system.Database;

/**
 * The delivery state of {@code TOOLSMITH.OUTBOX}: rows are {@code queued} until sent ({@code sent})
 * or given up ({@code failed}, with the last error). A row is only ever updated, never deleted, so
 * an e-mail is never lost; an admin may queue a failed one again. Thread-safe.
 */
public final class Outbox {
    public static final String QUEUED = "queued";
    public static final String SENT = "sent";
    public static final String FAILED = "failed";
    static final int MAX_ERROR = 500;

    private final Database database;

    public Outbox(Database database) {
        this.database = database;
    }

    /** One e-mail with its delivery state; {@code app} is the app's name (or its id when it is gone). */
    public record Row(long id, String app, String recipient, String subject, String body, String status, int attempts,
                      String lastError, OffsetDateTime createdAt, OffsetDateTime nextAttemptAt) {
    }

    /** How many e-mails are in each state. */
    public record Summary(long queued, long sent, long failed) {
    }

    /** Queued e-mails whose next attempt is due at {@code now}, oldest first. */
    List<Row> due(OffsetDateTime now, int max) {
        return query("WHERE O.STATUS = 'queued' AND (O.NEXT_ATTEMPT_AT IS NULL OR O.NEXT_ATTEMPT_AT <= ?) ORDER BY O.ID LIMIT " + max,
                now);
    }

    /** E-mails that are waiting or failed, newest first (at most {@code max}), for the admin. */
    public List<Row> pending(int max) {
        return query("WHERE O.STATUS <> 'sent' ORDER BY O.ID DESC LIMIT " + max, null);
    }

    public Summary summary() {
        return database.inTransaction(c -> {
            long queued = 0;
            long sent = 0;
            long failed = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT STATUS, COUNT(*) FROM TOOLSMITH.OUTBOX GROUP BY STATUS");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    switch (rs.getString(1)) {
                        case SENT -> sent = rs.getLong(2);
                        case FAILED -> failed = rs.getLong(2);
                        default -> queued += rs.getLong(2);
                    }
                }
            }
            return new Summary(queued, sent, failed);
        });
    }

    void sent(long id, OffsetDateTime at) {
        update("UPDATE TOOLSMITH.OUTBOX SET STATUS = 'sent', SENT_AT = ?, ATTEMPTS = ATTEMPTS + 1, NEXT_ATTEMPT_AT = NULL "
                + "WHERE ID = ?", at, id);
    }

    /** A failed attempt that will be tried again at {@code next}. */
    void retryLater(long id, String error, OffsetDateTime next) {
        update("UPDATE TOOLSMITH.OUTBOX SET ATTEMPTS = ATTEMPTS + 1, LAST_ERROR = ?, NEXT_ATTEMPT_AT = ? WHERE ID = ?",
                clip(error), next, id);
    }

    /** A failed attempt after which the e-mail is given up. */
    void failed(long id, String error, OffsetDateTime at) {
        update("UPDATE TOOLSMITH.OUTBOX SET STATUS = 'failed', ATTEMPTS = ATTEMPTS + 1, LAST_ERROR = ?, FAILED_AT = ?, "
                + "NEXT_ATTEMPT_AT = NULL WHERE ID = ?", clip(error), at, id);
    }

    /** Queues a failed e-mail again, to be tried at the next delivery round; false when it was not failed. */
    public boolean requeue(long id) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE TOOLSMITH.OUTBOX SET STATUS = 'queued', ATTEMPTS = 0, "
                    + "NEXT_ATTEMPT_AT = NULL, FAILED_AT = NULL WHERE ID = ? AND STATUS = 'failed'")) {
                ps.setLong(1, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    private List<Row> query(String where, OffsetDateTime param) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT O.ID, COALESCE(A.NAME, CAST(O.APP_ID AS VARCHAR)), O.RECIPIENT, "
                    + "O.SUBJECT, O.BODY, O.STATUS, O.ATTEMPTS, O.LAST_ERROR, O.CREATED_AT, O.NEXT_ATTEMPT_AT FROM TOOLSMITH.OUTBOX O "
                    + "LEFT JOIN TOOLSMITH.APPS A ON A.ID = O.APP_ID " + where)) {
                if (param != null) {
                    ps.setObject(1, param);
                }
                List<Row> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getInt(7), rs.getString(8), rs.getObject(9, OffsetDateTime.class),
                                rs.getObject(10, OffsetDateTime.class)));
                    }
                }
                return rows;
            }
        });
    }

    private void update(String sql, Object... params) {
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static String clip(String s) {
        String text = s == null || s.isBlank() ? "unknown error" : s.strip();
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }
}
