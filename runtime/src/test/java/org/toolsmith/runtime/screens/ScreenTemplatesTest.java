package org.toolsmith.runtime.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.records.RecordStore;
import org.toolsmith.runtime.records.RecordStore.ListQuery;
import org.toolsmith.runtime.system.Pages;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;
import org.toolsmith.templates.Templates;

/** The screens' templates with view models built by the screens' own code, without a server. */
class ScreenTemplatesTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private final Pages pages = new Pages(new Templates());
    private final Entity item = Entity.of("item", "Item", "Items", List.of(
            Field.of("name", "Name", FieldType.TEXT).withRequired(true),
            Field.of("notes", "Notes", FieldType.LONG_TEXT),
            Field.of("count", "Count", FieldType.INTEGER),
            Field.of("weight", "Weight", FieldType.DECIMAL),
            Field.of("price", "Price", FieldType.MONEY),
            Field.of("done", "Done", FieldType.BOOLEAN),
            Field.of("due_on", "Due on", FieldType.DATE),
            Field.of("at", "At", FieldType.DATETIME),
            Field.of("mail", "Mail", FieldType.EMAIL),
            Field.of("phone", "Phone", FieldType.PHONE),
            Field.of("site", "Site", FieldType.URL),
            Field.of("state", "State", FieldType.CHOICE).withOptions(List.of("Open", SCRIPT)),
            Field.of("tags", "Tags", FieldType.MULTI_CHOICE).withOptions(List.of("Red", "Blue")),
            Field.of("owner", "Owner", FieldType.PERSON),
            Field.of("scan", "Scan", FieldType.FILE))).withTitle("name");
    private final App app = new App(1, "stuff", SCRIPT, "published", 1,
            new AppSpec(1, SCRIPT, null, List.of(item)), "APP_1", Instant.EPOCH, "you");

    private Document render(String template, Map<String, Object> model) {
        return Jsoup.parse(pages.render(null, "t", template, model));
    }

    private Map<String, Object> record(long id, String name) {
        Map<String, Object> r = new HashMap<>();
        r.put("id", id);
        r.put("name", name);
        r.put("site", "javascript:alert(1)");
        r.put("mail", "a@example.com");
        r.put("done", true);
        r.put("tags", List.of("Red", "Blue"));
        r.put("at", "2026-11-26T14:30:00Z");
        return r;
    }

    @Test
    void list_shows_title_first_escaped_sort_links_and_no_script_links() {
        ListQuery q = ListPage.query(item, "x", "-name", "2", "25");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            rows.add(record(i + 1, i == 0 ? SCRIPT : "Thing " + i));
        }
        Map<String, Object> model = new Target(app, item, -1, org.toolsmith.runtime.records.Caller.everything("tester"), false).baseModel();
        model.putAll(ListPage.model(app, item, q, new RecordStore.Page(rows, 130, 2, 25), new Display(app, null, null)));
        Document doc = render("screens/list.html.vm", model);
        assertTrue(doc.select("script").isEmpty());
        assertEquals(SCRIPT, doc.selectFirst("tbody th a").text());
        assertEquals(6, doc.select("thead th").size());
        assertEquals("Name ▼", doc.selectFirst("thead th a").text());
        assertEquals("/apps/stuff/item/?q=x&sort=name", doc.selectFirst("thead th a").attr("href"));
        assertTrue(doc.select("a[href^=javascript]").isEmpty());
        assertEquals("Looks in name, notes, mail, phone, site, state, tags.", doc.getElementById("q-hint").text());
        Display display = new Display(app, null, null);
        assertEquals("mailto:a@example.com", display.cell(item.field("mail").orElseThrow(), "a@example.com").get("url"));
        assertEquals("", display.cell(item.field("site").orElseThrow(), "javascript:alert(1)").get("url"));
        assertEquals("https://x.org/a", display.cell(item.field("site").orElseThrow(), "https://x.org/a").get("url"));
        assertEquals("Yes", doc.selectFirst("td.boolean").text());
        assertEquals(List.of("1", "2", "3", "4", "…", "6"), doc.select(".pages li").eachText());
        assertEquals("page", doc.selectFirst(".pages a[aria-current]").attr("aria-current"));
        assertEquals("2", doc.selectFirst(".pages a[aria-current]").text());
    }

    @Test
    void list_without_records_says_what_to_do() {
        Map<String, Object> model = new Target(app, item, -1, org.toolsmith.runtime.records.Caller.everything("tester"), false).baseModel();
        ListQuery q = ListPage.query(item, null, "bogus; drop", null, "7");
        assertEquals(null, q.sort());
        assertEquals(25, q.size());
        model.putAll(ListPage.model(app, item, q, new RecordStore.Page(List.of(), 0, 1, 25), new Display(app, null, null)));
        Document doc = render("screens/list.html.vm", model);
        assertTrue(doc.selectFirst(".empty").text().contains("No items yet. Add the first one."), doc.selectFirst(".empty").text());
    }

    @Test
    void form_has_the_right_input_per_type_and_a_label_for_every_control() {
        Map<String, Object> values = RecordForm.values(item, Map.of());
        values.put("name", SCRIPT);
        Map<String, Object> model = new Target(app, item, -1, org.toolsmith.runtime.records.Caller.everything("tester"), false).baseModel();
        model.put("heading", "New item");
        model.put("action", "/apps/stuff/item/");
        model.put("cancelUrl", "/apps/stuff/item/");
        model.put("submitLabel", "Add item");
        model.put("multipart", true);
        model.put("error", "Please correct the fields marked below.");
        model.put("inputs", RecordForm.inputs(item, values, Map.of("count", "Count needs a whole number."), Map.of(),
                List.of("Ann", "Bob"), Map.of()));
        Document doc = render("screens/form.html.vm", model);
        Element form = doc.selectFirst("form.record-form");
        assertEquals("multipart/form-data", form.attr("enctype"));
        assertEquals(SCRIPT, doc.getElementById("f-name").val());
        assertEquals("date", doc.getElementById("f-due_on").attr("type"));
        assertEquals("datetime-local", doc.getElementById("f-at").attr("type"));
        assertEquals("0.01", doc.getElementById("f-price").attr("step"));
        assertEquals("any", doc.getElementById("f-weight").attr("step"));
        assertEquals("checkbox", doc.getElementById("f-done").attr("type"));
        assertEquals("select", doc.getElementById("f-state").tagName());
        assertEquals(SCRIPT, doc.select("#f-state option").get(2).text());
        assertEquals(2, doc.select("input[name=tags][type=checkbox]").size());
        assertEquals("email", doc.getElementById("f-mail").attr("type"));
        assertEquals("url", doc.getElementById("f-site").attr("type"));
        assertEquals("tel", doc.getElementById("f-phone").attr("type"));
        assertEquals("textarea", doc.getElementById("f-notes").tagName());
        assertEquals(List.of("Ann", "Bob"), doc.select("#f-owner-people option").eachAttr("value"));
        assertEquals("file", doc.getElementById("f-scan").attr("type"));
        assertTrue(doc.getElementById("f-name").hasAttr("required"));
        assertEquals("Count needs a whole number.", doc.getElementById("f-count-error").text());
        for (Element control : form.select("input:not([type=hidden]), select, textarea")) {
            assertFalse(doc.select("label[for=" + control.id() + "]").isEmpty(), "no label for " + control.id());
        }
        assertTrue(doc.select("script").isEmpty());
    }

    @Test
    void form_reads_unticked_boxes_as_false_and_several_choices_as_a_list() {
        var form = io.vertx.core.MultiMap.caseInsensitiveMultiMap().add("name", " Lamp ").add("tags", "Red").add("tags", "Blue");
        Map<String, Object> input = RecordForm.read(item, form);
        assertEquals("false", input.get("done"));
        assertEquals(List.of("Red", "Blue"), input.get("tags"));
        assertEquals("Lamp", input.get("name"));
        assertFalse(input.containsKey("scan"));
    }

    @Test
    void file_names_are_cleaned_to_safe_characters() {
        assertEquals("passwd", FileStore.cleanName("../../etc/passwd"));
        assertEquals("my_receipt_.pdf", FileStore.cleanName("my receipt?.pdf"));
        assertEquals("file", FileStore.cleanName("..."));
    }
}
