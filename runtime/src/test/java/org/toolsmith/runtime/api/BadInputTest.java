package org.toolsmith.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolsmith.runtime.ServerFixture;
import org.toolsmith.runtime.ServerFixture.Reply;

class BadInputTest {
    static final String LAPTOPS = "/api/apps/laptop-loans/laptop";
    static final String LOANS = "/api/apps/laptop-loans/loan";

    @TempDir
    static Path data;
    static ServerFixture s;
    static long laptopId;

    @BeforeAll
    static void start() {
        s = ServerFixture.start(data);
        assertEquals(201, s.post("/api/apps", Specs.create(Specs.LAPTOP_LOANS)).status());
        laptopId = s.post(LAPTOPS, "{\"asset_tag\": \"L-1\"}").json().get("id").asLong();
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    private static JsonNode fieldError(Reply r, String field) {
        for (JsonNode f : r.json().get("fields")) {
            if (f.get("field").asText().equals(field)) {
                return f;
            }
        }
        throw new AssertionError("no error for " + field + ": " + r.body());
    }

    @Test
    void rejects_a_malformed_date() {
        Reply r = s.post(LOANS, "{\"laptop\": " + laptopId + ", \"borrower_email\": \"a@b.co\", \"due_on\": \"31/03/2025\"}");
        assertEquals(422, r.status(), r.body());
        assertTrue(fieldError(r, "due_on").get("message").asText().contains("YYYY-MM-DD"));
        assertTrue(r.json().get("error").asText().startsWith("Due on:"), r.body());
    }

    @Test
    void rejects_text_in_a_number_field() {
        Reply r = s.post(LAPTOPS, "{\"asset_tag\": \"N-1\", \"order\": \"twelve\", \"price\": \"12.345\", \"weight\": \"heavy\"}");
        assertEquals(422, r.status(), r.body());
        assertTrue(fieldError(r, "order").get("message").asText().contains("whole number"));
        assertTrue(fieldError(r, "price").get("message").asText().contains("two decimals"));
        assertTrue(fieldError(r, "weight").get("message").asText().contains("number"));
        assertEquals(0, s.get(LAPTOPS + "?q=N-1").json().get("total").asInt(), "nothing stored");
    }

    @Test
    void rejects_a_missing_required_value_and_a_bad_email() {
        Reply r = s.post(LOANS, "{\"borrower_email\": \"not an address\"}");
        assertEquals(422, r.status(), r.body());
        assertEquals("Choose a Laptop.", fieldError(r, "laptop").get("message").asText());
        assertTrue(fieldError(r, "borrower_email").get("message").asText().contains("name@example.com"));
        Reply blank = s.post(LAPTOPS, "{\"asset_tag\": \"   \"}");
        assertEquals(422, blank.status(), "blank text is no value");
    }

    @Test
    void rejects_an_unknown_choice_value() {
        Reply r = s.post(LOANS, "{\"laptop\": " + laptopId + ", \"borrower_email\": \"a@b.co\", \"condition\": \"Stolen\"}");
        assertEquals(422, r.status(), r.body());
        assertEquals("Choose one of: Good, Damaged, Lost.", fieldError(r, "condition").get("message").asText());
        Reply multi = s.post(LAPTOPS, "{\"asset_tag\": \"M-1\", \"tags\": [\"Spare\", \"Shiny\"]}");
        assertEquals(422, multi.status(), multi.body());
        assertTrue(fieldError(multi, "tags").get("message").asText().contains("Shiny"));
    }

    @Test
    void rejects_a_reference_to_a_missing_record() {
        Reply r = s.post(LOANS, "{\"laptop\": 9999, \"borrower_email\": \"a@b.co\"}");
        assertEquals(422, r.status(), r.body());
        assertEquals("There is no Laptop with id 9999. Choose one that exists.", fieldError(r, "laptop").get("message").asText());
    }

    @Test
    void refuses_a_unique_clash_with_409_naming_the_field() {
        Reply r = s.post(LAPTOPS, "{\"asset_tag\": \"L-1\"}");
        assertEquals(409, r.status(), r.body());
        assertTrue(fieldError(r, "asset_tag").get("message").asText().contains("already has this Asset tag"));
        long other = s.post(LAPTOPS, "{\"asset_tag\": \"U-2\"}").json().get("id").asLong();
        assertEquals(409, s.patch(LAPTOPS + "/" + other, "{\"asset_tag\": \"L-1\"}").status());
        assertEquals(200, s.patch(LAPTOPS + "/" + laptopId, "{\"asset_tag\": \"L-1\"}").status(), "a record keeps its own value");
    }

    @Test
    void keeps_every_digit_of_a_decimal_and_takes_back_a_record_as_it_was_read() {
        Reply created = s.post(LAPTOPS, "{\"asset_tag\": \"D-1\", \"weight\": 1.23456789012345678901, \"order\": 3.0}");
        assertEquals(201, created.status(), created.body());
        assertTrue(created.body().contains("\"weight\":1.23456789012345678901,"), created.body());
        assertEquals(3, created.json().get("order").asLong());
        Reply put = s.put(LAPTOPS + "/" + created.json().get("id").asLong(), created.body());
        assertEquals(200, put.status(), put.body());
        assertTrue(put.body().contains("\"weight\":1.23456789012345678901,"), put.body());
    }

    @Test
    void answers_404_for_unknown_app_entity_and_record() {
        Reply app = s.get("/api/apps/no-such-app/laptop");
        assertEquals(404, app.status());
        assertTrue(app.json().get("error").asText().contains("no-such-app"));
        Reply entity = s.get("/api/apps/laptop-loans/spaceship");
        assertEquals(404, entity.status());
        assertTrue(entity.json().get("error").asText().contains("spaceship"));
        assertEquals(404, s.get(LAPTOPS + "/424242").status());
        assertEquals(404, s.get(LAPTOPS + "/abc").status());
        assertEquals(404, s.put(LAPTOPS + "/424242", "{\"asset_tag\": \"X\"}").status());
        assertEquals(404, s.delete(LAPTOPS + "/424242").status());
        Reply route = s.get("/api/nothing-here");
        assertEquals(404, route.status());
        assertTrue(route.json().has("error"));
    }

    @Test
    void answers_400_for_malformed_json_and_bad_list_parameters() {
        Reply r = s.post(LAPTOPS, "{\"asset_tag\": ");
        assertEquals(400, r.status(), r.body());
        assertTrue(r.json().get("error").asText().contains("not valid JSON"));
        assertEquals(400, s.post(LAPTOPS, "[1, 2]").status());
        assertEquals(400, s.get(LAPTOPS + "?size=7").status());
        assertEquals(400, s.get(LAPTOPS + "?page=0").status());
        assertEquals(400, s.get(LAPTOPS + "?page=two").status());
        Reply sort = s.get(LAPTOPS + "?sort=notes");
        assertEquals(400, sort.status());
        assertTrue(sort.json().get("error").asText().contains("asset_tag"));
        assertEquals(400, s.get(LAPTOPS + "?sort=%22id%22%3B%20DROP%20TABLE%20x").status());
    }

    @Test
    void refuses_unknown_fields_and_writes_that_are_not_json() {
        Reply unknown = s.post(LAPTOPS, "{\"asset_tag\": \"Z-1\", \"colour\": \"red\"}");
        assertEquals(422, unknown.status());
        assertTrue(fieldError(unknown, "colour").get("message").asText().contains("no field"));
        Reply form = s.send(HttpRequest.newBuilder(s.uri(LAPTOPS)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("asset_tag=F-1")));
        assertEquals(415, form.status(), form.body());
        assertTrue(form.json().get("error").asText().contains("application/json"));
    }

    @Test
    void rejects_specs_that_would_reach_sql() {
        String bad = """
                {"spec": 1, "name": "x\\"; DROP TABLE t; --", "entities": [{"key": "thing", "name": "Thing", "plural": "Things",
                  "fields": [{"key": "x\\"; DROP TABLE t; --", "label": "<script>alert(1)</script>", "type": "text"}]}]}""";
        Reply r = s.post("/api/apps", Specs.create(bad));
        assertEquals(422, r.status(), r.body());
        assertEquals("$.entities[0].fields[0].key", r.json().get("fields").get(0).get("field").asText());
        Reply reserved = s.post("/api/apps", Specs.create("""
                {"spec": 1, "name": "<script>alert(1)</script>", "entities": [{"key": "order", "name": "Order", "plural": "Orders",
                  "fields": [{"key": "select", "label": "Select", "type": "text"}, {"key": "group", "label": "Group", "type": "integer"}]}]}"""));
        assertEquals(201, reserved.status(), reserved.body());
        assertEquals("script-alert-1-script", reserved.json().get("slug").asText());
        Reply rec = s.post("/api/apps/script-alert-1-script/order", "{\"select\": \"<b>x</b>\", \"group\": 3}");
        assertEquals(201, rec.status(), rec.body());
        assertEquals(1, s.get("/api/apps/script-alert-1-script/order?sort=-group&q=%3Cb%3E").json().get("total").asInt());
    }

    @Test
    void html_error_pages_escape_what_people_typed() {
        Reply r = s.getHtml("/nothing/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertEquals(404, r.status());
        assertTrue(r.header("Content-Type").orElse("").startsWith("text/html"));
        assertFalse(r.body().contains("<script>alert(1)</script>"), r.body());
        assertTrue(r.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), r.body());
        assertFalse(r.body().contains("Exception"), "no stack trace");
    }

    @Test
    void answers_413_for_bodies_over_two_megabytes_and_accepts_200_kilobytes() {
        String big = "x".repeat(200 * 1024);
        Reply ok = s.post(LAPTOPS, "{\"asset_tag\": \"BIG-1\", \"notes\": \"" + big + "\"}");
        assertEquals(201, ok.status());
        assertEquals(big.length(), ok.json().get("notes").asText().length());
        Reply tooBig = s.post(LAPTOPS, "{\"asset_tag\": \"BIG-2\", \"notes\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}");
        assertEquals(413, tooBig.status());
        assertTrue(tooBig.json().get("error").asText().contains("2 MB"), tooBig.body());
    }

    @Test
    void sets_security_headers() {
        Reply r = s.get("/health");
        assertTrue(r.header("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        assertTrue(r.header("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertEquals("nosniff", r.header("X-Content-Type-Options").orElse(""));
        assertEquals("same-origin", r.header("Referrer-Policy").orElse(""));
    }

    @Test
    void page_posts_need_the_csrf_token_of_the_session() {
        ServerFixture s = BadInputTest.s.signedIn("admin", ServerFixture.ADMIN_PASSWORD);
        Reply noToken = s.send(HttpRequest.newBuilder(s.uri("/somewhere")).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("a=1")));
        assertEquals(403, noToken.status(), noToken.body());
        assertTrue(noToken.body().contains("Reload the page"));
        // Sessions are not stored with error responses, so the token must come from a real page.
        Reply home = s.getHtml("/");
        Assumptions.assumeTrue(home.status() == 200, "needs the studio's home page");
        String token = s.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
        Reply withToken = s.send(HttpRequest.newBuilder(s.uri("/somewhere")).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("X-XSRF-TOKEN=" + token + "&a=1")));
        assertEquals(404, withToken.status(), "past the CSRF check, to the missing page");
    }
}
