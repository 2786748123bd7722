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

    @Test
    void each_sign_in_sends_a_nonce_and_an_id_token_with_another_nonce_signs_nobody_in() throws Exception {
        try (TinyOidcProvider provider = new TinyOidcProvider();
             ServerFixture s = ServerFixture.start(ServerFixture.config(data).withSso(new Config.Sso(provider.issuer(),
                     TinyOidcProvider.CLIENT_ID, TinyOidcProvider.CLIENT_SECRET, "groups", null)))) {
            ServerFixture web = s.as(null);
            String first = web.getHtml("/login/sso").header("Location").orElseThrow();
            String nonce = first.replaceAll(".*[?&]nonce=([^&]+).*", "$1");
            assertTrue(nonce.length() >= 32 && !nonce.equals(first), first);
            String second = web.getHtml("/login/sso").header("Location").orElseThrow();
            assertTrue(!second.contains("nonce=" + nonce), "a fresh nonce per sign-in");

            provider.wrongNonce = true;
            ServerFixture other = s.as(null);
            Reply returned = other.send(HttpRequest.newBuilder(URI.create(other.getHtml("/login/sso").header("Location").orElseThrow())).GET());
            Reply refused = other.send(HttpRequest.newBuilder(URI.create(returned.header("Location").orElseThrow()))
                    .header("Accept", "text/html").GET());
            assertEquals(401, refused.status(), refused.body());
            assertEquals(303, other.getHtml("/catalog").status(), "not signed in");
        }
    }

    @Test
    void signing_out_of_a_single_sign_on_session_also_signs_out_at_the_provider() throws Exception {
        try (TinyOidcProvider provider = new TinyOidcProvider();
             ServerFixture s = ServerFixture.start(ServerFixture.config(data).withSso(new Config.Sso(provider.issuer(),
                     TinyOidcProvider.CLIENT_ID, TinyOidcProvider.CLIENT_SECRET, "groups", null)))) {
            ServerFixture web = signIn(s);
            assertEquals(200, web.getHtml("/catalog").status());
            Reply out = PeopleAdminTest.form(web, "/logout", "");
            assertEquals(200, out.status(), out.body());
            String body = out.body().replace("&amp;", "&");
            assertTrue(body.contains("href=\"" + provider.issuer() + "/logout?"), body);
            assertTrue(body.contains("id_token_hint=ey"), "the ID token as hint");
            assertTrue(body.contains("post_logout_redirect_uri=" + java.net.URLEncoder.encode(s.uri("/login").toString(),
                    java.nio.charset.StandardCharsets.UTF_8)), body);
            assertEquals(303, web.getHtml("/catalog").status(), "signed out here");

            ServerFixture password = s.signedIn("admin", ServerFixture.ADMIN_PASSWORD);
            password.getHtml("/catalog");
            Reply local = PeopleAdminTest.form(password, "/logout", "");
            assertEquals(303, local.status(), "a password session just signs out here");
            assertEquals("/login", local.header("Location").orElse(""));
        }
    }

    @Test
    void provider_groups_map_to_toolsmith_roles_and_groups_when_configured() throws Exception {
        try (TinyOidcProvider provider = new TinyOidcProvider();
             ServerFixture s = ServerFixture.start(ServerFixture.config(data).withSso(new Config.Sso(provider.issuer(),
                     TinyOidcProvider.CLIENT_ID, TinyOidcProvider.CLIENT_SECRET, "roles", null,
                     Config.Sso.parseMap("it-builders=builder; it-review=reviewer admin-typo"), java.util.Map.of("hr-staff", "HR"))))) {
            provider.person = java.util.Map.of("sub", "u-7", "preferred_username", "hana", "name", "Hana",
                    "roles", java.util.List.of("hr-staff", "it-builders", "north"));
            signIn(s);
            assertEquals("[\"builder\"]", user(s, "hana").get("roles").toString(), "roles from the role map");
            assertEquals("[\"HR\",\"it-builders\",\"north\"]", user(s, "hana").get("groups").toString(),
                    "groups renamed by the group map, the others kept");

            provider.person = java.util.Map.of("sub", "u-7", "preferred_username", "hana", "name", "Hana",
                    "roles", java.util.List.of("it-review"));
            signIn(s);
            assertEquals("[\"reviewer\"]", user(s, "hana").get("roles").toString(), "the provider owns mapped roles; unknown ones are dropped");
        }
    }

    @Test
    void role_and_group_maps_are_read_from_the_environment() {
        Config c = Config.defaults().withEnvironment(java.util.Map.of("TOOLSMITH_OIDC_ISSUER", "https://id.example.com",
                "TOOLSMITH_OIDC_ROLE_MAP", "it-admins=admin builder; reviewers=reviewer", "TOOLSMITH_OIDC_GROUP_MAP", "hr-staff=HR"));
        assertEquals(java.util.Set.of("admin", "builder"), c.sso().roleMap().get("it-admins"));
        assertEquals("HR", c.sso().groupMap().get("hr-staff"));
    }

    private static ServerFixture signIn(ServerFixture s) {
        ServerFixture web = s.as(null);
        Reply there = web.getHtml("/login/sso");
        Reply returned = web.send(HttpRequest.newBuilder(URI.create(there.header("Location").orElseThrow())).GET());
        Reply in = web.send(HttpRequest.newBuilder(URI.create(returned.header("Location").orElseThrow())).header("Accept", "text/html").GET());
        assertEquals(303, in.status(), in.body());
        return web;
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
