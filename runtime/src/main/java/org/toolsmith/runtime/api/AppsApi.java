package org.toolsmith.runtime.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.toolsmith.runtime.Services;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.people.Access;
import org.toolsmith.runtime.people.User;
import org.toolsmith.runtime.system.RequestException;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Problem;
import org.toolsmith.spec.SpecException;
import org.toolsmith.spec.SpecValidator;

/** {@code /health} and {@code /api/apps…}: create, list and show apps, and each app's OpenAPI. */
final class AppsApi {
    private final Services services;
    private final Json json;

    AppsApi(Services services, Json json) {
        this.services = services;
        this.json = json;
    }

    void health(RoutingContext ctx) {
        json.send(ctx, 200, Map.of("status", "up"));
    }

    void listApps(RoutingContext ctx) {
        User user = Access.user(ctx);
        json.send(ctx, 200, Map.of("items", services.apps().list().stream()
                .filter(app -> user.isReviewer() || services.access().canUse(user, app)).map(AppsApi::summary).toList()));
    }

    void createApp(RoutingContext ctx) {
        User user = Access.builder(ctx);
        JsonNode body = json.object(ctx);
        JsonNode specNode = body.get("spec");
        if (specNode == null || !specNode.isObject()) {
            throw RequestException.badRequest("Send {\"spec\": {...}} with the app description (see APP-SPEC.md)"
                    + (body.has("draft") ? ", or create it from the draft's page." : "."));
        }
        List<Problem> problems = new SpecValidator().validate(specNode);
        if (!problems.isEmpty()) {
            throw new SpecException(problems);
        }
        AppSpec spec = services.json().fromTree(specNode);
        App app = services.apps().create(spec, user.login());
        services.lifecycle().audit().append(user.login(), "created", app.slug(), app.version(), "through the API");
        ctx.response().putHeader("Location", "/api/apps/" + app.slug());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("slug", app.slug());
        answer.put("url", "/apps/" + app.slug() + "/");
        // Usable at once by its builder; shared with nobody else until IT approves version 1.
        answer.put("status", app.status());
        answer.put("version", app.version());
        json.send(ctx, 201, answer);
    }

    void showApp(RoutingContext ctx) {
        App app = services.access().app(ctx, ctx.pathParam("slug"));
        Map<String, Object> body = summary(app);
        body.put("version", app.version());
        body.put("created_at", app.createdAt().toString());
        body.put("spec", services.json().toTree(app.spec()));
        json.send(ctx, 200, body);
    }

    void openApi(RoutingContext ctx) {
        App app = services.access().app(ctx, ctx.pathParam("slug"));
        json.send(ctx, 200, OpenApi.document(app));
    }

    private static Map<String, Object> summary(App app) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", app.slug());
        m.put("name", app.name());
        m.put("status", app.status());
        m.put("owner", app.createdBy());
        m.put("url", "/apps/" + app.slug() + "/");
        return m;
    }
}
