package org.toolsmith.runtime.logic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.toolsmith.runtime.Services;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.logic.ScriptLimits.Limits;
import org.toolsmith.runtime.people.Access;
import org.toolsmith.runtime.people.User;
import org.toolsmith.runtime.system.Pages;
import org.toolsmith.runtime.system.RequestException;

/**
 * Admins set each app's time limits for scripts: {@code GET /admin/scripts} (every app, one form
 * each), {@code POST /admin/scripts/{slug}}, and {@code GET}/{@code PUT /api/apps/{slug}/script-limits}
 * ({@code {"quickMs": 50, "longMs": 2000}}). Admins only; a value out of bounds is a 422 naming it.
 */
public final class ScriptLimitsRoutes {
    private final Services services;
    private final Pages pages;
    private final ObjectMapper mapper;

    public ScriptLimitsRoutes(Services services) {
        this.services = services;
        this.pages = new Pages(services.templates());
        this.mapper = services.json().mapper();
    }

    public void mount(Router router) {
        router.get("/admin/scripts").handler(this::showLimits);
        router.post("/admin/scripts/:slug").handler(this::saveLimitsForm);
        router.get("/api/apps/:slug/script-limits").handler(this::getLimits);
        router.put("/api/apps/:slug/script-limits").handler(this::putLimits);
    }

    private void showLimits(RoutingContext ctx) {
        admin(ctx);
        send(ctx, 200, "", "", null, Map.of());
    }

    private void saveLimitsForm(RoutingContext ctx) {
        User user = admin(ctx);
        App app = services.apps().get(ctx.pathParam("slug"));
        var form = ctx.request().formAttributes();
        String quick = form.get("quickMs") == null ? "" : form.get("quickMs").strip();
        String slow = form.get("longMs") == null ? "" : form.get("longMs").strip();
        try {
            Limits l = services.logic().limits().set(app.id(), number(quick, "quickMs"), number(slow, "longMs"), user.login());
            System.err.println("toolsmith: script time limits of " + app.slug() + " set to " + l + " by " + user.login());
            send(ctx, 200, "Saved: scripts of “" + app.name() + "” now have " + l.quickMs() + " ms (rules, computed values) and "
                    + l.longMs() + " ms (buttons, automations).", "", null, Map.of());
        } catch (RequestException e) {
            send(ctx, e.status(), "", e.getMessage(), app.slug(), Map.of("quickMs", quick, "longMs", slow));
        }
    }

    private void getLimits(RoutingContext ctx) {
        admin(ctx);
        App app = services.apps().get(ctx.pathParam("slug"));
        json(ctx, services.logic().limits().of(app.id()));
    }

    private void putLimits(RoutingContext ctx) {
        User user = admin(ctx);
        App app = services.apps().get(ctx.pathParam("slug"));
        JsonNode body;
        try {
            body = mapper.readTree(ctx.body() == null ? "" : ctx.body().asString());
        } catch (java.io.IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            throw RequestException.badRequest("Send {\"quickMs\": 50, \"longMs\": 2000}: milliseconds for rules and computed values, "
                    + "and for buttons and automations.");
        }
        Limits now = services.logic().limits().of(app.id());
        int quick = body.has("quickMs") ? integer(body.get("quickMs"), "quickMs") : now.quickMs();
        int slow = body.has("longMs") ? integer(body.get("longMs"), "longMs") : now.longMs();
        Limits l = services.logic().limits().set(app.id(), quick, slow, user.login());
        System.err.println("toolsmith: script time limits of " + app.slug() + " set to " + l + " by " + user.login());
        json(ctx, l);
    }

    private void json(RoutingContext ctx, Limits l) {
        ObjectNode out = mapper.createObjectNode();
        out.put("quickMs", l.quickMs());
        out.put("longMs", l.longMs());
        out.put("default", l.isDefault());
        out.putObject("bounds").put("quickMs", ScriptLimits.MIN_QUICK_MS + "-" + ScriptLimits.MAX_QUICK_MS)
                .put("longMs", ScriptLimits.MIN_LONG_MS + "-" + ScriptLimits.MAX_LONG_MS);
        ctx.response().putHeader("Content-Type", "application/json; charset=utf-8").end(out.toString());
    }

    /** The page: every app with its limits; {@code typedSlug}'s row keeps what was typed when it was refused. */
    private void send(RoutingContext ctx, int status, String notice, String error, String typedSlug, Map<String, String> typed) {
        List<Map<String, Object>> apps = new ArrayList<>();
        for (App app : services.apps().list()) {
            Limits l = services.logic().limits().of(app.id());
            boolean mine = app.slug().equals(typedSlug);
            Map<String, Object> row = new HashMap<>();
            row.put("name", app.name());
            row.put("slug", app.slug());
            row.put("quickMs", mine ? typed.get("quickMs") : String.valueOf(l.quickMs()));
            row.put("longMs", mine ? typed.get("longMs") : String.valueOf(l.longMs()));
            row.put("hasLogic", app.spec().hasLogic());
            apps.add(row);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("notice", notice);
        model.put("error", error);
        model.put("apps", apps);
        model.put("minQuick", ScriptLimits.MIN_QUICK_MS);
        model.put("maxQuick", ScriptLimits.MAX_QUICK_MS);
        model.put("minLong", ScriptLimits.MIN_LONG_MS);
        model.put("maxLong", ScriptLimits.MAX_LONG_MS);
        model.put("defaultQuick", ScriptLimits.DEFAULT_QUICK_MS);
        model.put("defaultLong", ScriptLimits.DEFAULT_LONG_MS);
        pages.send(ctx, status, "Script time limits", "admin/scripts.html.vm", model);
    }

    private static int number(String text, String field) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw RequestException.invalid("Give the time limit in whole milliseconds.",
                    List.of(new RequestException.FieldError(field, "A whole number of milliseconds.")));
        }
    }

    private static int integer(JsonNode node, String field) {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw RequestException.invalid("“" + field + "” must be a whole number of milliseconds.",
                    List.of(new RequestException.FieldError(field, "A whole number of milliseconds.")));
        }
        return node.intValue();
    }

    private static User admin(RoutingContext ctx) {
        User user = Access.user(ctx);
        if (!user.isAdmin()) {
            throw RequestException.forbidden("Only admins may change how long scripts may run.");
        }
        return user;
    }
}
