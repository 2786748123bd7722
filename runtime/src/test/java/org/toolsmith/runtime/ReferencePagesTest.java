package org.toolsmith.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolsmith.runtime.PageClient.Page;
import org.toolsmith.runtime.system.Config;

/** Links between record kinds on the pages: pickers by title, titles in lists, related records, delete refused. */
class ReferencePagesTest {
    static final String SPEC = """
            {"spec": {"spec": 1, "name": "Laptop loans", "entities": [
              {"key": "laptop", "name": "Laptop", "plural": "Laptops", "title": "asset_tag", "fields": [
                {"key": "asset_tag", "label": "Asset tag", "type": "text", "required": true, "unique": true}]},
              {"key": "loan", "name": "Loan", "plural": "Loans", "title": "borrower", "fields": [
                {"key": "borrower", "label": "Borrower", "type": "person", "required": true},
                {"key": "laptop", "label": "Laptop", "type": "reference", "target": "laptop", "required": true},
                {"key": "returned", "label": "Returned", "type": "boolean"}]}]}}""";

    @TempDir
    Path data;

    @Test
    void a_loan_picks_its_laptop_by_title_and_the_laptop_lists_its_loans() {
        try (ToolsmithServer server = ToolsmithServer.start(ServerFixture.config(data))) {
            PageClient web = new PageClient(server.port());
            assertEquals(201, web.postJson("/api/apps", SPEC).status());

            Page noLaptops = web.get("/apps/laptop-loans/loan/new");
            assertEquals("/apps/laptop-loans/laptop/new", noLaptops.one("form.record-form .hint a").attr("href"));

            for (String tag : List.of("LT-2", "LT-1")) {
                Page form = web.get("/apps/laptop-loans/laptop/new");
                assertEquals(303, web.submit(form.one("form.record-form"), Map.of("asset_tag", tag)).status());
            }
            Page duplicate = web.submit(web.get("/apps/laptop-loans/laptop/new").one("form.record-form"), Map.of("asset_tag", "LT-1"));
            assertEquals(409, duplicate.status(), duplicate.body());
            assertEquals("LT-1", duplicate.one("#f-asset_tag").val());

            Page form = web.get("/apps/laptop-loans/loan/new");
            assertEquals(List.of("", "LT-1", "LT-2"), form.doc().select("#f-laptop option").eachText().stream()
                    .map(t -> t.startsWith("—") ? "" : t).toList());
            String lt1 = form.doc().select("#f-laptop option").get(1).val();
            Page added = web.submit(form.one("form.record-form"), Map.of("borrower", "Ann Lee", "laptop", lt1));
            assertEquals(303, added.status(), added.body());

            Page next = web.get("/apps/laptop-loans/loan/new");
            assertEquals(List.of("Ann Lee"), next.doc().select("#f-borrower-people option").eachAttr("value"));

            Page loans = web.get("/apps/laptop-loans/loan/");
            assertEquals("LT-1", loans.one("td.reference a").text());
            assertEquals("No", loans.one("td.boolean").text(), "an unticked box is stored as false");
            Page laptop = web.get(loans.one("td.reference a").attr("href"));
            assertEquals("LT-1", laptop.one("h1").text());
            assertEquals("Ann Lee", laptop.one(".related tbody th a").text());

            Page confirm = web.get(laptop.one("a[href$=/delete]").attr("href"));
            Page refused = web.submit(confirm.one("main form"), Map.of());
            assertEquals(409, refused.status());
            assertTrue(refused.one(".error").text().contains("Loan"), refused.one(".error").text());
            assertEquals(200, web.get(laptop.one("a[href$=/edit]").attr("href").replace("/edit", "")).status());
        }
    }
}
