package org.toolsmith.runtime.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.toolsmith.runtime.system.Pages;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;
import org.toolsmith.spec.SpecNormalizer;
import org.toolsmith.templates.Templates;

class DraftPageTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private final Pages pages = new Pages(new Templates());
    private final AppSpec spec = new SpecNormalizer().normalize(new AppSpec(1, SCRIPT, null, List.of(
            Entity.of("loan", "Loan", "Loans", List.of(
                    Field.of("borrower", SCRIPT, FieldType.PERSON).withRequired(true),
                    Field.of("notes", "Notes", FieldType.LONG_TEXT).withSuggested(true).withBecause("any notes"))),
            Entity.of("laptop", "Laptop", "Laptops", List.of()))));
    private final Draft draft = new Draft("abc", "req", spec,
            List.of(Draft.Message.you("add " + SCRIPT), Draft.Message.toolsmith("Added it.")), null);

    private Document render(DraftPage page) {
        return Jsoup.parse(pages.render(null, page.title(), "studio/draft.html.vm", page.model()));
    }

    @Test
    void shows_the_spec_in_plain_words_with_suggestions_to_drop_escaped() {
        Document doc = render(new DraftPage(draft));
        assertTrue(doc.select("script:not([src^=/static/])").isEmpty(), "no script but the site's own files");
        assertEquals(SCRIPT, doc.selectFirst("h1").text());
        assertTrue(doc.select(".words li").eachText().contains("Loan — " + SCRIPT + " (a person, required), Notes (a longer text)"));
        assertEquals("Drop", doc.selectFirst("#f-loan-notes form.inline button").text());
        assertEquals("from “any notes”", doc.selectFirst("#f-loan-notes .because").text());
        assertEquals("Remove", doc.selectFirst("#f-loan-borrower form.inline button").text());
        assertEquals("person", doc.selectFirst("#f-loan-borrower-type option[selected]").val());
        assertTrue(doc.select("#add-loan-type option").eachAttr("value").contains("reference:laptop"));
        assertEquals(List.of("You: add " + SCRIPT, "Toolsmith: Added it."), doc.select(".conversation li").eachText());
        assertEquals("/drafts/abc/create", doc.selectFirst(".create form").attr("action"));
    }

    @Test
    void a_failed_edit_shows_its_message_beside_the_form_with_what_was_typed() {
        FieldEdit edit = new FieldEdit("add", "loan", "", "Status", "choice", "", true);
        Document doc = render(new DraftPage(draft).failedEdit(edit, "List the choices for \"Status\"."));
        assertEquals("Status", doc.getElementById("add-loan-label").val());
        assertEquals("choice", doc.selectFirst("#add-loan-type option[selected]").val());
        assertTrue(doc.getElementById("add-loan-required").hasAttr("checked"));
        assertTrue(doc.selectFirst("#entity-loan .add-field").hasAttr("open"));
        assertEquals("List the choices for \"Status\".", doc.selectFirst("#entity-loan .add-field .error").text());
    }

    @Test
    void problems_that_stop_create_are_listed_and_a_created_draft_links_to_its_app() {
        Document doc = render(new DraftPage(draft.withAppSlug("loans")).problems(List.of("Loan needs a field.", SCRIPT)));
        assertEquals(List.of("Loan needs a field.", SCRIPT), doc.select("div.error li").eachText());
        assertEquals("/apps/loans/", doc.selectFirst(".notice a").attr("href"));
        assertTrue(doc.select("script:not([src^=/static/])").isEmpty(), "no script but the site's own files");
    }

    @Test
    void home_keeps_the_request_and_shows_the_message() {
        Map<String, Object> model = new HashMap<>();
        model.put("request", SCRIPT);
        model.put("error", "Describe the tool you need first.");
        model.put("apps", List.of(Map.of("name", SCRIPT, "status", "published", "url", "/apps/x/", "versionsUrl", "/apps/x/versions",
                "verdict", "Review done: version 2 approved and live.")));
        model.put("examples", StudioRoutes.EXAMPLES);
        model.put("drafts", List.of(Map.of("name", SCRIPT, "url", "/drafts/abc")));
        Document doc = Jsoup.parse(pages.render(null, "Describe your tool", "studio/home.html.vm", model));
        assertEquals(SCRIPT, doc.getElementById("request").val());
        assertEquals("true", doc.getElementById("request").attr("aria-invalid"));
        assertEquals("Describe the tool you need first.", doc.getElementById("request-error").text());
        assertEquals(SCRIPT, doc.selectFirst(".my-apps .cards a").text());
        assertEquals("Review done: version 2 approved and live.", doc.selectFirst(".my-apps .cards [role=status]").text());
        assertEquals("/drafts/abc", doc.selectFirst(".my-drafts .cards a").attr("href"));
        assertTrue(doc.select("script:not([src^=/static/])").isEmpty(), "no script but the site's own files");
    }
}
