package org.toolsmith.runtime.review;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.toolsmith.runtime.system.Database;

/**
 * Empties the archive of removed fields: values kept {@link #KEPT} after their field was removed
 * (restorable until then) are deleted for good, at start and once a day. "Now" comes from the
 * clock, so tests move it; each purge that deletes something writes one audit entry.
 */
public final class ArchivePurge implements AutoCloseable {
    /** How long removed values stay restorable; the migration writes each row's EXPIRES_AT this far ahead. */
    public static final Duration KEPT = Duration.ofDays(30);

    private final Database database;
    private final Clock clock;
    private ScheduledExecutorService timer;

    public ArchivePurge(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Purges now, then every day; a purge that fails is logged and tried again the next day. */
    public synchronized void start() {
        runLogged();
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("toolsmith-archive-purge").factory());
        timer.scheduleAtFixedRate(this::runLogged, 1, 1, TimeUnit.DAYS);
    }

    /** Deletes the archived values whose 30 days are over at the clock's now; returns how many. */
    public int purge() {
        return database.inTransaction(c -> {
            int n;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM TOOLSMITH.FIELD_ARCHIVE WHERE EXPIRES_AT <= ?")) {
                ps.setObject(1, clock.instant().atOffset(ZoneOffset.UTC));
                n = ps.executeUpdate();
            }
            if (n > 0) {
                AuditLog.append(c, "toolsmith", "archive_purged", null, null,
                        n + (n == 1 ? " archived value" : " archived values") + " of removed fields, kept " + KEPT.toDays() + " days, deleted for good");
            }
            return n;
        });
    }

    private void runLogged() {
        try {
            purge();
        } catch (RuntimeException e) {
            System.err.println("toolsmith: purging the archive of removed fields failed; trying again tomorrow: " + e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
