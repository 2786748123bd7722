package org.toolsmith.runtime.logic;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.toolsmith.runtime.system.Database;
import org.toolsmith.runtime.system.RequestException;
import org.toolsmith.runtime.system.RequestException.FieldError;
import org.toolsmith.sandbox.ScriptKind;

/**
 * Each app's wall-clock limits for its scripts, set by an admin: one for rules and computed values
 * ("quick", default {@value #DEFAULT_QUICK_MS} ms), one for buttons and automations ("long", default
 * {@value #DEFAULT_LONG_MS} ms), kept in {@code TOOLSMITH.SCRIPT_LIMITS} and cached. Thread-safe.
 * A value out of bounds is refused with a 422 naming the field.
 */
public final class ScriptLimits {
    public static final int DEFAULT_QUICK_MS = 50;
    public static final int DEFAULT_LONG_MS = 2000;
    public static final int MIN_QUICK_MS = 10;
    public static final int MAX_QUICK_MS = 1000;
    public static final int MIN_LONG_MS = 100;
    public static final int MAX_LONG_MS = 30_000;

    /** One app's limits, in milliseconds. */
    public record Limits(int quickMs, int longMs) {
        public static final Limits DEFAULTS = new Limits(DEFAULT_QUICK_MS, DEFAULT_LONG_MS);

        public Duration of(ScriptKind kind) {
            return Duration.ofMillis(kind == ScriptKind.RULE || kind == ScriptKind.COMPUTED ? quickMs : longMs);
        }

        public boolean isDefault() {
            return equals(DEFAULTS);
        }
    }

    private final Database database;
    private final Map<Long, Limits> cache = new ConcurrentHashMap<>();

    /** {@code database} null keeps the limits in memory only (tests of the logic alone). */
    public ScriptLimits(Database database) {
        this.database = database;
    }

    public Limits of(long appId) {
        if (database == null) {
            return cache.getOrDefault(appId, Limits.DEFAULTS);
        }
        return cache.computeIfAbsent(appId, id -> database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT QUICK_MS, LONG_MS FROM TOOLSMITH.SCRIPT_LIMITS WHERE APP_ID = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new Limits(rs.getInt(1), rs.getInt(2)) : Limits.DEFAULTS;
                }
            }
        }));
    }

    /** Checks both limits against their bounds, then keeps them; {@code by} is the admin's login, for the record. */
    public Limits set(long appId, int quickMs, int longMs, String by) {
        check(quickMs, longMs);
        Limits limits = new Limits(quickMs, longMs);
        if (database != null) {
            database.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("MERGE INTO TOOLSMITH.SCRIPT_LIMITS (APP_ID, QUICK_MS, LONG_MS, CHANGED_BY, "
                        + "CHANGED_AT) KEY (APP_ID) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
                    ps.setLong(1, appId);
                    ps.setInt(2, quickMs);
                    ps.setInt(3, longMs);
                    ps.setString(4, by == null ? null : by.length() > 200 ? by.substring(0, 200) : by);
                    ps.executeUpdate();
                }
                return null;
            });
        }
        cache.put(appId, limits);
        return limits;
    }

    static void check(int quickMs, int longMs) {
        if (quickMs < MIN_QUICK_MS || quickMs > MAX_QUICK_MS) {
            throw RequestException.invalid("The time limit for rules and computed values must be between " + MIN_QUICK_MS
                    + " and " + MAX_QUICK_MS + " ms.", List.of(new FieldError("quickMs", "Between " + MIN_QUICK_MS + " and "
                    + MAX_QUICK_MS + " ms.")));
        }
        if (longMs < MIN_LONG_MS || longMs > MAX_LONG_MS) {
            throw RequestException.invalid("The time limit for buttons and automations must be between " + MIN_LONG_MS
                    + " and " + MAX_LONG_MS + " ms.", List.of(new FieldError("longMs", "Between " + MIN_LONG_MS + " and "
                    + MAX_LONG_MS + " ms.")));
        }
    }
}
