package org.toolsmith.runtime.api;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import org.toolsmith.runtime.Services;
import org.toolsmith.runtime.system.RequestException;

/**
 * The JSON API of API.md for apps and records ({@code /api/drafts} belongs to the studio).
 *
 * <p>Writes must say {@code Content-Type: application/json}: a page on another site can make a
 * browser send a form (urlencoded, multipart or text/plain) without asking, but not JSON, which
 * needs a CORS preflight that this server never grants. The API uses no cookies yet; bearer tokens
 * come with accounts.
 */
public final class ApiRoutes {
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    private final AppsApi apps;
    private final RecordsApi records;
    private final LifecycleApi lifecycle;

    public ApiRoutes(Services services) {
        Json json = new Json(services.json().mapper());
        this.apps = new AppsApi(services, json);
        this.records = new RecordsApi(services, json);
        this.lifecycle = new LifecycleApi(services, json);
    }

    public void mount(Router router) {
        router.get("/health").handler(apps::health);
        router.get("/api/apps").handler(apps::listApps);
        router.post("/api/apps").handler(apps::createApp);
        router.get("/api/apps/:slug").handler(apps::showApp);
        router.get("/api/apps/:slug/openapi.json").handler(apps::openApi);
        lifecycle.mount(router);
        router.get("/api/apps/:slug/:entity").handler(records::listRecords);
        router.post("/api/apps/:slug/:entity").handler(records::createRecord);
        router.get("/api/apps/:slug/:entity/export.csv").handler(records::exportRecords);
        router.get("/api/apps/:slug/:entity/:id").handler(records::showRecord);
        router.put("/api/apps/:slug/:entity/:id").handler(ctx -> records.updateRecord(ctx, false));
        router.patch("/api/apps/:slug/:entity/:id").handler(ctx -> records.updateRecord(ctx, true));
        router.delete("/api/apps/:slug/:entity/:id").handler(records::deleteRecord);
        router.post("/api/apps/:slug/:entity/:id/actions/:action").handler(records::pressAction);
    }

    /** Mounted first of all (before every {@code /api} route): JSON writes only. */
    public static void requireJson(RoutingContext ctx) {
        if (WRITES.contains(ctx.request().method())) {
            String type = ctx.request().getHeader("Content-Type");
            if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
                ctx.fail(new RequestException(415, "Send the body as JSON with the header Content-Type: application/json.",
                        java.util.List.of()));
                return;
            }
        }
        ctx.next();
    }
}
