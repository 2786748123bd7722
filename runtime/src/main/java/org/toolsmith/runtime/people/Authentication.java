package org.toolsmith.runtime.people;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;
import java.util.Map;
import java.util.Optional;
import org.toolsmith.runtime.system.ErrorHandler;
import org.toolsmith.runtime.system.Pages;
import org.toolsmith.runtime.system.RequestException;

/**
 * Finds who is asking: {@code Authorization: Bearer <token>} (a personal token, or the
 * {@code TOOLSMITH_ADMIN_TOKEN} given at start, which acts as the {@code admin} account), else the
 * signed-in person of the cookie session, if the session's generation is still the person's.
 * A bearer header that does not hold a valid token is a 401 on every route, pages included.
 * Then {@link #guard(RoutingContext)} keeps anonymous callers out of everything but signing in.
 */
public final class Authentication implements Handler<RoutingContext> {
    static final String SESSION_USER = "toolsmith.uid";
    static final String SESSION_GENERATION = "toolsmith.generation";
    static final String BEARER_KEY = "toolsmith.bearer";
    public static final String ADMIN_LOGIN = "admin";

    private final Accounts accounts;
    private final String adminTokenDigest;

    /** @param adminToken the automation token from the environment, or null/blank for none */
    public Authentication(Accounts accounts, String adminToken) {
        this.accounts = accounts;
        this.adminTokenDigest = adminToken == null || adminToken.isBlank() ? null : Passwords.digest(adminToken.strip());
    }

    /** Whether the request carries an {@code Authorization} header: such calls skip cookies and CSRF. */
    public static boolean hasBearer(RoutingContext ctx) {
        return ctx.request().getHeader("Authorization") != null;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        if (header != null) {
            Optional<User> user = header.regionMatches(true, 0, "Bearer ", 0, 7) ? byToken(header.substring(7).strip())
                    : Optional.empty();
            if (user.isEmpty()) {
                ctx.response().putHeader("WWW-Authenticate", "Bearer");
                ctx.fail(RequestException.unauthorized("This token is not valid (it may have been revoked). "
                        + "Send Authorization: Bearer <token> with a token made on the Tokens page or by POST /api/tokens."));
                return;
            }
            signedIn(ctx, user.get());
            ctx.put(BEARER_KEY, true);
            ctx.next();
            return;
        }
        Session session = ctx.session();
        if (session != null) {
            Long id = session.get(SESSION_USER);
            Integer generation = session.get(SESSION_GENERATION);
            if (id != null) {
                Optional<User> user = accounts.byId(id).filter(User::isActive);
                if (user.isPresent() && generation != null && generation == user.get().generation()) {
                    signedIn(ctx, user.get());
                } else {
                    session.remove(SESSION_USER);
                    session.remove(SESSION_GENERATION);
                }
            }
        }
        ctx.next();
    }

    private Optional<User> byToken(String token) {
        if (adminTokenDigest != null && Passwords.same(Passwords.digest(token), adminTokenDigest)) {
            return accounts.find(ADMIN_LOGIN).filter(User::isAdmin).filter(User::isActive);
        }
        return accounts.byToken(token);
    }

    static void signedIn(RoutingContext ctx, User user) {
        ctx.put(Access.USER_KEY, user);
        ctx.put(Pages.WHO, Map.of("name", user.name(), "login", user.login(),
                "admin", user.isAdmin(), "builder", user.isBuilder(), "reviewer", user.isReviewer()));
    }

    /**
     * Lets signed-in people through, and anonymous ones only to sign in ({@code /login},
     * {@code POST /api/tokens}), to {@code /health} and to static files. Others get a 401 (JSON) or,
     * for pages, a redirect to the sign-in page that comes back here afterwards.
     */
    public static void guard(RoutingContext ctx) {
        if (ctx.get(Access.USER_KEY) != null || isPublic(ctx)) {
            ctx.next();
            return;
        }
        if (ErrorHandler.wantsJson(ctx)) {
            ctx.fail(RequestException.unauthorized("Sign in first: send Authorization: Bearer <token> "
                    + "(make one with POST /api/tokens)."));
            return;
        }
        String uri = ctx.request().uri();
        String next = ctx.request().method().name().equals("GET") && safeNext(uri) ? "?next=" + Pages.urlEncode(uri) : "";
        ctx.response().setStatusCode(303).putHeader("Location", "/login" + next).end();
    }

    private static boolean isPublic(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        return path.equals("/login") || path.equals("/login/sso") || path.equals("/login/sso/callback") || path.equals("/logout") || path.equals("/health") || path.startsWith("/static/")
                || path.equals("/api/tokens") && ctx.request().method().name().equals("POST");
    }

    /** A place to go back to after signing in: a path on this site, never another site. */
    static boolean safeNext(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
                && !next.startsWith("/login") && next.length() < 2000;
    }
}
