package org.toolsmith.runtime.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolsmith.runtime.ServerFixture;
import org.toolsmith.runtime.ServerFixture.Reply;

/** Admins disable, enable and delete people, from the API and the people page. */
class PeopleAdminTest {
    @TempDir
    Path data;

    @Test
    void a_disabled_person_cannot_sign_in_and_loses_sessions_and_tokens_until_enabled() {
        try (ServerFixture admin = ServerFixture.start(data)) {
            ServerFixture ann = admin.as(Team.person(admin, "ann", "", ""));
            ServerFixture web = admin.signedIn("ann", Team.PASSWORD);
            assertEquals(200, web.getHtml("/catalog").status());

            Reply off = admin.patch("/api/users/ann", "{\"disabled\": true}");
            assertEquals(200, off.status(), off.body());
            assertEquals("disabled", off.json().get("status").asText());
            assertEquals(401, ann.get("/api/me").status(), "her token is revoked");
            assertEquals(303, web.getHtml("/catalog").status(), "her session is over");
            assertEquals(403, admin.as(null).post("/api/tokens", "{\"login\": \"ann\", \"password\": \"" + Team.PASSWORD
                    + "\", \"name\": \"x\"}").status(), "no new token");
            Reply page = signIn(admin.as(null), "ann", Team.PASSWORD);
            assertEquals(403, page.status());
            assertTrue(page.body().contains("disabled"), page.body());
            assertEquals(401, signIn(admin.as(null), "ann", "a wrong password!").status(), "a wrong password learns nothing");

            assertEquals("active", admin.patch("/api/users/ann", "{\"disabled\": false}").json().get("status").asText());
            assertEquals(401, ann.get("/api/me").status(), "old tokens stay revoked");
            assertEquals(200, admin.signedIn("ann", Team.PASSWORD).getHtml("/catalog").status(), "she signs in again");
        }
    }

    @Test
    void a_deleted_person_keeps_login_and_name_on_their_records_and_the_login_is_not_reused() {
        try (ServerFixture admin = ServerFixture.start(data)) {
            ServerFixture bea = admin.as(Team.person(admin, "bea", "\"builder\"", "\"sales\""));
            String slug = bea.post("/api/apps", Team.SPEC).json().get("slug").asText();
            long id = Team.add(bea, slug, "Bea's chair");
            Team.share(admin, slug, "[{\"to\": \"user:bea\", \"rights\": [\"view_all\"]}]");

            assertEquals(204, admin.delete("/api/users/bea").status());
            assertEquals(401, bea.get("/api/me").status());
            Reply shown = admin.get("/api/users/bea");
            assertEquals("deleted", shown.json().get("status").asText());
            assertEquals("BEA", shown.json().get("name").asText(), "who they were");
            assertEquals("[]", shown.json().get("groups").toString());
            Reply record = admin.get("/api/apps/" + slug + "/request/" + id);
            assertEquals(200, record.status(), "her records keep working");
            assertEquals("bea", record.json().get("created_by").asText());
            assertEquals(200, admin.patch("/api/apps/" + slug + "/request/" + id, "{\"note\": \"kept\"}").status());
            assertEquals("[]", admin.get("/api/apps/" + slug + "/sharing").json().get("grants").toString(), "grants naming her went");
            Reply again = admin.post("/api/users", "{\"login\": \"bea\", \"password\": \"" + Team.PASSWORD + "\"}");
            assertEquals(409, again.status());
            assertTrue(again.body().contains("deleted"), again.body());
            assertEquals(401, signIn(admin.as(null), "bea", Team.PASSWORD).status());
            assertEquals(409, admin.patch("/api/users/bea", "{\"disabled\": true}").status());
        }
    }

    @Test
    void nobody_disables_or_deletes_themselves_and_only_admins_may() {
        try (ServerFixture admin = ServerFixture.start(data)) {
            ServerFixture gus = admin.as(Team.person(admin, "gus", "", ""));
            assertEquals(409, admin.delete("/api/users/admin").status());
            assertEquals(409, admin.patch("/api/users/admin", "{\"disabled\": true}").status());
            assertEquals(403, gus.delete("/api/users/admin").status());
            assertEquals(403, gus.patch("/api/users/gus", "{\"disabled\": true}").status());
            assertEquals(404, admin.delete("/api/users/nobody").status());
            assertEquals(400, admin.patch("/api/users/gus", "{\"disabled\": \"yes\"}").status());
        }
    }

    @Test
    void the_people_page_disables_enables_and_deletes_with_csrf_and_a_typed_confirmation() {
        try (ServerFixture admin = ServerFixture.start(data)) {
            ServerFixture olga = admin.as(Team.person(admin, "olga", "", ""));
            ServerFixture web = admin.signedIn("admin", ServerFixture.ADMIN_PASSWORD);
            String page = web.getHtml("/admin/users/olga").body();
            assertTrue(page.contains("action=\"/admin/users/olga/disable\"") && page.contains("action=\"/admin/users/olga/delete\""), page);

            Reply noToken = web.send(HttpRequest.newBuilder(web.uri("/admin/users/olga/disable")).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("")));
            assertEquals(403, noToken.status(), "CSRF");
            assertEquals(200, olga.get("/api/me").status());

            Reply off = form(web, "/admin/users/olga/disable", "");
            assertEquals(200, off.status(), off.body());
            assertEquals(401, olga.get("/api/me").status());
            assertTrue(web.getHtml("/admin/users").body().contains("disabled"), "the list shows it");
            assertEquals(200, form(web, "/admin/users/olga/enable", "").status());
            assertEquals("active", admin.get("/api/users/olga").json().get("status").asText());

            assertEquals(422, form(web, "/admin/users/olga/delete", "confirm=olg").status(), "the login must be typed");
            assertEquals("active", admin.get("/api/users/olga").json().get("status").asText());
            Reply gone = form(web, "/admin/users/olga/delete", "confirm=olga");
            assertEquals(200, gone.status(), gone.body());
            assertTrue(gone.body().contains("was deleted"), gone.body());
            assertEquals("deleted", admin.get("/api/users/olga").json().get("status").asText());
        }
    }

    static Reply signIn(ServerFixture web, String login, String password) {
        web.getHtml("/login");
        return form(web, "/login", "login=" + enc(login) + "&password=" + enc(password));
    }

    static Reply form(ServerFixture web, String path, String body) {
        String token = "X-XSRF-TOKEN=" + enc(web.cookie("XSRF-TOKEN"));
        return web.send(HttpRequest.newBuilder(web.uri(path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.isEmpty() ? token : token + "&" + body)));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
