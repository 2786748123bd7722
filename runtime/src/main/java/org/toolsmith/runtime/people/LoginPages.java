package org.toolsmith.runtime.people;

import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.toolsmith.runtime.system.Pages;
import org.toolsmith.runtime.system.RequestException;

/** Signing in and out: {@code /login}, {@code /logout}, {@code /logout-everywhere}. */
final class LoginPages {
    static final String WRONG = "That login and password do not match. Check them and try again.";
    static final String DISABLED = "This account is disabled. Ask an admin to enable it.";

    private final Accounts accounts;
    private final LoginThrottle throttle;
    private final Pages pages;
    private final boolean sso;

    LoginPages(Accounts accounts, LoginThrottle throttle, Pages pages, boolean sso) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.pages = pages;
        this.sso = sso;
    }

    void form(RoutingContext ctx) {
        String next = ctx.queryParams().get("next");
        if (ctx.get(Access.USER_KEY) != null) {
            redirect(ctx, Authentication.safeNext(next) ? next : "/");
            return;
        }
        send(ctx, 200, "", Authentication.safeNext(next) ? next : "", "");
    }

    void signIn(RoutingContext ctx) {
        String login = value(ctx, "login");
        String password = value(ctx, "password");
        String next = value(ctx, "next");
        String address = address(ctx);
        if (!throttle.allows(login, address)) {
            send(ctx, 429, login, next, "Too many failed attempts. Wait " + throttle.minutesLeft(login, address)
                    + " minutes and try again, or ask an admin.");
            return;
        }
        Optional<User> user = accounts.check(login, password);
        if (user.isEmpty()) {
            throttle.failed(login, address);
            send(ctx, 401, login, next, WRONG);
            return;
        }
        throttle.succeeded(login);
        if (!user.get().isActive()) {
            send(ctx, 403, login, next, DISABLED);
            return;
        }
        Session session = ctx.session();
        if (session == null) {
            throw RequestException.badRequest("Signing in needs cookies: allow cookies for this site and try again.");
        }
        session.regenerateId();
        session.put(Authentication.SESSION_USER, user.get().id());
        session.put(Authentication.SESSION_GENERATION, user.get().generation());
        redirect(ctx, Authentication.safeNext(next) ? next : "/");
    }

    void signOut(RoutingContext ctx) {
        signOut(ctx, null);
    }

    /** Ends the session, then goes to {@code providerUrl} (the provider's sign-out) when there is one. */
    void signOut(RoutingContext ctx, String providerUrl) {
        if (ctx.session() != null) {
            ctx.session().destroy();
        }
        if (providerUrl == null) {
            redirect(ctx, "/login");
            return;
        }
        // a page, not a redirect: a form's redirect to another site would break form-action 'self'
        ctx.response().putHeader("Cache-Control", "no-store");
        pages.send(ctx, 200, "Signed out", "people/signed_out.html.vm", java.util.Map.of("providerUrl", providerUrl));
    }

    void signOutEverywhere(RoutingContext ctx) {
        User user = Access.user(ctx);
        accounts.endSessions(user.id());
        signOut(ctx);
    }

    /**
     * {@code POST /password}: the person changes their own password, giving the current one
     * (throttled like signing in). Their other sessions end; this one goes on under a new id.
     */
    void changePassword(RoutingContext ctx) {
        User user = Access.user(ctx);
        String address = address(ctx);
        if (!throttle.allows(user.login(), address)) {
            throw RequestException.tooMany("Too many failed attempts. Wait " + throttle.minutesLeft(user.login(), address)
                    + " minutes and try again.");
        }
        if (accounts.check(user.login(), value(ctx, "current")).isEmpty()) {
            throttle.failed(user.login(), address);
            throw RequestException.invalid("The current password is not right. Type it again.",
                    java.util.List.of(new RequestException.FieldError("current", "This is not your current password.")));
        }
        User changed = accounts.update(user.login(), new Accounts.Changes(null, null, value(ctx, "password"), null, null));
        Session session = ctx.session();
        if (session != null) {
            session.regenerateId();
            session.put(Authentication.SESSION_GENERATION, changed.generation());
        }
        redirect(ctx, "/tokens?password=changed");
    }

    private void send(RoutingContext ctx, int status, String login, String next, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("login", login == null ? "" : login);
        model.put("next", Authentication.safeNext(next) ? next : "");
        model.put("error", error);
        model.put("ssoUrl", sso ? "/login/sso" + (Authentication.safeNext(next) ? "?next=" + Pages.urlEncode(next) : "") : "");
        pages.send(ctx, status, "Sign in", "people/login.html.vm", model);
    }

    static String address(RoutingContext ctx) {
        return ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().hostAddress();
    }

    private static String value(RoutingContext ctx, String name) {
        String v = ctx.request().getFormAttribute(name);
        return v == null ? "" : v;
    }

    static void redirect(RoutingContext ctx, String location) {
        ctx.response().setStatusCode(303).putHeader("Location", location).end();
    }
}
