package org.toolsmith.runtime.mail;

import io.vertx.core.Vertx;
import io.vertx.ext.mail.LoginOption;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.SMTPException;
import io.vertx.ext.mail.StartTLSOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * Delivers the outbox through the configured SMTP server: every {@link #PERIOD} (and when a test
 * calls {@link #deliverDue()}), each queued e-mail whose time has come is sent. A transient failure
 * (connection refused, a 4xx reply, a time-out) is tried again after {@link #FIRST_BACKOFF}, doubling
 * up to {@link #MAX_BACKOFF}, and given up after {@link #MAX_ATTEMPTS}; a permanent one (a 5xx reply,
 * an address that is not an e-mail address) fails at once. Each attempt is recorded on its row with
 * the error, before the next e-mail is tried. Not configured: nothing is sent and e-mails stay
 * queued. Delivery is at least once: a server that stops between the SMTP server's answer and the
 * row's update sends that e-mail again.
 */
public final class OutboxSender implements AutoCloseable {
    public static final int MAX_ATTEMPTS = 6;
    public static final Duration FIRST_BACKOFF = Duration.ofMinutes(1);
    public static final Duration MAX_BACKOFF = Duration.ofHours(1);
    static final Duration PERIOD = Duration.ofSeconds(15);
    static final Duration SEND_TIMEOUT = Duration.ofSeconds(60);
    static final int BATCH = 50;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>,;\"()\\[\\]\\\\]+@[^@\\s<>,;\"()\\[\\]\\\\]+\\.[^@\\s<>,;\"()\\[\\]\\\\]+");

    private final Vertx vertx;
    private final Outbox outbox;
    private final MailSettings settings;
    private final Clock clock;
    private final MailClient client;
    private final AtomicBoolean running = new AtomicBoolean();
    private long timer = -1;

    public OutboxSender(Vertx vertx, Outbox outbox, MailSettings settings, Clock clock) {
        this.vertx = vertx;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        this.client = settings.configured() ? MailClient.create(vertx, config(settings)) : null;
    }

    public MailSettings settings() {
        return settings;
    }

    /** Delivers what is due every {@link #PERIOD}, on a virtual thread; does nothing when no SMTP server is configured. */
    public void start() {
        if (client == null) {
            System.err.println("toolsmith: no SMTP server is configured (TOOLSMITH_SMTP_HOST); e-mails stay in the outbox");
            return;
        }
        System.err.println("toolsmith: e-mail goes through " + settings.describe());
        timer = vertx.setPeriodic(PERIOD.toMillis(), id -> Thread.ofVirtual().name("toolsmith-outbox").start(() -> {
            try {
                deliverDue();
            } catch (RuntimeException e) {
                System.err.println("toolsmith: delivering the outbox: " + e.getMessage());
            }
        }));
    }

    /**
     * Sends every queued e-mail that is due now (at most {@link #BATCH}); returns how many were sent.
     * One round at a time: a call while another runs returns 0 at once.
     */
    public int deliverDue() {
        if (client == null || !running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            int sent = 0;
            for (Outbox.Row row : outbox.due(OffsetDateTime.now(clock), BATCH)) {
                if (deliver(row)) {
                    sent++;
                }
            }
            return sent;
        } finally {
            running.set(false);
        }
    }

    private boolean deliver(Outbox.Row row) {
        String to = row.recipient().strip();
        if (!ADDRESS.matcher(to).matches()) {
            outbox.failed(row.id(), "“" + to + "” is not an e-mail address; the automation must send e-mail to an e-mail field.",
                    OffsetDateTime.now(clock));
            return false;
        }
        MailMessage message = new MailMessage().setFrom(settings.from()).setTo(to)
                .setSubject(row.subject().replaceAll("[\\r\\n]+", " ")).setText(row.body());
        try {
            client.sendMail(message).toCompletionStage().toCompletableFuture().get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            outbox.sent(row.id(), OffsetDateTime.now(clock));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outbox.retryLater(row.id(), "Interrupted while sending; it will be tried again.", OffsetDateTime.now(clock));
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            failed(row, cause);
            return false;
        }
    }

    private void failed(Outbox.Row row, Throwable cause) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String error = describe(cause);
        boolean permanent = cause instanceof SMTPException smtp && smtp.isPermanent();
        int attempt = row.attempts() + 1;
        if (permanent || attempt >= MAX_ATTEMPTS) {
            System.err.println("toolsmith: e-mail " + row.id() + " to " + row.recipient() + " failed for good: " + error);
            outbox.failed(row.id(), error, now);
        } else {
            outbox.retryLater(row.id(), error, now.plus(backoff(attempt)));
        }
    }

    /** The wait after the {@code attempt}-th failure: 1, 2, 4... minutes, at most an hour. */
    static Duration backoff(int attempt) {
        Duration d = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt - 1, 20));
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }

    private static String describe(Throwable t) {
        if (t instanceof TimeoutException) {
            return "The SMTP server did not answer within " + SEND_TIMEOUT.toSeconds() + " s.";
        }
        String message = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
        if (t instanceof SMTPException smtp) {
            return "The SMTP server answered " + smtp.getReplyCode() + ": " + smtp.getReplyMessage().strip();
        }
        return "Could not send through the SMTP server: " + message.strip();
    }

    private static MailConfig config(MailSettings s) {
        MailConfig c = new MailConfig(s.host(), s.port())
                .setStarttls(StartTLSOptions.valueOf(s.starttls().toUpperCase(Locale.ROOT)))
                .setConnectTimeout((int) Duration.ofSeconds(20).toMillis())
                .setKeepAlive(false)
                .setMaxPoolSize(1);
        if (s.username() != null) {
            c.setLogin(LoginOption.REQUIRED).setUsername(s.username()).setPassword(s.password() == null ? "" : s.password());
        } else {
            c.setLogin(LoginOption.DISABLED);
        }
        return c;
    }

    @Override
    public void close() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        if (client != null) {
            client.close();
        }
    }
}
