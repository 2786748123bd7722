package org.toolsmith.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolsmith.runtime.PageClient.Page;
import org.toolsmith.runtime.ServerFixture.Reply;
import org.toolsmith.runtime.mail.TinySmtpServer;

/**
 * What an admin sets for an app's logic, on a real server: the time limits of its scripts, and the
 * e-mail outbox delivered through an SMTP server (a small one on loopback, configured in the data
 * folder's {@code smtp.properties}).
 */
class LogicSettingsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Busy for about 300 ms of wall clock, in few statements (each split is one). */
    static final String SLOW = "const end = Date.now() + 300; const s = 'x'.repeat(2000); let n = 0;\\n"
            + "while (Date.now() < end) { n += s.split('').length; }\\n";

    @TempDir
    static Path data;
    static TinySmtpServer smtp;
    static ToolsmithServer server;
    static ServerFixture api;
    static String slug;

    @BeforeAll
    static void start() throws Exception {
        smtp = new TinySmtpServer(null, null);
        Files.writeString(data.resolve("smtp.properties"), "host=127.0.0.1\nport=" + smtp.port() + "\nfrom=tools@example.org\nstarttls=disabled\n");
        server = ToolsmithServer.start(ServerFixture.config(data), new MutableClock(Instant.parse("2026-03-10T07:00:00Z"), ZoneOffset.UTC));
        api = ServerFixture.attach(server);
        JsonNode spec = JSON.readTree("""
                {"spec": 1, "name": "Chores", "entities": [
                  {"key": "chore", "name": "Chore", "plural": "Chores", "fields": [
                    {"key": "title", "label": "Title", "type": "text"}, {"key": "careful", "label": "Careful", "type": "boolean"},
                    {"key": "owner", "label": "Owner", "type": "email"}]}],
                 "rules": [{"key": "careful", "entity": "chore", "name": "Careful check", "message": "never refused",
                            "script": "if (!record.careful) return true;\\n%s return true;"}],
                 "actions": [{"key": "slow", "entity": "chore", "label": "Think hard", "roles": ["everyone"],
                              "script": "%s return result().set({title: 'thought'});"},
                             {"key": "ponder", "entity": "chore", "label": "Ponder", "roles": ["everyone"],
                              "script": "%s return null;"}],
                 "automations": [{"key": "tell", "entity": "chore", "name": "Tell the owner", "on": "create",
                                  "script": "if (!record.owner) return null; return result().notify(record.owner, 'New chore: ' + record.title, {channel: 'email', subject: 'Chore'});"}]}
                """.formatted(SLOW, SLOW, SLOW.replace("300", "1500")));
        Reply r = api.post("/api/apps", "{\"spec\": " + spec + "}");
        assertEquals(201, r.status(), r.body());
        slug = r.json().get("slug").asText();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        smtp.close();
    }

    private Reply limits(String body) {
        return api.put("/api/apps/" + slug + "/script-limits", body);
    }

    @Test
    void a_button_slower_than_a_lowered_limit_fails_with_a_clear_message_and_passes_after_raising_it() {
        long id = api.post("/api/apps/" + slug + "/chore", "{\"title\": \"Button\"}").json().get("id").asLong();
        assertEquals(100, limits("{\"longMs\": 100}").json().get("longMs").asInt());
        Reply slow = api.post("/api/apps/" + slug + "/chore/" + id + "/actions/slow", "{}");
        assertEquals(422, slow.status(), slow.body());
        assertTrue(slow.body().contains("The button “Think hard” could not run: The script took longer than 100 ms and was stopped")
                && slow.body().contains("too slow"), slow.body());
        assertEquals("Button", api.get("/api/apps/" + slug + "/chore/" + id).json().get("title").asText(), "nothing was changed");

        assertEquals(10_000, limits("{\"longMs\": 10000}").json().get("longMs").asInt());
        Reply done = api.post("/api/apps/" + slug + "/chore/" + id + "/actions/slow", "{}");
        assertEquals(200, done.status(), done.body());
        assertEquals("thought", done.json().get("title").asText());
    }

    @Test
    void a_rule_slower_than_a_lowered_limit_refuses_the_save_and_passes_after_raising_it() {
        assertEquals(200, limits("{\"quickMs\": 20}").status());
        Reply refused = api.post("/api/apps/" + slug + "/chore", "{\"title\": \"Rule\", \"careful\": true}");
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("The rule “Careful check” could not run: The script took longer than 20 ms"), refused.body());
        assertEquals(200, limits("{\"quickMs\": 1000}").status());
        Reply saved = api.post("/api/apps/" + slug + "/chore", "{\"title\": \"Rule\", \"careful\": true}");
        assertEquals(201, saved.status(), saved.body());
        assertEquals(200, limits("{\"quickMs\": 50}").status());
    }

    @Test
    void a_long_button_does_not_hold_back_other_requests_on_the_same_connection() throws Exception {
        long id = api.post("/api/apps/" + slug + "/chore", "{\"title\": \"Patience\"}").json().get("id").asLong();
        Reply first = api.get("/api/apps/" + slug + "/chore/" + id);
        assertEquals(java.net.http.HttpClient.Version.HTTP_2, first.response().version(),
                "one HTTP/2 connection: every request goes to the same verticle, so holding it would show");
        assertEquals(200, limits("{\"longMs\": 10000}").status());
        java.util.concurrent.atomic.AtomicBoolean pressed = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.CompletableFuture<Reply> press = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            Reply r = api.post("/api/apps/" + slug + "/chore/" + id + "/actions/ponder", "{}");
            pressed.set(true);
            return r;
        });
        // the button thinks for about 1.5 s; meanwhile other requests on the same connection are answered
        int answeredWhilePressing = 0;
        while (!press.isDone()) {
            Reply other = api.get("/api/apps/" + slug + "/chore/" + id);
            assertEquals(200, other.status(), other.body());
            if (!pressed.get()) {
                answeredWhilePressing++;
            }
        }
        assertEquals(200, press.get().status(), press.get().body());
        assertTrue(answeredWhilePressing >= 3, "other requests answered while the button ran: " + answeredWhilePressing);
        assertEquals(200, limits("{\"longMs\": 2000}").status());
    }

    @Test
    void limits_out_of_bounds_or_set_by_others_than_admins_are_refused() {
        Reply low = limits("{\"quickMs\": 1}");
        assertEquals(422, low.status(), low.body());
        assertTrue(low.body().contains("between 10 and 1000 ms"), low.body());
        Reply high = limits("{\"longMs\": 600000}");
        assertEquals(422, high.status(), high.body());
        assertTrue(high.body().contains("between 100 and 30000 ms"), high.body());
        assertEquals(422, limits("{\"longMs\": \"fast\"}").status());
        assertEquals(201, api.post("/api/users", "{\"login\": \"bo\", \"name\": \"Bo\", \"password\": \"bo-password-123\", "
                + "\"roles\": [\"builder\"], \"groups\": []}").status());
        Reply token = api.as(null).post("/api/tokens", "{\"login\": \"bo\", \"password\": \"bo-password-123\", \"name\": \"t\"}");
        assertEquals(201, token.status(), token.body());
        Reply notAdmin = api.as(token.json().get("token").asText()).put("/api/apps/" + slug + "/script-limits", "{\"longMs\": 500}");
        assertEquals(403, notAdmin.status(), notAdmin.body());
        JsonNode now = api.get("/api/apps/" + slug + "/script-limits").json();
        assertTrue(now.get("quickMs").asInt() >= 10 && now.get("longMs").asInt() >= 100, now.toString());
    }

    @Test
    void the_admin_page_changes_an_apps_limits_and_keeps_what_was_typed_when_refused() {
        PageClient web = new PageClient(server.port());
        Page page = web.get("/admin/scripts");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Chores"), page.body());
        Page refused = web.post("/admin/scripts/" + slug, Map.of("quickMs", "5", "longMs", "2000"));
        assertEquals(422, refused.status());
        assertTrue(refused.body().contains("between 10 and 1000 ms"), refused.body());
        assertEquals("5", refused.one("input[form=limits-" + slug + "][name=quickMs]").val());
        Page saved = web.post("/admin/scripts/" + slug, Map.of("quickMs", "80", "longMs", "3000"));
        assertEquals(200, saved.status(), saved.body());
        JsonNode now = api.get("/api/apps/" + slug + "/script-limits").json();
        assertEquals(80, now.get("quickMs").asInt());
        assertEquals(3000, now.get("longMs").asInt());
        assertEquals(200, limits("{\"quickMs\": 50, \"longMs\": 2000}").status());
        assertTrue(api.get("/api/apps/" + slug + "/script-limits").json().get("default").asBoolean());
    }

    @Test
    void an_email_from_an_automation_is_delivered_through_smtp_and_shown_sent() {
        assertEquals(201, api.post("/api/apps/" + slug + "/chore", "{\"title\": \"Water plants\", \"owner\": \"ann@example.org\"}").status());
        assertEquals(1, api.get("/api/admin/outbox").json().get("queued").asInt());
        assertTrue(server.mail().deliverDue() >= 1);
        TinySmtpServer.Received mail = smtp.received().stream().filter(m -> m.data().contains("New chore: Water plants")).findFirst()
                .orElseThrow(() -> new AssertionError(smtp.received().toString()));
        assertEquals(List.of("<ann@example.org>"), mail.to());
        JsonNode outbox = api.get("/api/admin/outbox").json();
        assertEquals(0, outbox.get("queued").asInt(), outbox.toString());
        assertTrue(outbox.get("configured").asBoolean());
        Page notes = new PageClient(server.port()).get("/apps/" + slug + "/_notifications");
        assertTrue(notes.doc().select("ul.outbox li").eachText().contains("To ann@example.org (sent): Chore New chore: Water plants"),
                notes.body());
        Page admin = new PageClient(server.port()).get("/admin/outbox");
        assertTrue(admin.body().contains("127.0.0.1:" + smtp.port()), admin.body());
    }
}
