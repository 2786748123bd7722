package org.toolsmith.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolsmith.runtime.PageClient.Page;
import org.toolsmith.runtime.system.Config;

/** The studio and an app's screens driven through their HTML pages, as a browser without scripts would. */
class PagesFlowTest {
    static final String REQUEST = "Track laptop loans: asset tag, borrower email, loan date, due date, returned yes/no, "
            + "condition good/damaged/lost";
    static final String SCRIPT = "<script>alert(1)</script>";

    @TempDir
    Path data;

    private ToolsmithServer start() {
        return ToolsmithServer.start(ServerFixture.config(data));
    }

    @Test
    void a_person_drafts_refines_creates_and_uses_an_app_then_finds_the_records_after_a_restart() {
        String appUrl;
        String listUrl;
        try (ToolsmithServer server = start()) {
            PageClient web = new PageClient(server.port());
            assertEquals(200, web.get("/").status());
            Page posted = web.post("/drafts", Map.of("request", REQUEST));
            assertEquals(303, posted.status(), posted.body());
            Page draft = web.follow(posted);
            assertFalse(draft.doc().select(".words li").isEmpty());
            assertFalse(draft.doc().select(".entity .fields li.field").isEmpty());

            draft = web.follow(web.submit(draft.one(".entity li.field form.field-form"), Map.of("label", "Serial number")));
            assertEquals("Serial number", draft.one(".entity li.field .field-label").text());

            draft = web.follow(web.submit(draft.one(".entity .add-field form"), Map.of("label", SCRIPT, "type", "text")));
            assertTrue(draft.doc().select("script").isEmpty());
            assertTrue(draft.doc().select(".entity .field-label").eachText().contains(SCRIPT));

            Page failed = web.submit(draft.one(".entity .add-field form"), Map.of("label", "Status", "type", "choice", "options", ""));
            assertEquals(422, failed.status());
            assertEquals("Status", failed.one(".entity .add-field input[name=label]").val());
            assertFalse(failed.one(".entity .add-field .error").text().isBlank());

            Page chatted = web.submit(draft.one(".chat form"), Map.of("text", "also track the department"));
            Page afterChat = chatted.status() == 303 ? web.follow(chatted) : chatted;
            assertEquals(List.of("You", "Toolsmith"), afterChat.doc().select(".conversation .who").eachText().stream()
                    .map(s -> s.replace(":", "")).toList());
            assertTrue(afterChat.doc().select(".entity .field-label").eachText().contains("Serial number"));

            Page created = web.submit(afterChat.one(".create form"), Map.of());
            assertEquals(303, created.status(), created.body());
            appUrl = created.location();
            Page list = web.get(appUrl);
            assertEquals(200, list.status());
            assertTrue(list.one(".empty").text().contains("Add the first one"), list.one(".empty").text());
            listUrl = list.one(".kinds a[aria-current=page]").attr("href");

            for (int n = 1; n <= 30; n++) {
                Page form = web.get(list.one(".page-head a.button").attr("href"));
                Page added = web.submit(form.one("form.record-form"), fill(form.one("form.record-form"), n));
                assertEquals(303, added.status(), added.body());
            }
            list = web.get(listUrl);
            assertEquals("30 " + list.one("h1").text().toLowerCase(java.util.Locale.ROOT), list.one(".count").text());
            assertEquals(25, list.doc().select("tbody tr").size());
            assertEquals(List.of("1", "2"), list.doc().select(".pages li").eachText());
            assertEquals(5, web.get(list.one(".pages a:not([aria-current])").attr("href")).doc().select("tbody tr").size());
            assertEquals(30, web.get(listUrl + "?size=50").doc().select("tbody tr").size());

            Page sorted = web.get(list.one("thead th a").attr("href"));
            List<String> titles = sorted.doc().select("tbody th").eachText();
            assertEquals("ascending", sorted.one("thead th").attr("aria-sort"));
            assertEquals(titles.stream().sorted().toList(), titles);
            Page reversed = web.get(sorted.one("thead th a").attr("href"));
            assertEquals("descending", reversed.one("thead th").attr("aria-sort"));
            List<String> back = reversed.doc().select("tbody th").eachText();
            assertEquals(back.stream().sorted(Comparator.reverseOrder()).toList(), back);

            Page found = web.get(listUrl + "?q=" + PageClient.enc("Item 07"));
            assertEquals(1, found.doc().select("tbody tr").size(), found.body());

            Page detail = web.get(found.one("tbody th a").attr("href"));
            Page edit = web.get(detail.one("a[href$=/edit]").attr("href"));
            String textField = firstTextInput(edit.one("form.record-form")).attr("name");
            Page saved = web.submit(edit.one("form.record-form"), Map.of(textField, "Changed 07"));
            assertEquals(303, saved.status(), saved.body());
            assertTrue(web.follow(saved).one("dl.record").text().contains("Changed 07"));

            Page blank = web.get(list.one(".page-head a.button").attr("href"));
            Map<String, String> bad = fill(blank.one("form.record-form"), 31);
            bad.put(textField, SCRIPT);
            String broken = breakOneValue(blank.one("form.record-form"), bad);
            Page refused = web.submit(blank.one("form.record-form"), bad);
            assertEquals(422, refused.status(), refused.body());
            assertTrue(refused.doc().select("script").isEmpty());
            assertEquals(SCRIPT, refused.one("[name=" + textField + "]").val());
            assertEquals(bad.get(broken), refused.one("[name=" + broken + "]").val());
            assertFalse(refused.one("#f-" + broken + "-error").text().isBlank());

            Page item08 = web.get(web.get(listUrl + "?q=" + PageClient.enc("Item 08")).one("tbody th a").attr("href"));
            Page confirm = web.get(item08.one("a[href$=/delete]").attr("href"));
            Page deleted = web.submit(confirm.one("main form"), Map.of());
            assertEquals(303, deleted.status(), deleted.body());
            assertTrue(web.follow(deleted).one(".notice").text().contains("deleted"));
        }
        try (ToolsmithServer again = start()) {
            PageClient web = new PageClient(again.port());
            Page list = web.get(listUrl);
            assertTrue(list.one(".count").text().startsWith("29 "), list.one(".count").text());
            assertEquals(1, web.get(listUrl + "?q=" + PageClient.enc("Changed 07")).doc().select("tbody tr").size());
            assertEquals(0, web.get(listUrl + "?q=" + PageClient.enc("Item 08")).doc().select("tbody tr").size());
            assertEquals(200, web.get(appUrl).status());
        }
    }

