package org.toolsmith.runtime.review;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.toolsmith.runtime.Services;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.people.Access;
import org.toolsmith.runtime.people.User;
import org.toolsmith.runtime.system.Pages;
import org.toolsmith.runtime.system.RequestException;

/**
 * The pages of the review path: an app's versions (for its builder), the review page (for IT),
 * the review queue, and the audit log with the policies (for admins). They call {@link Lifecycle}
 * as the API does.
 */
public final class ReviewPages {
    private final Services services;
    private final Lifecycle lifecycle;
    private final Pages pages;

    public ReviewPages(Services services) {
        this.services = services;
        this.lifecycle = services.lifecycle();
        this.pages = new Pages(services.templates());
    }

    public void mount(Router router) {
        router.get("/apps/:slug/versions").handler(this::versions);
        router.post("/apps/:slug/versions/submit").handler(this::submit);
        router.post("/apps/:slug/versions/restore").handler(this::restore);
        router.get("/apps/:slug/review").handler(this::review);
        router.post("/apps/:slug/review/approve").handler(this::approve);
        router.post("/apps/:slug/review/request-changes").handler(this::requestChanges);
        router.get("/review").handler(this::queue);
        router.get("/admin/audit").handler(this::audit);
        router.get("/admin/audit.csv").handler(this::auditCsv);
        router.post("/admin/policies").handler(this::setPolicies);
    }

    private void versions(RoutingContext ctx) {
        sendVersions(ctx, 200, ReviewRights.readable(services.access(), ctx, ctx.pathParam("slug")), List.of(), null);
    }

    private void sendVersions(RoutingContext ctx, int status, App app, List<String> problems, String note) {
        Map<String, Object> model = VersionsView.model(app, lifecycle, problems, note);
        if (ctx.queryParams().contains("submitted")) {
            model.put("notice", "Sent to review. You will see the verdict here and on your studio page.");
        }
        pages.send(ctx, status, "Versions · " + app.name(), "review/versions.html.vm", model);
        if (Access.user(ctx).login().equals(app.createdBy())) {
            lifecycle.markSeen(app);
        }
    }

    private void submit(RoutingContext ctx) {
        App app = ReviewRights.changeable(services.access(), ctx, ctx.pathParam("slug"));
        String login = Access.user(ctx).login();
        String note = ctx.request().getFormAttribute("note");
        String owner = ctx.request().getFormAttribute("owner");
        try {
            if (owner != null) {
                lifecycle.setOwner(app, owner, login);
            }
            lifecycle.submit(services.apps().get(app.slug()), note, login);
            redirect(ctx, "/apps/" + app.slug() + "/versions?submitted");
        } catch (RequestException e) {
            List<String> problems = new ArrayList<>();
            if (e.fields().isEmpty()) {
                problems.add(e.getMessage());
            }
            e.fields().forEach(f -> problems.add(f.message()));
            sendVersions(ctx, e.status(), services.apps().get(app.slug()), problems, note);
        }
    }

    private void restore(RoutingContext ctx) {
        App app = ReviewRights.changeable(services.access(), ctx, ctx.pathParam("slug"));
        String raw = ctx.request().getFormAttribute("version");
        if (raw == null || !raw.matches("[1-9][0-9]{0,8}")) {
            throw RequestException.badRequest("Choose a version to restore.");
        }
        lifecycle.restore(app, Integer.parseInt(raw), Access.user(ctx).login());
        redirect(ctx, "/apps/" + app.slug() + "/versions");
    }

    private void review(RoutingContext ctx) {
        App app = ReviewRights.readable(services.access(), ctx, ctx.pathParam("slug"));
        sendReview(ctx, 200, app, "");
    }

    private void sendReview(RoutingContext ctx, int status, App app, String error) {
        Review review = lifecycle.review(app);
        User user = Access.user(ctx);
        Map<String, Object> model = ReviewView.model(review);
        model.put("canDecide", user.isReviewer() && Version.SUBMITTED.equals(review.status())
                && (user.isAdmin() || !user.login().equals(review.builder())));
        model.put("error", error);
        pages.send(ctx, status, "Review · " + app.name() + " v" + review.version(), "review/review.html.vm", model);
    }

