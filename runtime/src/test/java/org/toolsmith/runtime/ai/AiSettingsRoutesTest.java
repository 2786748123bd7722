package org.toolsmith.runtime.ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolsmith.runtime.ServerFixture;
import org.toolsmith.runtime.ServerFixture.Reply;

class AiSettingsRoutesTest {
    private static final String KEY = "sk-live-very-secret-0123456789";

    @TempDir
    Path data;

    private static Reply save(ServerFixture admin, String form) {
        return admin.send(HttpRequest.newBuilder(admin.uri("/admin/ai")).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static String form(String provider, String key, String extra) {
        return "provider=" + provider + "&model=gpt-4o-mini&baseUrl=" + URLEncoder.encode("http://127.0.0.1:9/v1", StandardCharsets.UTF_8)
                + "&output=json&timeoutSeconds=20&apiKey=" + URLEncoder.encode(key, StandardCharsets.UTF_8) + extra;
    }

    @Test
    void saves_the_service_and_never_shows_the_key_back() throws Exception {
        try (ServerFixture admin = ServerFixture.start(data)) {
            Reply saved = save(admin, form("openai", KEY, ""));
            assertEquals(200, saved.status(), saved.body());
            assertFalse(saved.body().contains(KEY));
            assertTrue(saved.body().contains("A key is set."));
            assertTrue(saved.body().contains("Nothing has gone to the AI service yet."));

            Reply api = admin.get("/api/admin/ai");
            assertEquals("openai", api.json().path("provider").asText());
            assertEquals("json", api.json().path("output").asText());
            assertEquals(20, api.json().path("timeoutSeconds").asInt());
            assertTrue(api.json().path("keySet").asBoolean());
            assertFalse(api.body().contains(KEY));
            assertFalse(admin.getHtml("/admin/ai").body().contains(KEY));

            Path file = data.resolve(AiSettingsFile.NAME);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

            save(admin, form("openai", "", ""));
            assertTrue(admin.get("/api/admin/ai").json().path("keySet").asBoolean(), "an empty key field keeps the key");
            save(admin, form("openai", "", "&forgetKey=on"));
            assertFalse(admin.get("/api/admin/ai").json().path("keySet").asBoolean());
        }
    }

    @Test
    void the_choice_survives_a_restart() {
        try (ServerFixture admin = ServerFixture.start(data)) {
            assertEquals(200, save(admin, form("anthropic", KEY, "")).status());
        }
        try (ServerFixture admin = ServerFixture.start(data)) {
            Reply api = admin.get("/api/admin/ai");
            assertEquals("anthropic", api.json().path("provider").asText());
            assertTrue(api.json().path("keySet").asBoolean());
        }
    }

    @Test
    void rejects_a_bad_address_or_a_key_that_could_break_a_header_and_keeps_nothing() {
        try (ServerFixture admin = ServerFixture.start(data)) {
            Reply badUrl = save(admin, form("openai", KEY, "").replace("http%3A%2F%2F127.0.0.1%3A9%2Fv1", "file%3A%2Fetc%2Fpasswd"));
            assertEquals(422, badUrl.status(), badUrl.body());
            assertTrue(badUrl.body().contains("starting with https://"));
            assertFalse(badUrl.body().contains(KEY), "a refused form does not echo the key either");

            Reply badKey = save(admin, form("openai", "sk-1\r\nX-Evil: 1", ""));
            assertEquals(422, badKey.status());
            assertEquals("none", admin.get("/api/admin/ai").json().path("provider").asText());
            assertFalse(Files.exists(data.resolve(AiSettingsFile.NAME)));
        }
    }

    @Test
    void only_admins_may_see_or_change_it() {
        try (ServerFixture admin = ServerFixture.start(data)) {
            Reply made = admin.post("/api/users", "{\"login\": \"bea\", \"name\": \"Bea\", \"password\": \"correct-horse-battery\", "
                    + "\"roles\": [\"builder\"], \"groups\": []}");
            assertEquals(201, made.status(), made.body());
            String token = admin.as(null).post("/api/tokens", "{\"login\": \"bea\", \"password\": \"correct-horse-battery\", \"name\": \"t\"}")
                    .json().path("token").asText();
            ServerFixture bea = admin.as(token);
            assertEquals(403, bea.get("/api/admin/ai").status());
            assertEquals(403, save(bea, form("openai", KEY, "")).status());
            assertEquals(401, admin.as(null).get("/api/admin/ai").status());
            assertTrue(admin.getHtml("/catalog").body().contains("<a href=\"/admin/ai\">AI service</a>"), "admins find the page in the navigation");
            Reply beasPage = bea.getHtml("/catalog");
            assertEquals(200, beasPage.status());
            assertTrue(beasPage.body().contains("href=\"/catalog\""), beasPage.body());
            assertFalse(beasPage.body().contains("/admin/ai"), "others do not");
        }
    }
}
