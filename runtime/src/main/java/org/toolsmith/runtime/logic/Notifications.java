package org.toolsmith.runtime.logic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.toolsmith.runtime.system.Database;

/**
 * In-app notifications and the e-mail outbox. Scripts add to both inside the transaction of the
 * write that triggered them; pages read notifications; {@code mail.OutboxSender} delivers the outbox
 * and records each e-mail's state. Thread-safe.
 */
public final class Notifications {
    public static final int MAX_RECIPIENT = 320;
    public static final int MAX_MESSAGE = 2000;
    public static final int MAX_SUBJECT = 200;
    static final int PAGE = 200;

    private final Database database;

    public Notifications(Database database) {
        this.database = database;
    }

    /** One in-app notification. */
    public record Notice(long id, String recipient, String message, String source, String entity, Long recordId,
                         OffsetDateTime createdAt) {
    }

    /** One e-mail in the outbox: {@code status} queued, sent or failed, with the last delivery error if any. */
    public record Mail(long id, String recipient, String subject, String body, OffsetDateTime sentAt, String status,
                       String lastError) {
    }

    static void notice(Connection c, long appId, String recipient, String message, String source, String entity,
                       Long recordId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO TOOLSMITH.NOTIFICATIONS "
                + "(APP_ID, RECIPIENT, MESSAGE, SOURCE, ENTITY, RECORD_ID) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, appId);
            ps.setString(2, clip(recipient, MAX_RECIPIENT));
            ps.setString(3, clip(message, MAX_MESSAGE));
            ps.setString(4, clip(source, 200));
            ps.setString(5, entity);
            ps.setObject(6, recordId);
            ps.executeUpdate();
        }
    }

    static void mail(Connection c, long appId, String recipient, String subject, String body) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO TOOLSMITH.OUTBOX (APP_ID, RECIPIENT, SUBJECT, BODY) "
                + "VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, appId);
            ps.setString(2, clip(recipient, MAX_RECIPIENT));
            ps.setString(3, clip(subject, MAX_SUBJECT));
            ps.setString(4, clip(body, MAX_MESSAGE));
            ps.executeUpdate();
        }
    }

    /** The app's newest notifications (at most 200). */
    public List<Notice> latest(long appId) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT ID, RECIPIENT, MESSAGE, SOURCE, ENTITY, RECORD_ID, CREATED_AT "
                    + "FROM TOOLSMITH.NOTIFICATIONS WHERE APP_ID = ? ORDER BY ID DESC LIMIT " + PAGE)) {
                ps.setLong(1, appId);
                List<Notice> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long rid = rs.getLong(6);
                        Long recordId = rs.wasNull() ? null : rid;
                        list.add(new Notice(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), recordId, rs.getObject(7, OffsetDateTime.class)));
                    }
                }
                return list;
            }
        });
    }

    /** The app's outbox, newest first (at most 200). */
    public List<Mail> outbox(long appId) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT ID, RECIPIENT, SUBJECT, BODY, SENT_AT, STATUS, LAST_ERROR "
                    + "FROM TOOLSMITH.OUTBOX WHERE APP_ID = ? ORDER BY ID DESC LIMIT " + PAGE)) {
                ps.setLong(1, appId);
                List<Mail> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new Mail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getObject(5, OffsetDateTime.class), rs.getString(6), rs.getString(7)));
                    }
                }
                return list;
            }
        });
    }

    private static String clip(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }
}
