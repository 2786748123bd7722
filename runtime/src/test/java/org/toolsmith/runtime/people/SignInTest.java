package org.toolsmith.runtime.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolsmith.runtime.ServerFixture;
import org.toolsmith.runtime.ServerFixture.Reply;

/** Signing in and out with cookie sessions, CSRF on their forms, throttling, tokens. */
class SignInTest {
    @TempDir
    Path data;

    @Test
    void anonymous_pages_go_to_sign_in_and_come_back_after_it() {
        try (ServerFixture s = ServerFixture.start(data)) {
            ServerFixture web = s.as(null);
            Reply page = web.getHtml("/catalog?q=x");
            assertEquals(303, page.status());
            assertEquals("/login?next=%2Fcatalog%3Fq%3Dx", page.header("Location").orElse(""));
            assertEquals(401, web.get("/api/apps").status());
            assertEquals(200, web.get("/health").status(), "health checks need no account");
            web.getHtml("/login");
            String before = web.cookie("toolsmith.session");
            Reply in = form(web, "/login", "login=admin&password=" + enc(ServerFixture.ADMIN_PASSWORD) + "&next=" + enc("/catalog?q=x"));
            assertEquals(303, in.status(), in.body());
            assertEquals("/catalog?q=x", in.header("Location").orElse(""));
            assertNotEquals(before, web.cookie("toolsmith.session"), "the session id is renewed at sign-in");
            String setCookie = String.join("\n", in.response().headers().allValues("Set-Cookie"));
            assertTrue(setCookie.toLowerCase(java.util.Locale.ROOT).contains("httponly") && setCookie.contains("SameSite=Lax"), setCookie);
            assertFalse(setCookie.contains("Secure"), "plain http: no Secure flag, or the browser would drop the cookie");
            assertEquals(200, web.getHtml("/catalog").status());
            Reply offsite = form(web, "/login", "login=admin&password=" + enc(ServerFixture.ADMIN_PASSWORD) + "&next=" + enc("//evil.example/"));
            assertEquals("/", offsite.header("Location").orElse(""), "never sends people to another site");
        }
    }

    @Test
    void cookies_are_secure_behind_an_https_proxy() {
        try (ServerFixture s = ServerFixture.start(data)) {
            Reply r = s.as(null).send(HttpRequest.newBuilder(s.uri("/login")).header("X-Forwarded-Proto", "https").GET());
            String setCookie = String.join("\n", r.response().headers().allValues("Set-Cookie"));
            assertTrue(setCookie.contains("toolsmith.session=") && setCookie.contains("Secure"), setCookie);
        }
    }

