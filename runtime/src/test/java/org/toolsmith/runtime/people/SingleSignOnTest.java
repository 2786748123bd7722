package org.toolsmith.runtime.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolsmith.runtime.ServerFixture;
import org.toolsmith.runtime.ServerFixture.Reply;
import org.toolsmith.runtime.system.Config;

/** The OpenID Connect flow end to end, against a provider started on loopback. */
class SingleSignOnTest {
    @TempDir
    Path data;

    @Test
    void a_person_signs_in_with_the_provider_and_gets_an_account_with_the_groups_it_names() throws Exception {
        try (TinyOidcProvider provider = new TinyOidcProvider();
             ServerFixture s = ServerFixture.start(ServerFixture.config(data).withSso(new Config.Sso(provider.issuer(),
                     TinyOidcProvider.CLIENT_ID, TinyOidcProvider.CLIENT_SECRET, "groups", null)))) {
            ServerFixture web = s.as(null);
            assertTrue(web.getHtml("/login").body().contains("href=\"/login/sso\""), "the sign-in page offers it");

            Reply toProvider = web.getHtml("/login/sso?next=%2Fcatalog");
            assertEquals(302, toProvider.status(), toProvider.body());
            String authorize = toProvider.header("Location").orElseThrow();
            assertTrue(authorize.startsWith(provider.issuer() + "/authorize?"), authorize);
            assertTrue(authorize.contains("code_challenge_method=S256") && authorize.contains("code_challenge="), authorize);

            Reply back = web.send(HttpRequest.newBuilder(URI.create(authorize)).GET());
            assertEquals(302, back.status(), back.body());
            String callback = back.header("Location").orElseThrow();
            assertTrue(callback.startsWith(s.uri("/login/sso/callback").toString()), callback);

            Reply in = web.send(HttpRequest.newBuilder(URI.create(callback)).header("Accept", "text/html").GET());
            assertEquals(303, in.status(), in.body() + " provider: " + provider.lastTokenError);
            assertEquals("/catalog", in.header("Location").orElse(""));
            assertEquals(1, provider.tokensIssued, "the code was traded once, with the right PKCE verifier");
            String catalog = web.getHtml("/catalog").body();
            assertTrue(catalog.contains("Olga Olsen"), "signed in as the person the provider named");

            assertEquals("[\"north\",\"sales\"]", user(s, "olga").get("groups").toString(), "groups from the claim");
            assertEquals("[]", user(s, "olga").get("roles").toString(), "no role: she uses what is shared with her");

            Reply replay = web.send(HttpRequest.newBuilder(URI.create(callback)).header("Accept", "text/html").GET());
            assertEquals(400, replay.status(), "a callback is good once: the state is spent");
            assertEquals(1, provider.tokensIssued);

            provider.person = java.util.Map.of("sub", "u-42", "preferred_username", "olga", "name", "Olga Olsen",
                    "groups", java.util.List.of("support"));
            ServerFixture again = s.as(null);
            Reply there = again.getHtml("/login/sso");
            Reply returned = again.send(HttpRequest.newBuilder(URI.create(there.header("Location").orElseThrow())).GET());
            Reply signedIn = again.send(HttpRequest.newBuilder(URI.create(returned.header("Location").orElseThrow())).GET());
            assertEquals(303, signedIn.status());
            assertEquals("[\"support\"]", user(s, "olga").get("groups").toString(), "the provider's groups replace hers");
            assertEquals(1, s.get("/api/users").json().get("items").findValues("login").stream()
                    .filter(l -> l.asText().equals("olga")).count(), "the same account, not a second one");
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode user(ServerFixture admin, String login) {
        for (var u : admin.get("/api/users").json().get("items")) {
            if (u.get("login").asText().equals(login)) {
                return u;
            }
        }
        throw new AssertionError("no account " + login);
    }

    @Test
    void a_callback_that_did_not_start_here_is_refused_before_any_code_is_traded() throws Exception {
        try (TinyOidcProvider provider = new TinyOidcProvider();
             ServerFixture s = ServerFixture.start(ServerFixture.config(data).withSso(new Config.Sso(provider.issuer(),
                     TinyOidcProvider.CLIENT_ID, TinyOidcProvider.CLIENT_SECRET, "groups", null)))) {
            ServerFixture web = s.as(null);
            web.getHtml("/login/sso");
            Reply forged = web.send(HttpRequest.newBuilder(s.uri("/login/sso/callback?code=stolen&state=guessed"))
                    .header("Accept", "text/html").GET());
            assertEquals(400, forged.status());
            assertEquals(0, provider.tokensIssued);
            assertEquals(303, web.getHtml("/catalog").status(), "still not signed in");
        }
    }

    @Test
    void an_id_token_not_signed_with_the_providers_key_signs_nobody_in() throws Exception {
        try (TinyOidcProvider provider = new TinyOidcProvider();
             ServerFixture s = ServerFixture.start(ServerFixture.config(data).withSso(new Config.Sso(provider.issuer(),
                     TinyOidcProvider.CLIENT_ID, TinyOidcProvider.CLIENT_SECRET, "groups", null)))) {
            provider.wrongKey = true;
            ServerFixture web = s.as(null);
            Reply there = web.getHtml("/login/sso");
            Reply returned = web.send(HttpRequest.newBuilder(URI.create(there.header("Location").orElseThrow())).GET());
            Reply refused = web.send(HttpRequest.newBuilder(URI.create(returned.header("Location").orElseThrow()))
                    .header("Accept", "text/html").GET());
            assertEquals(401, refused.status(), refused.body());
            assertEquals(1, provider.tokensIssued);
            assertEquals(303, web.getHtml("/catalog").status(), "not signed in");
            assertTrue(s.get("/api/users").json().get("items").findValues("login").stream().noneMatch(l -> l.asText().equals("olga")));
        }
    }
}
