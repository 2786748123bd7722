package org.toolsmith.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolsmith.runtime.ServerFixture;
import org.toolsmith.runtime.ServerFixture.Reply;

class RecordsApiTest {
    @TempDir
    Path data;

    @Test
    void creates_an_app_and_works_its_records_through_a_restart() {
        long patchedId;
        long keptLoanId;
        try (ServerFixture s = ServerFixture.start(data)) {
            Reply created = s.post("/api/apps", Specs.create(Specs.LAPTOP_LOANS));
            assertEquals(201, created.status(), created.body());
            assertEquals("laptop-loans", created.json().get("slug").asText());
            assertEquals("/apps/laptop-loans/", created.json().get("url").asText());
            assertEquals("draft", created.json().get("status").asText(), "usable by its builder, published after review");
            assertEquals("laptop-loans-2", s.post("/api/apps", Specs.create(Specs.LAPTOP_LOANS)).json().get("slug").asText());

            JsonNode app = s.get("/api/apps/laptop-loans").json();
            assertEquals("draft", app.get("status").asText(), "a new app waits for review");
            assertEquals(1, app.get("version").asInt());
            assertEquals("laptop", app.get("spec").get("entities").get(0).get("key").asText());
            List<String> slugs = new ArrayList<>();
            s.get("/api/apps").json().get("items").forEach(i -> slugs.add(i.get("slug").asText()));
            assertEquals(List.of("laptop-loans-2", "laptop-loans"), slugs);

            String base = "/api/apps/laptop-loans/laptop";
            for (int i = 1; i <= 60; i++) {
                Reply r = s.post(base, String.format("{\"asset_tag\": \"L-%03d\", \"model\": \"%s\", \"price\": %s, "
                                + "\"bought_on\": \"2024-01-%02d\", \"order\": %d}",
                        i, i % 2 == 0 ? "MacBook 100%" : "ThinkPad", i % 2 == 0 ? "\"1200.5\"" : "999", i % 28 + 1, 61 - i));
                assertEquals(201, r.status(), r.body());
            }
            JsonNode first = s.get(base + "?size=25").json();
            assertEquals(60, first.get("total").asInt());
            assertEquals(25, first.get("items").size());
            assertEquals("L-060", first.get("items").get(0).get("asset_tag").asText(), "newest first by default");
            JsonNode third = s.get(base + "?size=25&page=3").json();
            assertEquals(10, third.get("items").size());
            assertEquals(3, third.get("page").asInt());
            assertEquals("L-001", s.get(base + "?sort=asset_tag").json().get("items").get(0).get("asset_tag").asText());
            assertEquals("L-060", s.get(base + "?sort=-asset_tag&size=50").json().get("items").get(0).get("asset_tag").asText());
            assertEquals("L-060", s.get(base + "?sort=order").json().get("items").get(0).get("asset_tag").asText());
            assertEquals(30, s.get(base + "?q=macbook").json().get("total").asInt());
            assertEquals(30, s.get(base + "?q=100%25").json().get("total").asInt(), "a % in the search is a literal %");
            assertEquals(0, s.get(base + "?q=_").json().get("total").asInt(), "an _ in the search is a literal _");

            JsonNode l2 = s.get(base + "?q=L-002").json().get("items").get(0);
            assertEquals("1200.50", l2.get("price").asText());
            assertTrue(l2.get("price").isTextual(), "money is a decimal string");
            assertEquals("2024-01-03", l2.get("bought_on").asText());
            assertTrue(l2.get("order").isIntegralNumber());
            assertTrue(l2.get("tags").isArray());
            long id = l2.get("id").asLong();

            Reply put = s.put(base + "/" + id, "{\"asset_tag\": \"L-002\", \"model\": \"Dell\", \"weight\": 1.25, "
                    + "\"tags\": [\"Loaner\", \"Spare\"]}");
            assertEquals(200, put.status(), put.body());
            assertEquals("Dell", put.json().get("model").asText());
            assertTrue(put.json().get("price").isNull(), "PUT empties what it does not send");
            assertEquals(1.25, put.json().get("weight").asDouble());
            assertEquals("[\"Spare\",\"Loaner\"]", put.json().get("tags").toString(), "options keep their order");
            Reply patch = s.patch(base + "/" + id, "{\"model\": \"Dell XPS\"}");
            assertEquals(200, patch.status(), patch.body());
            assertEquals("L-002", patch.json().get("asset_tag").asText(), "PATCH keeps what it does not send");
            assertEquals("Dell XPS", patch.json().get("model").asText());
            patchedId = id;

            String loans = "/api/apps/laptop-loans/loan";
            Reply loan = s.post(loans, "{\"laptop\": " + id + ", \"borrower_email\": \"ann@example.com\", "
                    + "\"loaned_at\": \"2025-03-01T09:30:00+02:00\", \"due_on\": \"2025-03-31\", \"returned\": \"on\", "
                    + "\"condition\": \"good\", \"website\": \"example.com/ann\"}");
            assertEquals(201, loan.status(), loan.body());
            assertEquals(id, loan.json().get("laptop").asLong());
            assertEquals("Good", loan.json().get("condition").asText(), "choices match whatever the case");
            assertTrue(loan.json().get("returned").asBoolean());
            assertEquals("2025-03-01T09:30+02:00", loan.json().get("loaned_at").asText());
            assertEquals("https://example.com/ann", loan.json().get("website").asText());
            assertTrue(loan.header("Location").orElseThrow().endsWith("/loan/" + loan.json().get("id").asLong()));

            Reply blocked = s.delete(base + "/" + id);
            assertEquals(409, blocked.status(), blocked.body());
            assertTrue(blocked.json().get("error").asText().contains("1 Loan"), blocked.body());

            long loanId = loan.json().get("id").asLong();
            assertEquals(204, s.delete(loans + "/" + loanId).status());
            assertEquals(404, s.get(loans + "/" + loanId).status());
            assertEquals(204, s.delete(base + "/" + id).status());
            assertEquals(404, s.get(base + "/" + id).status());
            patchedId = s.get(base + "?q=L-004").json().get("items").get(0).get("id").asLong();
            assertEquals(200, s.patch(base + "/" + patchedId, "{\"notes\": \"kept across restarts\"}").status());
            Reply kept = s.post(loans, "{\"laptop\": " + patchedId + ", \"borrower_email\": \"bo@example.com\"}");
            assertEquals(201, kept.status(), kept.body());
            keptLoanId = kept.json().get("id").asLong();
        }
        try (ServerFixture s = ServerFixture.start(data)) {
            String base = "/api/apps/laptop-loans/laptop";
            assertEquals(59, s.get(base).json().get("total").asInt());
            assertEquals("kept across restarts", s.get(base + "/" + patchedId).json().get("notes").asText());
            assertEquals(patchedId, s.get("/api/apps/laptop-loans/loan/" + keptLoanId).json().get("laptop").asLong());
            assertEquals(2, s.get("/api/apps").json().get("items").size());
        }
    }

    @Test
    void serves_an_openapi_document_per_app() {
        try (ServerFixture s = ServerFixture.start(data)) {
            s.post("/api/apps", Specs.create(Specs.LAPTOP_LOANS));
            JsonNode doc = s.get("/api/apps/laptop-loans/openapi.json").json();
            assertEquals("3.1.0", doc.get("openapi").asText());
            assertTrue(doc.get("paths").has("/laptop/{id}"));
            JsonNode loan = doc.get("components").get("schemas").get("Loan");
            assertEquals("[\"laptop\",\"borrower_email\"]", loan.get("required").toString());
            assertEquals("date", loan.get("properties").get("due_on").get("format").asText());
        }
    }

    @Test
    void answers_health() {
        try (ServerFixture s = ServerFixture.start(data)) {
            Reply health = s.get("/health");
            assertEquals(200, health.status());
            assertEquals("up", health.json().get("status").asText());
        }
    }
}
