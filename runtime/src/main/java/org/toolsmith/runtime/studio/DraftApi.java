package org.toolsmith.runtime.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.apps.AppRegistry;
import org.toolsmith.runtime.review.AuditLog;
import org.toolsmith.runtime.people.Access;
import org.toolsmith.runtime.people.User;
import org.toolsmith.runtime.system.RequestException;
import org.toolsmith.spec.SpecException;
import org.toolsmith.spec.SpecJson;

/** {@code /api/drafts}: the same drafting and chatting as the pages, in JSON (API.md). */
final class DraftApi {
    private final SpecJson json;
    private final DraftStore drafts;
    private final Drafting drafting;
    private final AppRegistry apps;
    private final AuditLog audit;

    DraftApi(SpecJson json, DraftStore drafts, Drafting drafting, AppRegistry apps, AuditLog audit) {
        this.audit = audit;
        this.json = json;
        this.drafts = drafts;
        this.drafting = drafting;
        this.apps = apps;
    }

    void mount(Router router) {
        router.post("/api/drafts").handler(this::createDraft);
        router.get("/api/drafts/:id").handler(this::getDraft);
        router.post("/api/drafts/:id/messages").handler(this::postMessage);
        router.post("/api/drafts/:id/undo").handler(this::undo);
        router.post("/api/apps").handler(this::createFromDraft);
    }

    /** {@code POST /api/apps {"draft": id}}; a body with {@code "spec"} goes on to the apps API. */
    private void createFromDraft(RoutingContext ctx) {
        String text = ctx.body() == null ? null : ctx.body().asString();
        JsonNode body;
        try {
            body = text == null || text.isBlank() ? null : json.tree(text);
        } catch (SpecException e) {
            body = null;
        }
        if (body == null || !body.isObject() || !body.has("draft") || body.has("spec")) {
            ctx.next();
            return;
        }
        String id = text(body, "draft");
        Draft draft = StudioRoutes.ownDraft(drafts, ctx, id)
                .orElseThrow(() -> RequestException.notFound("There is no draft with id \"" + id + "\"."));
        App app = apps.create(draft.spec(), Access.user(ctx).login());
        audit.append(Access.user(ctx).login(), "created", app.slug(), app.version(), "from draft " + draft.id());
        drafts.save(draft.withAppSlug(app.slug()));
        ObjectNode out = json.mapper().createObjectNode();
        out.put("slug", app.slug());
        out.put("url", "/apps/" + app.slug() + "/");
        ctx.response().putHeader("Location", "/api/apps/" + app.slug());
        send(ctx, 201, out);
    }

    private void createDraft(RoutingContext ctx) {
        User user = Access.builder(ctx);
        Draft draft = drafting.start(text(body(ctx), "prompt"), Drafting.as(user.login()));
        drafts.claim(draft.id(), user.login());
        send(ctx, 201, draftJson(draft));
    }

    private void getDraft(RoutingContext ctx) {
        send(ctx, 200, draftJson(draft(ctx)));
    }

    private void postMessage(RoutingContext ctx) {
        send(ctx, 200, chatJson(drafting.chat(draft(ctx), text(body(ctx), "text"), Drafting.as(Access.user(ctx).login()))));
    }

    /** {@code {"spec", "summary"}}: the draft after a chat message or an undo, and what changed in words. */
    private ObjectNode chatJson(Drafting.Chat chat) {
        ObjectNode out = json.mapper().createObjectNode();
        out.set("spec", json.toTree(chat.draft().spec()));
        out.put("summary", chat.summary());
        return out;
    }

    /** Takes back the draft's last change (a chat message or an edit); 422 when there is none left. */
    private void undo(RoutingContext ctx) {
        send(ctx, 200, chatJson(drafting.undo(draft(ctx))));
    }

    private ObjectNode draftJson(Draft draft) {
        ObjectNode out = json.mapper().createObjectNode();
        out.put("id", draft.id());
        out.set("spec", json.toTree(draft.spec()));
        if (draft.appSlug() != null) {
            out.put("app", draft.appSlug());
        }
        return out;
    }

    private Draft draft(RoutingContext ctx) {
        return StudioRoutes.ownDraft(drafts, ctx, ctx.pathParam("id"))
                .orElseThrow(() -> RequestException.notFound("There is no draft with id \"" + ctx.pathParam("id") + "\"."));
    }

    private JsonNode body(RoutingContext ctx) {
        String text = ctx.body() == null ? null : ctx.body().asString();
        if (text == null || text.isBlank()) {
            throw RequestException.badRequest("Send a JSON object as the request body.");
        }
        try {
            JsonNode node = json.tree(text);
            if (!node.isObject()) {
                throw RequestException.badRequest("Send a JSON object as the request body.");
            }
            return node;
        } catch (SpecException e) {
            throw RequestException.badRequest("The request body is not valid JSON.");
        }
    }

    private static String text(JsonNode body, String name) {
        JsonNode value = body.get(name);
        if (value != null && !value.isNull() && !value.isTextual()) {
            throw RequestException.badRequest("\"" + name + "\" must be a string.");
        }
        return value == null || value.isNull() ? "" : value.asText();
    }

    private void send(RoutingContext ctx, int status, JsonNode body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
                .end(body.toString());
    }
}