    @Test
    void an_empty_request_shows_home_again_with_a_message() {
        try (ToolsmithServer server = start()) {
            PageClient web = new PageClient(server.port());
            web.get("/");
            Page page = web.post("/drafts", Map.of("request", "   "));
            assertEquals(422, page.status());
            assertTrue(page.one("#request-error").text().startsWith("Describe the tool you need first"));
        }
    }

    @Test
    void a_200_kB_request_is_refused_and_the_text_is_kept() {
        try (ToolsmithServer server = start()) {
            PageClient web = new PageClient(server.port());
            web.get("/");
            String huge = "track laptops and loans ".repeat(200_000 / 24 + 1).substring(0, 200_000).strip();
            Page page = web.post("/drafts", Map.of("request", huge));
            assertEquals(422, page.status());
            assertTrue(page.one("#request-error").text().contains("100,000"), page.one("#request-error").text());
            assertEquals(huge, page.one("#request").wholeText().strip());
        }
    }

    @Test
    void an_app_named_like_a_script_is_shown_as_text() {
        try (ToolsmithServer server = start()) {
            PageClient web = new PageClient(server.port());
            String spec = "{\"spec\":{\"spec\":1,\"name\":\"" + SCRIPT + "\",\"entities\":[{\"key\":\"thing\",\"name\":\""
                    + SCRIPT + "\",\"plural\":\"Things\",\"fields\":[{\"key\":\"name\",\"label\":\"" + SCRIPT + "\",\"type\":\"text\"}]}]}}";
            Page created = web.postJson("/api/apps", spec);
            assertEquals(201, created.status(), created.body());
            Page home = web.get("/");
            assertTrue(home.doc().select("script").isEmpty());
            assertEquals(SCRIPT, home.one(".my-apps .cards a").text());
            Page app = web.get(home.one(".my-apps .cards a").attr("href"));
            assertTrue(app.doc().select("script").isEmpty());
            assertEquals(SCRIPT, app.one(".app-name").text());
            Page form = web.get(app.one(".page-head a.button").attr("href"));
            assertTrue(form.doc().select("script").isEmpty());
            assertEquals(SCRIPT, form.one("label[for=f-name]").text());
        }
    }

