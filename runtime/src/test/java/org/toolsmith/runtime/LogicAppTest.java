package org.toolsmith.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
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

/**
 * An app with rules, a computed field, a button and automations, used through its pages and the
 * API on a real server whose clock the test controls (Tuesday 10 March 2026, 07:00 UTC).
 */
class LogicAppTest {
    static final Instant START = Instant.parse("2026-03-10T07:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;
    static MutableClock clock;
    static ServerFixture api;
    static ToolsmithServer server;
    static String slug;

    @BeforeAll
    static void start() throws IOException {
        clock = new MutableClock(START, ZoneOffset.UTC);
        server = ToolsmithServer.start(ServerFixture.config(data), clock);
        api = ServerFixture.attach(server);
        slug = create(library());
        assertEquals(201, api.post("/api/apps/" + slug + "/book", "{\"title\": \"Dune\"}").status());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode library() throws IOException {
        try (InputStream in = LogicAppTest.class.getResourceAsStream("/logic/library.json")) {
            return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /**
     * Creates the app, with 1 s for its rules and computed values: these tests are about what logic
     * does, and on a busy machine a rule's first call on a fresh worker can pass the 50 ms default
     * (limits are tested in {@code LogicSettingsTest}, speed in {@code bench/logic}).
     */
    static String create(JsonNode spec) {
        Reply r = api.post("/api/apps", "{\"spec\": " + spec + "}");
        assertEquals(201, r.status(), r.body());
        String slug = r.json().get("slug").asText();
        assertEquals(200, api.put("/api/apps/" + slug + "/script-limits", "{\"quickMs\": 1000}").status());
        return slug;
    }

    static long loan(String borrower, String loanDate, String dueDate) {
        Reply r = api.post("/api/apps/" + slug + "/loan", "{\"borrower\": \"" + borrower + "\", \"book\": 1, \"loan_date\": \""
                + loanDate + "\", \"due_date\": \"" + dueDate + "\", \"status\": \"Out\"}");
        assertEquals(201, r.status(), r.body());
        return r.json().get("id").asLong();
    }

    @Test
    void a_rule_refuses_a_save_with_its_message_beside_its_field() {
        Reply r = api.post("/api/apps/" + slug + "/loan",
                "{\"borrower\": \"Ann\", \"loan_date\": \"2026-03-10\", \"due_date\": \"2026-03-01\"}");
        assertEquals(422, r.status(), r.body());
        assertTrue(r.body().contains("The due date must be after the loan date."), r.body());
        assertTrue(r.body().contains("due_date"), r.body());

        PageClient web = new PageClient(server.port());
        web.get("/apps/" + slug + "/loan/new");
        Page page = web.post("/apps/" + slug + "/loan/", Map.of("borrower", "Ann", "loan_date", "2026-03-10", "due_date", "2026-03-01"));
        assertEquals(422, page.status());
        assertTrue(page.body().contains("The due date must be after the loan date."), page.body());
        assertEquals("2026-03-01", page.one("input[name=due_date]").val(), "what was typed is kept");
    }

    @Test
    void a_computed_column_shows_in_the_list_and_the_api() {
        long id = loan("Computed Carl", "2026-02-01", "2026-03-07");
        PageClient web = new PageClient(server.port());
        Page list = web.get("/apps/" + slug + "/loan/?size=100");
        assertEquals(200, list.status());
        assertTrue(list.doc().select("thead th").eachText().contains("Days overdue"), list.body());
        var row = list.doc().select("tbody tr").stream().filter(tr -> tr.text().contains("Computed Carl")).findFirst().orElseThrow();
        assertEquals("3", row.select("td").last().text(), row.outerHtml());
        assertEquals(3, api.get("/api/apps/" + slug + "/loan/" + id).json().get("days_overdue").asInt());
    }

    @Test
    void a_button_changes_the_record_and_its_change_sets_off_the_update_automation() {
        long id = loan("Button Bea", "2026-03-01", "2026-03-20");
        PageClient web = new PageClient(server.port());
        Page detail = web.get("/apps/" + slug + "/loan/" + id);
        assertEquals("Mark returned", detail.one("form[action$=/actions/mark_returned] button").text());
        Page pressed = web.post("/apps/" + slug + "/loan/" + id + "/actions/mark_returned", Map.of());
        assertEquals(303, pressed.status(), pressed.body());
        assertTrue(web.follow(pressed).body().contains("Done: Mark returned."));
        JsonNode loan = api.get("/api/apps/" + slug + "/loan/" + id).json();
        assertTrue(loan.get("returned").asBoolean());
        assertEquals("2026-03-10", loan.get("returned_on").asText(), "today() is the app clock's date");
        assertEquals("Back", loan.get("status").asText(), "the automation on update ran in the same write");
    }

    @Test
    void an_automation_on_update_runs_only_when_its_field_changes_to_its_value() {
        long id = loan("Patch Pat", "2026-03-01", "2026-03-20");
        Reply other = api.patch("/api/apps/" + slug + "/loan/" + id, "{\"borrower\": \"Patch Patricia\"}");
        assertEquals("Out", other.json().get("status").asText(), other.body());
        Reply returned = api.patch("/api/apps/" + slug + "/loan/" + id, "{\"returned\": true}");
        assertEquals(200, returned.status(), returned.body());
        assertEquals("Back", returned.json().get("status").asText());
    }

    @Test
    void the_api_presses_a_button() {
        long id = loan("Api Al", "2026-03-01", "2026-03-20");
        Reply r = api.post("/api/apps/" + slug + "/loan/" + id + "/actions/mark_returned", "{}");
        assertEquals(200, r.status(), r.body());
        assertTrue(r.json().get("returned").asBoolean());
        assertEquals(404, api.post("/api/apps/" + slug + "/loan/" + id + "/actions/launch_rocket", "{}").status());
        JsonNode openApi = api.get("/api/apps/" + slug + "/openapi.json").json();
        assertTrue(openApi.at("/paths/~1loan~1{id}~1actions~1mark_returned/post").isObject(), openApi.toString());
        assertTrue(openApi.at("/components/schemas/Loan/properties/days_overdue/readOnly").asBoolean(), openApi.toString());
    }

    @Test
    void a_scheduled_automation_runs_when_the_clock_passes_its_time_and_only_once() {
        loan("Schedule Sam", "2026-03-01", "2026-03-12");
        loan("Later Lou", "2026-03-01", "2026-03-30");
        server.scheduler().tick();
        PageClient web = new PageClient(server.port());
        assertFalse(web.get("/apps/" + slug + "/_notifications").body().contains("Schedule Sam"), "not yet 08:00");
        clock.advance(Duration.ofHours(1).plusSeconds(30));
        assertTrue(server.scheduler().tick() > 0);
        Page notes = web.get("/apps/" + slug + "/_notifications");
        List<String> items = notes.doc().select("ul.notifications li").eachText();
        assertEquals(1, items.stream().filter(t -> t.contains("Schedule Sam") && t.contains("Your loan is due in two days.")).count(), items.toString());
        assertTrue(items.stream().noneMatch(t -> t.contains("Later Lou")), items.toString());
        assertEquals(0, server.scheduler().tick(), "nothing else fell due");
    }

    @Test
    void the_studio_drafts_logic_from_a_request_and_shows_it_in_plain_words() {
        PageClient web = new PageClient(server.port());
        web.get("/");
        Page posted = web.post("/drafts", Map.of("request", "Track library loans: borrower, loan date, due date, returned yes/no. "
                + "The due date must be after the loan date. Remind the borrower two days before the due date."));
        assertEquals(303, posted.status(), posted.body());
        Page draft = web.follow(posted);
        List<String> items = draft.doc().select("section.logic li").eachText();
        assertTrue(items.stream().anyMatch(t -> t.startsWith("Rule:") && t.contains("The due date must be after the loan date.")), items.toString());
        assertTrue(items.stream().anyMatch(t -> t.startsWith("Automation:") && t.contains("every day at 08:00")), items.toString());
    }

    @Test
    void a_failing_script_names_itself_and_its_line_and_an_email_goes_to_the_outbox() throws IOException {
        JsonNode spec = JSON.readTree("""
                {"spec": 1, "name": "Errands", "entities": [
                  {"key": "task", "name": "Task", "plural": "Tasks", "fields": [{"key": "title", "label": "Title", "type": "text"}]},
                  {"key": "note", "name": "Note", "plural": "Notes", "fields": [
                    {"key": "text", "label": "Text", "type": "text"}, {"key": "owner", "label": "Owner", "type": "email"}]}],
                 "rules": [{"key": "broken", "entity": "task", "name": "Broken rule", "message": "never shown",
                            "script": "const x = null;\\nreturn x.y;"}],
                 "automations": [{"key": "tell", "entity": "note", "name": "Tell the owner", "on": "create",
                                  "script": "return result().notify(record.owner, 'New note: ' + record.text, {channel: 'email', subject: 'Note'});"}]}""");
        String errands = create(spec);
        Reply broken = api.post("/api/apps/" + errands + "/task", "{\"title\": \"x\"}");
        assertEquals(422, broken.status(), broken.body());
        assertTrue(broken.body().contains("The rule “Broken rule” could not run") && broken.body().contains("(line 2)"), broken.body());
        assertEquals(0, api.get("/api/apps/" + errands + "/task").json().get("total").asInt(), "nothing was saved");

        assertEquals(201, api.post("/api/apps/" + errands + "/note", "{\"text\": \"<b>hi</b>\", \"owner\": \"ann@example.org\"}").status());
        Page notes = new PageClient(server.port()).get("/apps/" + errands + "/_notifications");
        List<String> mails = notes.doc().select("ul.outbox li").eachText();
        assertEquals(List.of("To ann@example.org (waiting): Note New note: <b>hi</b>"), mails, notes.body());
        assertTrue(notes.body().contains("No SMTP server is configured yet"), notes.body());
        Page admin = new PageClient(server.port()).get("/admin/outbox");
        assertTrue(admin.one("p.error").text().contains("No SMTP server is configured, so e-mails stay in the outbox"), admin.body());
        assertTrue(admin.doc().select("table.outbox tr.queued").eachText().stream().anyMatch(t -> t.contains("ann@example.org")), admin.body());
        assertEquals(0, server.mail().deliverDue(), "nothing is sent without an SMTP server");
        Reply bad = api.post("/api/apps/" + errands + "/note", "{\"text\": \"x\", \"owner\": \"\"}");
        assertEquals(422, bad.status(), "an e-mail needs someone to send it to: " + bad.body());
    }

    @Test
    void a_script_that_does_not_parse_never_reaches_an_app() throws IOException {
        ObjectNode spec = (ObjectNode) library();
        spec.put("name", "Broken library");
        ((ObjectNode) spec.get("rules").get(0)).put("script", "return record.due_date >;");
        Reply r = api.post("/api/apps", "{\"spec\": " + spec + "}");
        assertEquals(422, r.status(), r.body());
        assertTrue(r.body().contains("$.rules[0].script") && r.body().contains("line 1"), r.body());
    }

    @Test
    void a_hostile_app_cannot_touch_another_app_and_its_errors_name_the_script() throws IOException {
        ObjectNode spec = (ObjectNode) library();
        spec.put("name", "Hostile library");
        spec.remove("rules");
        spec.remove("computed");
        spec.set("automations", JSON.readTree("""
                [{"key": "grab", "entity": "loan", "name": "Grab", "on": "create",
                  "script": "return result().update('book', 1, {title: 'pwned'});"},
                 {"key": "spin", "entity": "book", "name": "Spin", "on": "update",
                  "script": "while (true) {}"},
                 {"key": "ghost", "entity": "loan", "name": "Ghost", "on": "update",
                  "script": "return result().set({secret: 1});"}]"""));
        String hostile = create(spec);
        assertEquals(201, api.post("/api/apps/" + hostile + "/book", "{\"title\": \"Mine\"}").status());
        assertEquals(201, api.post("/api/apps/" + hostile + "/loan", "{\"borrower\": \"Eve\", \"book\": 1}").status());
        assertEquals("pwned", api.get("/api/apps/" + hostile + "/book/1").json().get("title").asText(), "its own book only");
        assertEquals("Dune", api.get("/api/apps/" + slug + "/book/1").json().get("title").asText(), "the other app is untouched");

        Reply spin = api.patch("/api/apps/" + hostile + "/book/1", "{\"title\": \"Again\"}");
        assertEquals(422, spin.status(), spin.body());
        assertTrue(spin.body().contains("“Spin”") && spin.body().contains("too slow"), spin.body());
        assertEquals("pwned", api.get("/api/apps/" + hostile + "/book/1").json().get("title").asText(), "the write was rolled back");

        Reply ghost = api.patch("/api/apps/" + hostile + "/loan/1", "{\"borrower\": \"Eve 2\"}");
        assertEquals(422, ghost.status(), ghost.body());
        assertTrue(ghost.body().contains("“secret”"), ghost.body());
        assertEquals(200, api.get("/api/apps/" + slug + "/loan").status(), "the other app still answers");
    }
}
