package org.toolsmith.runtime.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.toolsmith.runtime.ServerFixture;
import org.toolsmith.runtime.ServerFixture.Reply;

/** The people of the review tests: made through the API by an admin, each with a token of their own. */
final class Crew {
    private Crew() {
    }

    /** Creates {@code login} with one role (as {@code admin}) and returns a token of theirs. */
    static String person(ServerFixture admin, String login, String role) {
        Reply made = admin.post("/api/users", "{\"login\": \"" + login + "\", \"name\": \"" + login + "\", \"password\": \"secret-" + login
                + "-long\", \"roles\": [\"" + role + "\"]}");
        assertEquals(201, made.status(), made.toString());
        Reply token = admin.as(null).post("/api/tokens", "{\"login\": \"" + login + "\", \"password\": \"secret-" + login + "-long\", \"name\": \"t\"}");
        assertEquals(201, token.status(), token.toString());
        return token.json().get("token").asText();
    }
}
