package org.toolsmith.runtime.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.toolsmith.runtime.ServerFixture;
import org.toolsmith.runtime.ServerFixture.Reply;

/** A small company for the permission tests: people made through the API, each with a token. */
final class Team {
    static final String PASSWORD = "a long enough password";
    static final String SPEC = """
            {"spec": {"spec": 1, "name": "Requests", "entities": [
              {"key": "request", "name": "Request", "plural": "Requests", "title": "title", "fields": [
                {"key": "title", "label": "Title", "type": "text", "required": true},
                {"key": "note", "label": "Note", "type": "text"}
              ]}
            ]}}""";

    private Team() {
    }

    /** Creates {@code login} with the given roles and groups (as the admin) and returns a token of theirs. */
    static String person(ServerFixture admin, String login, String roles, String groups) {
        Reply made = admin.post("/api/users", "{\"login\": \"" + login + "\", \"name\": \"" + login.toUpperCase() + "\", "
                + "\"password\": \"" + PASSWORD + "\", \"roles\": [" + roles + "], \"groups\": [" + groups + "]}");
        assertEquals(201, made.status(), made.body());
        return token(admin, login);
    }

    static String token(ServerFixture any, String login) {
        Reply token = any.as(null).post("/api/tokens", "{\"login\": \"" + login + "\", \"password\": \"" + PASSWORD
                + "\", \"name\": \"tests\"}");
        assertEquals(201, token.status(), token.body());
        return token.json().get("token").asText();
    }

    /** Adds a request as the holder of {@code client}'s token; returns its id. */
    static long add(ServerFixture client, String slug, String title) {
        Reply r = client.post("/api/apps/" + slug + "/request", "{\"title\": \"" + title + "\"}");
        assertEquals(201, r.status(), r.body());
        return r.json().get("id").asLong();
    }

    static void share(ServerFixture admin, String slug, String grantsJson) {
        Reply r = admin.put("/api/apps/" + slug + "/sharing", "{\"grants\": " + grantsJson + "}");
        assertEquals(200, r.status(), r.body());
        if (r.json().has("pending")) {
            admin.publish(slug); // widening who may use an app goes live through review
        }
    }
}