    private void approve(RoutingContext ctx) {
        App app = services.access().app(ctx, ctx.pathParam("slug"));
        User user = ReviewRights.reviewer(ctx, lifecycle.open(app).orElse(null));
        try {
            lifecycle.approve(app, ctx.request().getFormAttribute("comment"), user.login());
            redirect(ctx, "/apps/" + app.slug() + "/versions");
        } catch (RequestException e) {
            sendReview(ctx, e.status(), services.apps().get(app.slug()), e.getMessage());
        }
    }

    private void requestChanges(RoutingContext ctx) {
        App app = services.access().app(ctx, ctx.pathParam("slug"));
        User user = ReviewRights.reviewer(ctx, lifecycle.open(app).orElse(null));
        try {
            lifecycle.requestChanges(app, ctx.request().getFormAttribute("comment"), user.login());
            redirect(ctx, "/review");
        } catch (RequestException e) {
            sendReview(ctx, e.status(), app, e.getMessage());
        }
    }

    private void queue(RoutingContext ctx) {
        User user = Access.user(ctx);
        if (!user.isReviewer()) {
            throw RequestException.forbidden("Only reviewers see the review queue.");
        }
        List<Map<String, Object>> waiting = new ArrayList<>();
        for (App app : services.apps().list()) {
            lifecycle.open(app).filter(v -> Version.SUBMITTED.equals(v.status())).ifPresent(v -> waiting.add(Map.of(
                    "name", app.name(), "version", v.number(), "by", String.valueOf(v.createdBy()),
                    "note", v.note() == null ? "" : v.note(), "url", "/apps/" + app.slug() + "/review")));
        }
        pages.send(ctx, 200, "Review queue", "review/queue.html.vm", Map.of("waiting", waiting));
    }

    private void audit(RoutingContext ctx) {
        ReviewRights.admin(ctx);
        AuditLog.Query q = query(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("entries", lifecycle.audit().find(q).stream().map(e -> Map.of("at", e.at().toString().replace('T', ' '),
                "actor", e.actor(), "action", e.action(), "app", e.app() == null ? "" : e.app(),
                "version", e.version() == null ? "" : e.version().toString(), "detail", e.detail() == null ? "" : e.detail())).toList());
        model.put("filter", Map.of("app", orEmpty(q.app()), "actor", orEmpty(q.actor()), "action", orEmpty(q.action()),
                "since", orEmpty(ctx.request().getParam("since"))));
        String query = ctx.request().query();
        model.put("csvUrl", "/admin/audit.csv" + (query == null ? "" : "?" + query));
        model.put("policies", lifecycle.policies().list());
        pages.send(ctx, 200, "Audit log", "review/audit.html.vm", model);
    }

    private void auditCsv(RoutingContext ctx) {
        User admin = ReviewRights.admin(ctx);
        AuditLog.Query q = query(ctx);
        List<AuditLog.Entry> entries = lifecycle.audit().find(q);
        lifecycle.audit().append(admin.login(), "exported", q.app(), null, "audit log as CSV, " + entries.size() + " entries");
        ctx.response().putHeader("Content-Type", "text/csv; charset=utf-8")
                .putHeader("Content-Disposition", "attachment; filename=\"toolsmith-audit.csv\"").end(AuditLog.csv(entries));
    }

    private void setPolicies(RoutingContext ctx) {
        User admin = ReviewRights.admin(ctx);
        for (String rule : Policies.RULES.keySet()) {
            String severity = ctx.request().getFormAttribute("severity_" + rule);
            boolean enabled = ctx.request().getFormAttribute("enabled_" + rule) != null;
            lifecycle.policies().set(rule, severity == null ? "error" : severity, enabled, admin.login());
        }
        redirect(ctx, "/admin/audit#policies");
    }

    private static AuditLog.Query query(RoutingContext ctx) {
        String since = ctx.request().getParam("since");
        Instant from = null;
        if (since != null && !since.isBlank()) {
            try {
                from = LocalDate.parse(since.strip()).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw RequestException.badRequest("\"Since\" is a date such as 2026-01-31, not \"" + since + "\".");
            }
        }
        return new AuditLog.Query(ctx.request().getParam("app"), ctx.request().getParam("actor"), from, ctx.request().getParam("action"));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void redirect(RoutingContext ctx, String location) {
        ctx.response().setStatusCode(303).putHeader("Location", location).end();
    }
}
