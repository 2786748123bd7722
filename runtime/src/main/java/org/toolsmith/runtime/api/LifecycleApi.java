package org.toolsmith.runtime.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.toolsmith.migrate.Rename;
import org.toolsmith.runtime.Services;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.people.Access;
import org.toolsmith.runtime.people.User;
import org.toolsmith.runtime.review.AuditLog;
import org.toolsmith.runtime.review.Lifecycle;
import org.toolsmith.runtime.review.Policies;
import org.toolsmith.runtime.review.ReviewRights;
import org.toolsmith.runtime.review.Version;
import org.toolsmith.runtime.system.RequestException;
import org.toolsmith.spec.AppSpec;

/**
 * The lifecycle routes of API.md: versions, draft, submit, review, approve, request changes,
 * restore; the audit log and the policies. Each calls {@link Lifecycle}, as the review pages do.
 */
final class LifecycleApi {
    private final Services services;
    private final Lifecycle lifecycle;
    private final Json json;

    LifecycleApi(Services services, Json json) {
        this.services = services;
        this.lifecycle = services.lifecycle();
        this.json = json;
    }

    void mount(Router router) {
        router.get("/api/apps/:slug/versions").handler(this::versions);
        router.put("/api/apps/:slug/draft").handler(this::saveDraft);
        router.post("/api/apps/:slug/submit").handler(this::submit);
        router.get("/api/apps/:slug/review").handler(this::review);
        router.post("/api/apps/:slug/approve").handler(this::approve);
        router.post("/api/apps/:slug/request-changes").handler(this::requestChanges);
        router.post("/api/apps/:slug/restore").handler(this::restore);
        router.get("/api/audit").handler(this::audit);
        router.get("/api/policies").handler(this::policies);
        router.put("/api/policies").handler(this::setPolicies);
    }

    private void versions(RoutingContext ctx) {
        App app = ReviewRights.readable(services.access(), ctx, ctx.pathParam("slug"));
        List<Map<String, Object>> items = new ArrayList<>();
        for (Version v : lifecycle.versions(app)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("version", v.number());
            m.put("status", v.status());
            m.put("created_at", v.createdAt().toString());
            m.put("created_by", v.createdBy());
            m.put("note", v.note());
            m.put("review_comment", v.reviewComment());
            m.put("reviewed_by", v.reviewedBy());
            items.add(m);
        }
        json.send(ctx, 200, Map.of("items", items));
    }

    private void saveDraft(RoutingContext ctx) {
        App app = ReviewRights.changeable(services.access(), ctx, ctx.pathParam("slug"));
        JsonNode body = json.object(ctx);
        JsonNode spec = body.get("spec");
        if (spec == null || !spec.isObject()) {
            throw RequestException.badRequest("Send the new version as {\"spec\": {...}}, with \"renames\" and \"decisions\" if needed.");
        }
        AppSpec parsed = services.json().fromTree(spec);
        String actor = Access.user(ctx).login();
        if (body.hasNonNull("owner")) {
            lifecycle.setOwner(app, body.get("owner").asText(), actor);
        }
        Version v = lifecycle.saveDraft(app, parsed, renames(body.get("renames")), decisions(body.get("decisions")), actor);
        json.send(ctx, 200, Map.of("version", v.number(), "status", v.status()));
    }

    private void submit(RoutingContext ctx) {
        App app = ReviewRights.changeable(services.access(), ctx, ctx.pathParam("slug"));
        JsonNode body = optionalBody(ctx);
        String note = text(body, "note");
        String owner = text(body, "owner");
        if (owner != null) {
            lifecycle.setOwner(app, owner, Access.user(ctx).login());
        }
        Version v = lifecycle.submit(services.apps().get(app.slug()), note, Access.user(ctx).login());
        json.send(ctx, 200, Map.of("status", v.status(), "version", v.number()));
    }

    private void review(RoutingContext ctx) {
        App app = ReviewRights.readable(services.access(), ctx, ctx.pathParam("slug"));
        json.send(ctx, 200, lifecycle.review(app));
    }

    private void approve(RoutingContext ctx) {
        App app = services.access().app(ctx, ctx.pathParam("slug"));
        User user = ReviewRights.reviewer(ctx, lifecycle.open(app).orElse(null));
        Version v = lifecycle.approve(app, text(optionalBody(ctx), "comment"), user.login());
        json.send(ctx, 200, Map.of("status", v.status(), "version", v.number()));
    }

    private void requestChanges(RoutingContext ctx) {
        App app = services.access().app(ctx, ctx.pathParam("slug"));
        User user = ReviewRights.reviewer(ctx, lifecycle.open(app).orElse(null));
        Version v = lifecycle.requestChanges(app, text(optionalBody(ctx), "comment"), user.login());
        json.send(ctx, 200, Map.of("status", v.status(), "version", v.number()));
    }

