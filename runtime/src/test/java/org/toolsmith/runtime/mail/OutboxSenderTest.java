package org.toolsmith.runtime.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.toolsmith.runtime.MutableClock;
import org.toolsmith.runtime.system.Database;

/** The outbox delivered to a small SMTP server on loopback, with a clock the test moves for the backoff. */
class OutboxSenderTest {
    private static int counter;
    private Database db;
    private Vertx vertx;
    private TinySmtpServer smtp;
    private MutableClock clock;
    private Outbox outbox;

    @BeforeEach
    void start() throws Exception {
        db = Database.inMemory("outbox_" + (++counter));
        vertx = Vertx.vertx();
        smtp = new TinySmtpServer("mailer", "s3cret");
        clock = new MutableClock(Instant.parse("2026-03-10T07:00:00Z"), ZoneOffset.UTC);
        outbox = new Outbox(db);
    }

    @AfterEach
    void stop() throws Exception {
        smtp.close();
        vertx.close().toCompletionStage().toCompletableFuture().get();
        db.close();
    }

    private OutboxSender sender(int port) {
        return new OutboxSender(vertx, outbox, new MailSettings("127.0.0.1", port, "mailer", "s3cret", "tools@example.org", "disabled"),
                clock);
    }

    private long queue(String to, String subject, String body) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO TOOLSMITH.OUTBOX (APP_ID, RECIPIENT, SUBJECT, BODY) VALUES (1, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, to);
                ps.setString(2, subject);
                ps.setString(3, body);
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private String[] state(long id) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT STATUS, ATTEMPTS, LAST_ERROR, SENT_AT FROM TOOLSMITH.OUTBOX WHERE ID = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new String[] {rs.getString(1), String.valueOf(rs.getInt(2)), rs.getString(3), rs.getString(4)};
                }
            }
        });
    }

    @Test
    void sends_a_queued_email_with_login_and_marks_it_sent() {
        long id = queue("ann@example.org", "Reminder: Loan", "The due date is in 2 days.");
        try (OutboxSender sender = sender(smtp.port())) {
            assertEquals(1, sender.deliverDue());
        }
        assertEquals(List.of("mailer:s3cret"), smtp.logins());
        assertEquals(1, smtp.received().size());
        TinySmtpServer.Received mail = smtp.received().get(0);
        assertEquals("<tools@example.org>", mail.from());
        assertEquals(List.of("<ann@example.org>"), mail.to());
        assertTrue(mail.data().contains("Subject: Reminder: Loan"), mail.data());
        assertTrue(mail.data().contains("The due date is in 2 days."), mail.data());
        String[] s = state(id);
        assertEquals("sent", s[0]);
        assertEquals("1", s[1]);
        assertTrue(s[3] != null && s[3].startsWith("2026-03-10 07:00"), s[3]);
        assertEquals(new Outbox.Summary(0, 1, 0), outbox.summary());
    }

    @Test
    void a_temporary_refusal_is_recorded_and_tried_again_only_after_the_backoff() {
        long id = queue("bob@example.org", "Hello", "Body");
        smtp.answerNextMailWith("451 4.3.0 Mailbox busy, try later");
        try (OutboxSender sender = sender(smtp.port())) {
            assertEquals(0, sender.deliverDue());
            String[] s = state(id);
            assertEquals("queued", s[0]);
            assertEquals("1", s[1]);
            assertTrue(s[2].contains("451") && s[2].contains("Mailbox busy"), s[2]);

            assertEquals(0, sender.deliverDue(), "not before the backoff");
            assertEquals(0, smtp.received().size());

            clock.advance(OutboxSender.FIRST_BACKOFF);
            assertEquals(1, sender.deliverDue());
        }
        assertEquals("sent", state(id)[0]);
        assertEquals("2", state(id)[1]);
        assertEquals(1, smtp.received().size());
    }

    @Test
    void a_permanent_refusal_marks_the_email_failed_with_the_servers_answer() {
        long id = queue("nobody@example.org", "Hello", "Body");
        long next = queue("ann@example.org", "Next", "Body");
        smtp.answerNextMailWith("550 5.1.1 No such user here");
        try (OutboxSender sender = sender(smtp.port())) {
            assertEquals(1, sender.deliverDue(), "the next e-mail still goes");
        }
        String[] s = state(id);
        assertEquals("failed", s[0]);
        assertTrue(s[2].contains("550") && s[2].contains("No such user"), s[2]);
        assertEquals("sent", state(next)[0]);
        assertTrue(outbox.requeue(id), "an admin may queue it again");
        assertEquals("queued", state(id)[0]);
    }

    @Test
    void an_unreachable_server_keeps_the_email_queued_until_the_attempts_run_out() throws Exception {
        long id = queue("ann@example.org", "Hello", "Body");
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        try (OutboxSender sender = sender(closedPort)) {
            for (int attempt = 1; attempt < OutboxSender.MAX_ATTEMPTS; attempt++) {
                sender.deliverDue();
                String[] s = state(id);
                assertEquals("queued", s[0], "attempt " + attempt);
                assertEquals(String.valueOf(attempt), s[1]);
                assertTrue(s[2].startsWith("Could not send through the SMTP server"), s[2]);
                clock.advance(OutboxSender.MAX_BACKOFF);
            }
            sender.deliverDue();
        }
        assertEquals("failed", state(id)[0]);
        assertEquals(String.valueOf(OutboxSender.MAX_ATTEMPTS), state(id)[1]);
    }

    @Test
    void a_recipient_that_is_not_an_address_fails_at_once_with_a_message() {
        long id = queue("ada", "Hello", "Body");
        try (OutboxSender sender = sender(smtp.port())) {
            assertEquals(0, sender.deliverDue());
        }
        assertEquals("failed", state(id)[0]);
        assertTrue(state(id)[2].contains("not an e-mail address"), state(id)[2]);
        assertEquals(0, smtp.received().size());
    }

    @Test
    void without_an_smtp_server_emails_stay_queued() {
        long id = queue("ann@example.org", "Hello", "Body");
        try (OutboxSender sender = new OutboxSender(vertx, outbox, MailSettings.none(), clock)) {
            assertEquals(0, sender.deliverDue());
        }
        assertEquals("queued", state(id)[0]);
        assertEquals("0", state(id)[1]);
        assertNull(state(id)[2]);
    }

    @Test
    void backoff_doubles_up_to_an_hour() {
        assertEquals(Duration.ofMinutes(1), OutboxSender.backoff(1));
        assertEquals(Duration.ofMinutes(4), OutboxSender.backoff(3));
        assertEquals(Duration.ofHours(1), OutboxSender.backoff(12));
    }
}
