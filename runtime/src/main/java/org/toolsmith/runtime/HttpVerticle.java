package org.toolsmith.runtime;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.CSRFHandler;
import io.vertx.ext.web.handler.SessionHandler;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.ext.web.sstore.SessionStore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.toolsmith.runtime.ai.AiSettingsRoutes;
import org.toolsmith.runtime.logic.ScriptLimitsRoutes;
import org.toolsmith.runtime.mail.OutboxRoutes;
import org.toolsmith.runtime.api.ApiRoutes;
import org.toolsmith.runtime.review.ReviewPages;
import org.toolsmith.runtime.people.Authentication;
import org.toolsmith.runtime.people.PeopleRoutes;
import org.toolsmith.runtime.screens.AppScreens;
import org.toolsmith.runtime.studio.StudioRoutes;
import org.toolsmith.runtime.system.ErrorHandler;
import org.toolsmith.runtime.system.Pages;
import org.toolsmith.runtime.system.SecurityHeaders;

/**
 * One HTTP verticle. It runs on virtual threads, so handlers call JDBC straight-line; the server
 * deploys several instances so that one slow request does not hold up the others.
 */
final class HttpVerticle extends VerticleBase {
    /** Largest request body; bigger ones get a 413. A 200 kB request fits with room to spare. */
    static final long BODY_LIMIT = 2L * 1024 * 1024;
    static final long CSRF_TIMEOUT_MS = 60L * 60 * 1000;
    /** A signed-in session ends after this long without a request. */
    static final long SESSION_TIMEOUT_MS = 8L * 60 * 60 * 1000;
    /** How long a stopping server lets requests in flight finish before it closes their connections. */
    static final long SHUTDOWN_GRACE_SECONDS = 10;

    private final Services services;
    private final SessionStore sessions;
    private final String csrfSecret;
    private final int port;
    private final AtomicInteger boundPort;
    private HttpServer server;

    HttpVerticle(Services services, SessionStore sessions, String csrfSecret, int port, AtomicInteger boundPort) {
        this.services = services;
        this.sessions = sessions;
        this.csrfSecret = csrfSecret;
        this.port = port;
        this.boundPort = boundPort;
    }

    @Override
    public Future<?> start() {
        return vertx.createHttpServer(new HttpServerOptions().setCompressionSupported(true)
                        // a form field may hold a long request (the studio refuses over 100,000 characters itself)
                        .setMaxFormAttributeSize((int) BODY_LIMIT))
                .requestHandler(router())
                .listen(port, services.config().host())
                .map(listening -> {
                    server = listening;
                    int previous = boundPort.getAndSet(listening.actualPort());
                    if (previous != 0 && previous != listening.actualPort()) {
                        throw new IllegalStateException("HTTP instances bound different ports: " + previous + ", " + listening.actualPort());
                    }
                    return listening;
                });
    }

    /** Stops taking requests, and lets the ones in flight finish (up to a grace period). */
    @Override
    public Future<?> stop() {
        return server == null ? Future.succeededFuture() : server.shutdown(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
    }

    private Router router() {
        Router router = Router.router(vertx);
        ErrorHandler errors = new ErrorHandler(new Pages(services.templates()), services.json().mapper());
        router.route().handler(new SecurityHeaders());
        router.route("/static/*").handler(StaticHandler.create("webroot/static"));
        // Uploads go to a scratch folder under --data; the screens move kept files to <data>/files/.
        router.route().handler(BodyHandler.create(services.config().dataDir().resolve("uploads").toString())
                .setBodyLimit(BODY_LIMIT).setDeleteUploadedFilesOnEnd(true));
        SessionHandler session = sessionHandler(false);
        SessionHandler secureSession = sessionHandler(true);
        CSRFHandler csrf = CSRFHandler.create(vertx, csrfSecret).setCookieHttpOnly(true).setTimeout(CSRF_TIMEOUT_MS);
        CSRFHandler secureCsrf = CSRFHandler.create(vertx, csrfSecret).setCookieHttpOnly(true).setCookieSecure(true)
                .setTimeout(CSRF_TIMEOUT_MS);
        router.route().handler(ctx -> pagesOnly(ctx, overHttps(ctx) ? secureSession : session));
        router.route().handler(new Authentication(services.accounts(), services.config().adminToken()));
        router.route().handler(Authentication::guard);
        router.route().handler(ctx -> pagesOnly(ctx, overHttps(ctx) ? secureCsrf : csrf));
        router.route("/api/*").handler(ApiRoutes::requireJson);
        new PeopleRoutes(services.apps(), services.accounts(), services.sharing(), services.access(), services.throttle(),
                services.templates(), services.json().mapper(), services.sso()).mount(router);
        new StudioRoutes(services).mount(router);
        new AiSettingsRoutes(services).mount(router);
        new ScriptLimitsRoutes(services).mount(router);
        new OutboxRoutes(services).mount(router);
        new ReviewPages(services).mount(router);
        new AppScreens(services).mount(router);
        new ApiRoutes(services).mount(router);
        router.route().handler(ctx -> ctx.fail(ErrorHandler.notFound(ctx)));
        router.route().failureHandler(errors);
        return router;
    }

    /**
     * Cookie sessions: HttpOnly, SameSite=Lax, and Secure when the request came over HTTPS (directly
     * or through a proxy that says so). Idle sessions end after {@link #SESSION_TIMEOUT_MS}.
     */
    private SessionHandler sessionHandler(boolean secure) {
        return SessionHandler.create(sessions)
                .setSessionCookieName("toolsmith.session")
                .setCookieHttpOnlyFlag(true)
                .setCookieSecureFlag(secure)
                .setCookieSameSite(CookieSameSite.LAX)
                .setSessionTimeout(SESSION_TIMEOUT_MS);
    }

    /** HTTPS here or at a proxy in front; used only to make cookies stricter, so a forged header costs nothing. */
    static boolean overHttps(RoutingContext ctx) {
        return ctx.request().isSSL() || "https".equalsIgnoreCase(ctx.request().getHeader("X-Forwarded-Proto"));
    }

    /**
     * Sessions and CSRF tokens serve the pages; the API, health checks and calls with a bearer token
     * go without (a cross-site form cannot set an Authorization header).
     */
    private static void pagesOnly(RoutingContext ctx, io.vertx.core.Handler<RoutingContext> handler) {
        String path = ctx.normalizedPath();
        if (path.startsWith("/api/") || path.equals("/health") || path.startsWith("/static/") || Authentication.hasBearer(ctx)) {
            ctx.next();
        } else {
            handler.handle(ctx);
        }
    }
}