    private void restore(RoutingContext ctx) {
        App app = ReviewRights.changeable(services.access(), ctx, ctx.pathParam("slug"));
        JsonNode version = json.object(ctx).get("version");
        if (version == null || !version.canConvertToInt() || !version.isIntegralNumber()) {
            throw RequestException.badRequest("Say which version to restore: {\"version\": 2}.");
        }
        Version v = lifecycle.restore(app, version.asInt(), Access.user(ctx).login());
        json.send(ctx, 200, Map.of("version", v.number(), "status", v.status()));
    }

    private void audit(RoutingContext ctx) {
        User admin = ReviewRights.admin(ctx);
        AuditLog.Query query = auditQuery(ctx);
        List<AuditLog.Entry> entries = lifecycle.audit().find(query);
        if ("csv".equals(ctx.request().getParam("format"))) {
            lifecycle.audit().append(admin.login(), "exported", query.app(), null, "audit log as CSV, " + entries.size() + " entries");
            ctx.response().putHeader("Content-Type", "text/csv; charset=utf-8")
                    .putHeader("Content-Disposition", "attachment; filename=\"toolsmith-audit.csv\"").end(AuditLog.csv(entries));
            return;
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (AuditLog.Entry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", e.at().toString());
            m.put("actor", e.actor());
            m.put("action", e.action());
            m.put("app", e.app());
            m.put("version", e.version());
            m.put("detail", e.detail());
            items.add(m);
        }
        json.send(ctx, 200, Map.of("items", items));
    }

    /** {@code app}, {@code actor}, {@code action} and {@code since} (a date or an ISO instant) from the query. */
    static AuditLog.Query auditQuery(RoutingContext ctx) {
        String since = ctx.request().getParam("since");
        Instant from = null;
        if (since != null && !since.isBlank()) {
            try {
                from = since.strip().length() == 10 ? LocalDate.parse(since.strip()).atStartOfDay().toInstant(ZoneOffset.UTC)
                        : Instant.parse(since.strip());
            } catch (DateTimeParseException e) {
                throw RequestException.badRequest("\"since\" is a date (2026-01-31) or a moment (2026-01-31T09:00:00Z), not \"" + since + "\".");
            }
        }
        return new AuditLog.Query(ctx.request().getParam("app"), ctx.request().getParam("actor"), from, ctx.request().getParam("action"));
    }

    private void policies(RoutingContext ctx) {
        ReviewRights.admin(ctx);
        json.send(ctx, 200, Map.of("items", lifecycle.policies().list()));
    }

    private void setPolicies(RoutingContext ctx) {
        User admin = ReviewRights.admin(ctx);
        JsonNode items = json.object(ctx).get("items");
        if (items == null || !items.isArray()) {
            throw RequestException.badRequest("Send {\"items\": [{\"rule\": \"app_has_owner\", \"severity\": \"error\", \"enabled\": true}]}.");
        }
        for (JsonNode item : items) {
            lifecycle.policies().set(item.path("rule").asText(), item.path("severity").asText("error"),
                    item.path("enabled").asBoolean(true), admin.login());
        }
        json.send(ctx, 200, Map.of("items", lifecycle.policies().list()));
    }

    private JsonNode optionalBody(RoutingContext ctx) {
        String text = ctx.body() == null ? null : ctx.body().asString();
        return text == null || text.isBlank() ? null : json.object(ctx);
    }

    private static String text(JsonNode body, String key) {
        if (body == null || !body.hasNonNull(key)) {
            return null;
        }
        if (!body.get(key).isTextual()) {
            throw RequestException.badRequest("\"" + key + "\" is text.");
        }
        return body.get(key).asText();
    }

    private static List<Rename> renames(JsonNode node) {
        List<Rename> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            throw RequestException.badRequest("\"renames\" is a list: [{\"entity\": \"loan\", \"from\": \"notes\", \"to\": \"remarks\"}]; "
                    + "leave out \"entity\" to rename a record kind.");
        }
        for (JsonNode r : node) {
            String from = r.path("from").asText(null);
            String to = r.path("to").asText(null);
            if (from == null || to == null) {
                throw RequestException.badRequest("Each rename says \"from\" and \"to\" (and \"entity\" for a field).");
            }
            out.add(r.hasNonNull("entity") ? Rename.field(r.get("entity").asText(), from, to) : Rename.entity(from, to));
        }
        return out;
    }

    private static Map<String, String> decisions(JsonNode node) {
        Map<String, String> out = new HashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw RequestException.badRequest("\"decisions\" is an object: {\"loan.due_on\": \"fill:2026-01-31\", \"item.qty\": \"clear\"}.");
        }
        node.properties().forEach(e -> {
            String v = e.getValue().asText("");
            if (!v.equals("clear") && !v.startsWith("fill:")) {
                throw RequestException.badRequest("A decision is \"clear\" or \"fill:VALUE\", not \"" + v + "\".");
            }
            if (v.length() > 1005 || v.chars().anyMatch(Character::isISOControl)) {
                throw RequestException.badRequest("A fill value is one line of at most 1000 characters.");
            }
            out.put(e.getKey(), v);
        });
        return out;
    }
}
