package org.toolsmith.runtime.logic;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.apps.AppRegistry;
import org.toolsmith.runtime.records.RecordStore;
import org.toolsmith.runtime.system.RequestException;
import org.toolsmith.spec.Automation;
import org.toolsmith.spec.Entity;

/**
 * Runs scheduled automations ("every weekday at 08:00", in the clock's time zone) once per record of
 * their record kind, each record in its own transaction. {@link #tick()} runs what fell due since the
 * previous tick (once, however many times it fell due); {@link #start()} ticks every
 * {@value #PERIOD_SECONDS} seconds. The clock is injected, so tests move time and call {@code tick()}.
 * A failure is logged and shown as an in-app notification; it never stops the scheduler.
 */
public final class Scheduler implements AutoCloseable {
    static final long PERIOD_SECONDS = 30;
    static final String ACTOR = "automation";

    private final AppRegistry apps;
    private final RecordStore store;
    private final Logic logic;
    private Instant last;
    private ScheduledExecutorService timer;

    public Scheduler(AppRegistry apps, RecordStore store, Logic logic) {
        this.apps = apps;
        this.store = store;
        this.logic = logic;
        this.last = logic.clock().instant();
    }

    public synchronized void start() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("toolsmith-scheduler").factory());
            timer.scheduleAtFixedRate(this::tickSafely, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
        }
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            System.err.println("toolsmith: scheduler: " + e);
        }
    }

    /** Runs every scheduled automation that fell due since the last tick; returns how many scripts ran. */
    public synchronized int tick() {
        Instant now = logic.clock().instant();
        Instant from = last;
        last = now;
        int ran = 0;
        for (App app : apps.list()) {
            for (Automation a : app.spec().automations()) {
                if (!"schedule".equals(a.on()) || a.schedule() == null) {
                    continue;
                }
                var zone = logic.clock().getZone();
                Optional<ZonedDateTime> due = due(a.schedule(), from.atZone(zone), now.atZone(zone));
                if (due.isPresent()) {
                    ran += runAll(app, a, due.get().toOffsetDateTime());
                }
            }
        }
        return ran;
    }

    private int runAll(App app, Automation a, OffsetDateTime at) {
        Entity entity = app.spec().entity(a.entity()).orElse(null);
        if (entity == null) {
            return 0;
        }
        List<Map<String, Object>> records = store.write(ACTOR, w -> w.all(app, entity));
        int ran = 0;
        for (Map<String, Object> record : records) {
            try {
                store.write(ACTOR, w -> {
                    logic.scheduled(w, app, entity, a, record, at);
                    return null;
                });
                ran++;
            } catch (RequestException | org.toolsmith.runtime.system.Database.DatabaseException e) {
                String message = "The automation “" + a.name() + "” did not run for " + entity.name() + " " + record.get("id")
                        + ": " + e.getMessage();
                System.err.println("toolsmith: " + app.slug() + ": " + message);
                try {
                    store.write(ACTOR, w -> {
                        Notifications.notice(w.connection(), app.id(), "builder", message, a.name(), entity.key(),
                                ((Number) record.get("id")).longValue());
                        return null;
                    });
                } catch (RuntimeException ignored) {
                    // the log line above is all that is left
                }
            }
        }
        return ran;
    }

    /** The latest time in (from, to] when the schedule falls, if any (a long gap is searched back 8 days at most). */
    static Optional<ZonedDateTime> due(Automation.Schedule schedule, ZonedDateTime from, ZonedDateTime to) {
        LocalTime at = LocalTime.parse(schedule.at());
        LocalDate first = from.toLocalDate().isBefore(to.toLocalDate().minusDays(8)) ? to.toLocalDate().minusDays(8) : from.toLocalDate();
        for (LocalDate day = to.toLocalDate(); !day.isBefore(first); day = day.minusDays(1)) {
            ZonedDateTime when = day.atTime(at).atZone(to.getZone());
            if (matches(schedule.every(), day.getDayOfWeek()) && when.isAfter(from) && !when.isAfter(to)) {
                return Optional.of(when);
            }
        }
        return Optional.empty();
    }

    static boolean matches(String every, DayOfWeek day) {
        return switch (every) {
            case "day" -> true;
            case "weekday" -> day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
            default -> day.name().toLowerCase(Locale.ROOT).equals(every);
        };
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
