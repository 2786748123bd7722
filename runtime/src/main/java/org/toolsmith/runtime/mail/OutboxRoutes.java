package org.toolsmith.runtime.mail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.toolsmith.runtime.Services;
import org.toolsmith.runtime.people.Access;
import org.toolsmith.runtime.people.User;
import org.toolsmith.runtime.system.Pages;
import org.toolsmith.runtime.system.RequestException;

/**
 * The admin's view of e-mail: whether an SMTP server is configured, how many e-mails are queued,
 * sent and failed, and every one waiting or failed with its last error; a failed one can be queued
 * again. {@code GET /admin/outbox}, {@code POST /admin/outbox/{id}/retry}, {@code GET
 * /api/admin/outbox}, {@code POST /api/admin/outbox/{id}/retry}. Admins only.
 */
public final class OutboxRoutes {
    static final int SHOWN = 200;

    private final Services services;
    private final Pages pages;
    private final ObjectMapper mapper;

    public OutboxRoutes(Services services) {
        this.services = services;
        this.pages = new Pages(services.templates());
        this.mapper = services.json().mapper();
    }

    public void mount(Router router) {
        router.get("/admin/outbox").handler(this::showOutbox);
        router.post("/admin/outbox/:id/retry").handler(this::retryForm);
        router.get("/api/admin/outbox").handler(this::getOutbox);
        router.post("/api/admin/outbox/:id/retry").handler(this::retry);
    }

    private void showOutbox(RoutingContext ctx) {
        admin(ctx);
        send(ctx, 200, "");
    }

    private void retryForm(RoutingContext ctx) {
        admin(ctx);
        long id = id(ctx);
        boolean done = outbox().requeue(id);
        send(ctx, done ? 200 : 409, done ? "E-mail " + id + " is queued again." : "E-mail " + id + " had not failed; nothing changed.");
    }

    private void retry(RoutingContext ctx) {
        admin(ctx);
        long id = id(ctx);
        if (!outbox().requeue(id)) {
            throw RequestException.conflict("E-mail " + id + " does not exist or has not failed; only failed e-mails can be queued again.",
                    List.of());
        }
        ctx.response().putHeader("Content-Type", "application/json; charset=utf-8")
                .end(mapper.createObjectNode().put("id", id).put("status", Outbox.QUEUED).toString());
    }

    private void getOutbox(RoutingContext ctx) {
        admin(ctx);
        Outbox.Summary s = outbox().summary();
        ObjectNode out = mapper.createObjectNode();
        MailSettings settings = services.mail().settings();
        out.put("configured", settings.configured());
        out.put("smtp", settings.describe());
        out.put("queued", s.queued()).put("sent", s.sent()).put("failed", s.failed());
        ArrayNode items = out.putArray("pending");
        for (Outbox.Row r : outbox().pending(SHOWN)) {
            ObjectNode item = items.addObject();
            item.put("id", r.id()).put("app", r.app()).put("to", r.recipient()).put("subject", r.subject())
                    .put("status", r.status()).put("attempts", r.attempts()).put("lastError", r.lastError())
                    .put("createdAt", r.createdAt() == null ? null : r.createdAt().toString())
                    .put("nextAttemptAt", r.nextAttemptAt() == null ? null : r.nextAttemptAt().toString());
        }
        ctx.response().putHeader("Content-Type", "application/json; charset=utf-8").end(out.toString());
    }

    private void send(RoutingContext ctx, int status, String notice) {
        Outbox.Summary s = outbox().summary();
        MailSettings settings = services.mail().settings();
        Map<String, Object> model = new HashMap<>();
        model.put("notice", notice);
        model.put("configured", settings.configured());
        model.put("smtp", settings.describe());
        model.put("queued", s.queued());
        model.put("sent", s.sent());
        model.put("failed", s.failed());
        model.put("items", outbox().pending(SHOWN).stream().map(r -> Map.<String, Object>of(
                "id", r.id(), "app", r.app(), "to", r.recipient(), "subject", r.subject(), "status", r.status(),
                "attempts", r.attempts(), "error", r.lastError() == null ? "" : r.lastError(),
                "next", r.nextAttemptAt() == null ? "" : r.nextAttemptAt().toLocalDateTime().withNano(0).toString().replace('T', ' ')))
                .toList());
        pages.send(ctx, status, "E-mail", "admin/outbox.html.vm", model);
    }

    private Outbox outbox() {
        return new Outbox(services.database());
    }

    private static long id(RoutingContext ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw RequestException.notFound("There is no e-mail " + ctx.pathParam("id") + " in the outbox.");
        }
    }

    private static User admin(RoutingContext ctx) {
        User user = Access.user(ctx);
        if (!user.isAdmin()) {
            throw RequestException.forbidden("Only admins may see the e-mail outbox of every app.");
        }
        return user;
    }
}
