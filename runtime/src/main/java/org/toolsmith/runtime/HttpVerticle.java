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
import org.toolsmith.runtime.api.ApiRoutes;
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
        SessionHandler session = SessionHandler.create(sessions)
                .setSessionCookieName("toolsmith.session")
                .setCookieHttpOnlyFlag(true)
                .setCookieSameSite(CookieSameSite.LAX)
                .setSessionTimeout(CSRF_TIMEOUT_MS);
        CSRFHandler csrf = CSRFHandler.create(vertx, csrfSecret).setCookieHttpOnly(true).setTimeout(CSRF_TIMEOUT_MS);
        router.route().handler(ctx -> pagesOnly(ctx, session));
        router.route().handler(ctx -> pagesOnly(ctx, csrf));
        new StudioRoutes(services).mount(router);
        new AppScreens(services).mount(router);
        new ApiRoutes(services).mount(router);
        router.route().handler(ctx -> ctx.fail(ErrorHandler.notFound(ctx)));
        router.route().failureHandler(errors);
        return router;
    }

    /** Sessions and CSRF tokens serve the pages; the API and health checks go without. */
    private static void pagesOnly(RoutingContext ctx, io.vertx.core.Handler<RoutingContext> handler) {
        String path = ctx.normalizedPath();
        if (path.startsWith("/api/") || path.equals("/health") || path.startsWith("/static/")) {
            ctx.next();
        } else {
            handler.handle(ctx);
        }
    }
}
