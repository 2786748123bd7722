package org.toolsmith.runtime.people;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.oauth2.OAuth2Auth;
import io.vertx.ext.auth.oauth2.OAuth2AuthorizationURL;
import io.vertx.ext.auth.oauth2.OAuth2Options;
import io.vertx.ext.auth.oauth2.Oauth2Credentials;
import io.vertx.ext.auth.oauth2.providers.OpenIDConnectAuth;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.toolsmith.runtime.system.Config;
import org.toolsmith.runtime.system.Pages;
import org.toolsmith.runtime.system.RequestException;

/**
 * Signing in with an OpenID Connect provider (vertx-auth-oauth2): discovery at start, the
 * authorization code flow with PKCE (S256) and a random state kept in the session, the ID token
 * checked by the library (signature from the provider's JWKS, issuer, audience, expiry). The person
 * is found or created by {@code preferred_username} (else e-mail, else subject), and their groups
 * are set from the configured claim (renamed by the group map), their roles from the role map when
 * one is configured. A random {@code nonce} goes with each sign-in and must come back in the ID
 * token. Signing out of a single sign-on session also signs out at the provider when its discovery
 * names an {@code end_session_endpoint}.
 */
public final class SingleSignOn {
    static final String STATE = "toolsmith.sso.state";
    static final String VERIFIER = "toolsmith.sso.verifier";
    static final String NEXT = "toolsmith.sso.next";
    static final String NONCE = "toolsmith.sso.nonce";
    /** The ID token of a single sign-on session, kept to sign out at the provider ({@code id_token_hint}). */
    static final String ID_TOKEN = "toolsmith.sso.idtoken";

    private final OAuth2Auth oauth;
    private final Config.Sso settings;
    private final Accounts accounts;

    private SingleSignOn(OAuth2Auth oauth, Config.Sso settings, Accounts accounts) {
        this.oauth = oauth;
        this.settings = settings;
        this.accounts = accounts;
    }

    /** Reads the provider's discovery document (and keys); fails if the provider cannot be reached. */
    public static Future<SingleSignOn> discover(Vertx vertx, Config.Sso settings, Accounts accounts) {
        if (settings.clientId() == null) {
            return Future.failedFuture(new IllegalStateException("Single sign-on needs TOOLSMITH_OIDC_CLIENT_ID as well as the issuer."));
        }
        OAuth2Options options = new OAuth2Options().setSite(settings.issuer()).setClientId(settings.clientId())
                .setClientSecret(settings.clientSecret());
        return OpenIDConnectAuth.discover(vertx, options).map(oauth -> new SingleSignOn(oauth, settings, accounts));
    }

    /** {@code GET /login/sso}: off to the provider, with a fresh state and PKCE challenge. */
    void start(RoutingContext ctx) {
        Session session = session(ctx);
        String state = Passwords.randomToken("");
        String verifier = Passwords.randomToken("");
        String nonce = Passwords.randomToken("");
        String next = ctx.queryParams().get("next");
        session.put(STATE, state);
        session.put(VERIFIER, verifier);
        session.put(NONCE, nonce);
        session.put(NEXT, Authentication.safeNext(next) ? next : "/");
        String url = oauth.authorizeURL(new OAuth2AuthorizationURL().setRedirectUri(redirectUri(ctx))
                .setScopes(List.of("openid", "profile", "email")).setState(state)
                .setCodeChallenge(challenge(verifier)).setCodeChallengeMethod("S256"))
                // added here: the library's additional parameters replace PKCE and the redirect URI
                + "&nonce=" + Pages.urlEncode(nonce);
        ctx.response().setStatusCode(302).putHeader("Location", url).putHeader("Cache-Control", "no-store").end();
    }