    @Test
    void a_form_post_without_the_csrf_token_is_refused_and_unknown_addresses_get_the_404_page() {
        try (ToolsmithServer server = start()) {
            PageClient web = new PageClient(server.port());
            web.get("/");
            assertEquals(403, web.postWithoutToken("/drafts", "request=" + PageClient.enc(REQUEST)).status());
            assertEquals(404, web.get("/apps/no-such-app/").status());
            assertEquals(404, web.get("/drafts/0123456789abcdef").status());
        }
    }

    /** Values for every control of a record form, different for each {@code n}. */
    static Map<String, String> fill(Element form, int n) {
        Map<String, String> values = new HashMap<>();
        List<String> seenBoxes = new ArrayList<>();
        for (Element e : form.select("input[name], select[name], textarea[name]")) {
            String name = e.attr("name");
            String type = e.attr("type");
            if (type.equals("hidden") || type.equals("file") || name.endsWith("__remove")) {
                continue;
            }
            switch (e.tagName()) {
                case "select" -> values.put(name, e.select("option").stream().map(Element::val)
                        .filter(v -> !v.isEmpty()).findFirst().orElse(""));
                case "textarea" -> values.put(name, "Notes for item %02d".formatted(n));
                default -> {
                    switch (type) {
                        case "checkbox" -> {
                            if (!seenBoxes.contains(name)) {
                                seenBoxes.add(name);
                                values.put(name, e.val());
                            }
                        }
                        case "email" -> values.put(name, "person%02d@example.com".formatted(n));
                        case "url" -> values.put(name, "https://example.com/%02d".formatted(n));
                        case "tel" -> values.put(name, "+1 555 01%02d".formatted(n));
                        case "number" -> values.put(name, String.valueOf(n));
                        case "date" -> values.put(name, "2026-01-%02d".formatted(n % 28 + 1));
                        case "datetime-local" -> values.put(name, "2026-01-%02dT10:30".formatted(n % 28 + 1));
                        default -> values.put(name, "Item %02d".formatted(n));
                    }
                }
            }
        }
        return values;
    }

    static Element firstTextInput(Element form) {
        Element e = form.selectFirst("input[type=text][name]");
        if (e == null) {
            throw new AssertionError("the form has no text input:\n" + form);
        }
        return e;
    }

    /** Puts a value the server must refuse into one control; returns that control's name. */
    static String breakOneValue(Element form, Map<String, String> values) {
        Element date = form.selectFirst("input[type=date][name]");
        if (date != null) {
            values.put(date.attr("name"), "2026-13-45");
            return date.attr("name");
        }
        Element number = form.selectFirst("input[type=number][name]");
        if (number != null) {
            values.put(number.attr("name"), "twelve");
            return number.attr("name");
        }
        Element email = form.selectFirst("input[type=email][name]");
        if (email != null) {
            values.put(email.attr("name"), "not an address");
            return email.attr("name");
        }
        throw new AssertionError("the drafted form has no date, number or email field to break:\n" + form);
    }
}