    @Test
    void forms_of_a_signed_in_session_need_the_csrf_token_but_bearer_calls_do_not() {
        try (ServerFixture s = ServerFixture.start(data)) {
            ServerFixture web = s.signedIn("admin", ServerFixture.ADMIN_PASSWORD);
            Reply forged = web.send(HttpRequest.newBuilder(web.uri("/tokens")).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("name=stolen")));
            assertEquals(403, forged.status(), "a cross-site form without the token is refused");
            web.getHtml("/tokens");
            Reply made = form(web, "/tokens", "name=nightly");
            assertEquals(201, made.status(), made.body());
            assertTrue(made.body().matches("(?s).*<code class=\"token\" id=\"new-token\">tsm_[A-Za-z0-9_-]{43}</code>.*"));
            Reply bearer = s.send(HttpRequest.newBuilder(s.uri("/tokens")).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("name=script")));
            assertEquals(201, bearer.status(), "a bearer token is not sent by browsers on their own: no CSRF token needed");
            assertEquals(401, s.as("tsm_not-a-real-token").get("/api/me").status());
            assertEquals(401, s.as("tsm_not-a-real-token").getHtml("/catalog").status(), "a bad token is refused on pages too");
        }
    }

    @Test
    void sign_out_everywhere_ends_every_session_of_the_person() {
        try (ServerFixture s = ServerFixture.start(data)) {
            ServerFixture laptop = s.signedIn("admin", ServerFixture.ADMIN_PASSWORD);
            ServerFixture phone = s.signedIn("admin", ServerFixture.ADMIN_PASSWORD);
            assertEquals(200, phone.getHtml("/tokens").status());
            laptop.getHtml("/tokens");
            assertEquals(303, form(laptop, "/logout-everywhere", "").status());
            assertEquals(303, phone.getHtml("/tokens").status(), "the other session is over");
            assertEquals(303, laptop.getHtml("/tokens").status());
            ServerFixture again = s.signedIn("admin", ServerFixture.ADMIN_PASSWORD);
            assertEquals(200, again.getHtml("/tokens").status(), "signing in again works");
            again.getHtml("/tokens");
            assertEquals(303, form(again, "/logout", "").status());
            assertEquals(303, again.getHtml("/tokens").status(), "signed out");
        }
    }

    @Test
    void repeated_wrong_passwords_are_throttled_per_login_even_with_the_right_one() {
        try (ServerFixture s = ServerFixture.start(data)) {
            Team.person(s, "olga", "", "");
            ServerFixture anon = s.as(null);
            for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
                assertEquals(401, anon.post("/api/tokens", "{\"login\": \"olga\", \"password\": \"guess " + i + "\"}").status());
            }
            Reply right = anon.post("/api/tokens", "{\"login\": \"olga\", \"password\": \"" + Team.PASSWORD + "\"}");
            assertEquals(429, right.status(), "locked for a while, even with the right password");
            assertTrue(right.json().get("error").asText().contains("minutes"));
            ServerFixture web = anon.as(null);
            web.getHtml("/login");
            Reply page = form(web, "/login", "login=olga&password=" + enc(Team.PASSWORD));
            assertEquals(429, page.status(), "the sign-in page shares the count");
            assertEquals(303, form(web, "/login", "login=admin&password=" + enc(ServerFixture.ADMIN_PASSWORD)).status(),
                    "other people can still sign in from here");
            Reply wrong = anon.post("/api/tokens", "{\"login\": \"nobody\", \"password\": \"x\"}");
            assertEquals(401, wrong.status());
            assertFalse(wrong.body().contains("nobody"), "the answer does not say whether the login exists");
        }
    }

    @Test
    void admins_add_people_and_groups_others_may_not() {
        try (ServerFixture s = ServerFixture.start(data)) {
            Reply made = s.post("/api/users", "{\"login\": \"Gus\", \"name\": \"Gus G\", \"password\": \"" + Team.PASSWORD
                    + "\", \"roles\": [\"builder\"], \"groups\": [\"sales\", \"north\"]}");
            assertEquals(201, made.status(), made.body());
            assertEquals("gus", made.json().get("login").asText(), "logins are lower case");
            assertEquals(409, s.post("/api/users", "{\"login\": \"gus\", \"password\": \"" + Team.PASSWORD + "\"}").status());
            assertEquals(422, s.post("/api/users", "{\"login\": \"x\", \"password\": \"short\"}").status());
            assertEquals(422, s.post("/api/users", "{\"login\": \"y\", \"roles\": [\"king\"]}").status());
            ServerFixture gus = s.as(Team.token(s, "gus"));
            Reply me = gus.get("/api/me");
            assertEquals("[\"north\",\"sales\"]", me.json().get("groups").toString());
            assertEquals(403, gus.post("/api/users", "{\"login\": \"z\"}").status());
            assertEquals(403, gus.getHtml("/admin/users").status());
            String stored = String.join("", java.nio.file.Files.readAllLines(data.resolve("toolsmith.mv.db"),
                    StandardCharsets.ISO_8859_1));
            assertFalse(stored.contains(Team.PASSWORD), "no password is stored in clear");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void admins_change_roles_groups_and_passwords_and_the_last_admin_stays() {
        try (ServerFixture s = ServerFixture.start(data)) {
            ServerFixture gus = s.as(Team.person(s, "gus", "", "\"sales\""));
            assertEquals(403, gus.post("/api/apps", Team.SPEC).status(), "no builder role yet");
            Reply changed = s.patch("/api/users/gus", "{\"roles\": [\"builder\"], \"groups\": [\"support\"]}");
            assertEquals(200, changed.status(), changed.body());
            assertEquals("[\"support\"]", changed.json().get("groups").toString());
            assertEquals(201, gus.post("/api/apps", Team.SPEC).status(), "the new role counts at once");
            assertEquals(403, gus.patch("/api/users/gus", "{\"roles\": [\"admin\"]}").status(), "nobody gives themselves roles");
            assertEquals(404, s.patch("/api/users/nobody", "{\"name\": \"x\"}").status());
            assertEquals(409, s.patch("/api/users/admin", "{\"roles\": [\"builder\"]}").status(), "the last admin keeps the role");

            ServerFixture web = s.signedIn("gus", Team.PASSWORD);
            assertEquals(200, web.getHtml("/catalog").status());
            assertEquals(200, s.patch("/api/users/gus", "{\"password\": \"a brand new password\"}").status());
            assertEquals(303, web.getHtml("/catalog").status(), "a new password ends the old sessions");
            s.signedIn("gus", "a brand new password");

            ServerFixture self = s.signedIn("gus", "a brand new password");
            ServerFixture other = s.signedIn("gus", "a brand new password");
            self.getHtml("/tokens");
            assertEquals(422, form(self, "/password", "current=wrong+password&password=another+new+password").status());
            self.getHtml("/tokens");
            Reply own = form(self, "/password", "current=a+brand+new+password&password=another+new+password");
            assertEquals(303, own.status(), own.body());
            assertTrue(self.getHtml(own.header("Location").orElseThrow()).body().contains("Your password was changed."), "this session goes on");
            assertEquals(303, other.getHtml("/tokens").status(), "the other sessions end");
            s.signedIn("gus", "another new password");

            ServerFixture admin = s.signedIn("admin", ServerFixture.ADMIN_PASSWORD);
            assertTrue(admin.getHtml("/admin/users").body().contains("href=\"/admin/users/gus\""));
            assertEquals(200, admin.getHtml("/admin/users/gus").status());
            Reply saved = form(admin, "/admin/users/gus", "name=Gus+G&email=&roles=reviewer&groups=north%2C+south");
            assertEquals(200, saved.status(), saved.body());
            assertEquals("[\"reviewer\"]", gus.get("/api/me").json().get("roles").toString());
            assertEquals("[\"north\",\"south\"]", gus.get("/api/me").json().get("groups").toString());
        }
    }

    private static Reply form(ServerFixture web, String path, String body) {
        String token = "X-XSRF-TOKEN=" + enc(web.cookie("XSRF-TOKEN"));
        return web.send(HttpRequest.newBuilder(web.uri(path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.isEmpty() ? token : token + "&" + body)));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