    /** {@code GET /login/sso/callback}: checks the state, trades the code (with the verifier), signs the person in. */
    void callback(RoutingContext ctx) {
        Session session = session(ctx);
        String expected = session.remove(STATE);
        String verifier = session.remove(VERIFIER);
        String next = session.remove(NEXT);
        String nonce = session.remove(NONCE);
        String state = ctx.queryParams().get("state");
        if (expected == null || verifier == null || nonce == null || !Passwords.same(expected, state)) {
            throw RequestException.badRequest("This sign-in did not start here or has expired. Start again from the sign-in page.");
        }
        if (ctx.queryParams().get("error") != null) {
            throw RequestException.unauthorized("The sign-in service refused: " + ctx.queryParams().get("error")
                    + ". Try again, or sign in with your Toolsmith password.");
        }
        io.vertx.ext.auth.User signed;
        try {
            signed = oauth.authenticate(new Oauth2Credentials().setFlow(io.vertx.ext.auth.oauth2.OAuth2FlowType.AUTH_CODE).setCode(ctx.queryParams().get("code"))
                    .setRedirectUri(redirectUri(ctx)).setCodeVerifier(verifier)).await();
        } catch (RuntimeException e) {
            System.err.println("toolsmith: single sign-on failed: " + e.getMessage());
            throw RequestException.unauthorized("The sign-in service did not confirm who you are. Try again.");
        }
        JsonObject claims = signed.attributes().getJsonObject("idToken", new JsonObject());
        Object sent = claims.getValue("nonce");
        if (!(sent instanceof String s) || !Passwords.same(nonce, s)) {
            // an ID token made for another sign-in (replayed or injected)
            throw RequestException.unauthorized("The sign-in service answered for another sign-in. Start again from the sign-in page.");
        }
        List<String> provided = groups(claims);
        User user = accounts.external(login(claims), claims.getString("name"), claims.getString("email"), mapGroups(provided),
                roles(provided));
        session.regenerateId();
        String idToken = signed.principal().getString("id_token");
        if (idToken != null) {
            session.put(ID_TOKEN, idToken);
        }
        session.put(Authentication.SESSION_USER, user.id());
        session.put(Authentication.SESSION_GENERATION, user.generation());
        LoginPages.redirect(ctx, next == null ? "/" : next);
    }

    /**
     * Where to send the browser after a local sign-out: the provider's end-session address (with the
     * ID token as hint and the sign-in page to come back to), or null when the session was not a
     * single sign-on one or the provider has none.
     */
    String endSession(RoutingContext ctx) {
        Session session = ctx.session();
        String idToken = session == null ? null : session.get(ID_TOKEN);
        if (idToken == null) {
            return null;
        }
        try {
            return oauth.endSessionURL(io.vertx.ext.auth.User.create(new JsonObject().put("id_token", idToken)),
                    new JsonObject().put("post_logout_redirect_uri", base(ctx) + "/login"));
        } catch (RuntimeException e) {
            System.err.println("toolsmith: no provider sign-out: " + e.getMessage());
            return null;
        }
    }

    /** The provider's groups, renamed by the configured group map (groups not in it keep their name). */
    List<String> mapGroups(List<String> provided) {
        return provided.stream().map(g -> settings.groupMap().getOrDefault(g, g)).distinct().toList();
    }

    /** The roles the role map gives these groups; null (roles stay Toolsmith's) when no role map is configured. */
    java.util.Set<String> roles(List<String> provided) {
        if (settings.roleMap().isEmpty()) {
            return null;
        }
        java.util.Set<String> roles = new java.util.TreeSet<>();
        provided.forEach(g -> roles.addAll(settings.roleMap().getOrDefault(g, java.util.Set.of())));
        roles.retainAll(User.ROLES);
        return roles;
    }

    private String login(JsonObject claims) {
        for (String name : List.of("preferred_username", "email", "sub")) {
            Object v = claims.getValue(name);
            if (v instanceof String s && s.strip().toLowerCase(Locale.ROOT).matches(Accounts.LOGIN_PATTERN)) {
                return s.strip().toLowerCase(Locale.ROOT);
            }
        }
        throw RequestException.unauthorized("The sign-in service gave no usable login (preferred_username, email or sub).");
    }

    private List<String> groups(JsonObject claims) {
        Object v = claims.getValue(settings.groupsClaim());
        List<String> groups = new ArrayList<>();
        if (v instanceof JsonArray array) {
            array.forEach(g -> groups.add(String.valueOf(g)));
        } else if (v instanceof String s) {
            groups.add(s);
        }
        return groups;
    }

    private String redirectUri(RoutingContext ctx) {
        return base(ctx) + "/login/sso/callback";
    }

    private String base(RoutingContext ctx) {
        String base = settings.publicUrl() != null ? settings.publicUrl()
                : ctx.request().scheme() + "://" + ctx.request().authority().host()
                        + (ctx.request().authority().port() > 0 ? ":" + ctx.request().authority().port() : "");
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static Session session(RoutingContext ctx) {
        if (ctx.session() == null) {
            throw RequestException.badRequest("Signing in needs cookies: allow cookies for this site and try again.");
        }
        return ctx.session();
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
