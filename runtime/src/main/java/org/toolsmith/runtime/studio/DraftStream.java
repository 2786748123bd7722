package org.toolsmith.runtime.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.shareddata.LocalMap;
import io.vertx.core.shareddata.Shareable;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.toolsmith.draft.llm.Cancellation;
import org.toolsmith.draft.llm.DraftContext;
import org.toolsmith.draft.llm.Progress;
import org.toolsmith.runtime.people.Access;
import org.toolsmith.runtime.people.User;
import org.toolsmith.runtime.system.RequestException;
import org.toolsmith.spec.SpecException;
import org.toolsmith.spec.SpecJson;

/**
 * Drafting and refining with progress as server-sent events, and a cancel:
 * {@code POST /api/drafts/stream {"prompt"}} and {@code POST /api/drafts/:id/messages/stream {"text"}}
 * answer {@code event: started {"job"}}, then {@code event: progress {"stage", "words", "detail"}}
 * ("Reading your request…", "Drafting…", "Checking…", "Done"), then {@code event: draft} or
 * {@code event: refined}, or {@code event: error {"message"}}. {@code POST /api/drafts/jobs/:job/cancel}
 * or closing the connection stops the AI service; the result is then what it had so far. The pages
 * use the same routes under {@code /drafts} (session cookie, CSRF token in {@code X-XSRF-TOKEN}). Builders
 * only, as the other drafting routes; a draft and a job belong to who started them (and admins).
 */
final class DraftStream {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String JOBS = "toolsmith.draft.jobs";

    private final SpecJson json;
    private final DraftStore drafts;
    private final Drafting drafting;

    /** A running job's cancel switch and who started it, shared between the HTTP verticle instances. */
    private record Job(String login, Cancellation cancellation) implements Shareable {
    }

    DraftStream(SpecJson json, DraftStore drafts, Drafting drafting) {
        this.json = json;
        this.drafts = drafts;
        this.drafting = drafting;
    }

    /** Under {@code /api} for token callers, and the same under {@code /drafts} for the pages (cookie session and CSRF header). */
    void mount(Router router) {
        for (String base : new String[] {"/api/drafts", "/drafts"}) {
            router.post(base + "/stream").handler(this::streamDraft);
            router.post(base + "/jobs/:job/cancel").handler(this::cancel);
            router.post(base + "/:id/messages/stream").handler(this::streamChat);
        }
    }

    private void streamDraft(RoutingContext ctx) {
        User user = Access.builder(ctx);
        String prompt = text(body(ctx), "prompt");
        run(ctx, user, ai -> {
            Draft draft = drafting.start(prompt, ai);
            drafts.claim(draft.id(), user.login());
            ObjectNode out = json.mapper().createObjectNode();
            out.put("id", draft.id());
            out.put("url", "/drafts/" + draft.id());
            out.set("spec", json.toTree(draft.spec()));
            notes(out, draft);
            return new Event("draft", out);
        });
    }

    private void streamChat(RoutingContext ctx) {
        User user = Access.builder(ctx);
        Draft draft = StudioRoutes.ownDraft(drafts, ctx, ctx.pathParam("id"))
                .orElseThrow(() -> RequestException.notFound("There is no draft with id \"" + ctx.pathParam("id") + "\"."));
        String message = text(body(ctx), "text");
        run(ctx, user, ai -> {
            Drafting.Chat chat = drafting.chat(draft, message, ai);
            ObjectNode out = json.mapper().createObjectNode();
            out.set("spec", json.toTree(chat.draft().spec()));
            out.put("summary", chat.summary());
            notes(out, chat.draft());
            return new Event("refined", out);
        });
    }

    private void cancel(RoutingContext ctx) {
        User user = Access.builder(ctx);
        Job job = jobs(ctx).get(ctx.pathParam("job"));
        if (job == null || !(user.isAdmin() || job.login().equals(user.login()))) {
            throw RequestException.notFound("There is no running draft job \"" + ctx.pathParam("job") + "\"; it may have finished.");
        }
        job.cancellation().cancel();
        ctx.response().setStatusCode(202).putHeader("Content-Type", "application/json; charset=utf-8").end("{\"cancelled\":true}");
    }

    private record Event(String name, JsonNode data) {
    }

    @FunctionalInterface
    private interface Work {
        Event run(DraftContext ai);
    }

    private void run(RoutingContext ctx, User user, Work work) {
        String id = HexFormat.of().formatHex(bytes());
        Cancellation cancellation = new Cancellation();
        LocalMap<String, Job> jobs = jobs(ctx);
        jobs.put(id, new Job(user.login(), cancellation));
        HttpServerResponse response = ctx.response().setChunked(true)
                .putHeader("Content-Type", "text/event-stream; charset=utf-8")
                .putHeader("Cache-Control", "no-cache");
        response.closeHandler(v -> cancellation.cancel());
        try {
            ObjectNode started = json.mapper().createObjectNode().put("job", id);
            // The pages' CSRF handler replaces a token once used; the page needs the new one to cancel.
            Object csrf = ctx.get("X-XSRF-TOKEN");
            if (csrf instanceof String token) {
                started.put("csrf", token);
            }
            send(response, "started", started);
            // One organisation per Toolsmith for now: the daily budget counts per person and for all together.
            DraftContext ai = new DraftContext(user.login(), "", (stage, detail) -> progress(response, stage, detail), cancellation);
            // Drafting blocks for long; run it on its own virtual thread and await it the Vert.x way, so
            // that this verticle's context is free to flush each progress event as it is written.
            Promise<Event> done = Promise.promise();
            Thread.ofVirtual().name("toolsmith-draft-" + id).start(() -> {
                try {
                    done.complete(work.run(ai));
                } catch (Throwable t) {
                    done.fail(t);
                }
            });
            Event result = done.future().await();
            send(response, result.name(), result.data());
        } catch (RequestException e) {
            send(response, "error", json.mapper().createObjectNode().put("message", e.getMessage()));
        } catch (RuntimeException e) {
            System.err.println("toolsmith: streamed drafting failed: " + e);
            send(response, "error", json.mapper().createObjectNode().put("message", "Toolsmith could not draft this because of an internal error; try again."));
        } finally {
            jobs.remove(id);
            if (!response.ended() && !response.closed()) {
                response.end();
            }
        }
    }

    private static byte[] bytes() {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        return b;
    }

    private void progress(HttpServerResponse response, Progress.Stage stage, String detail) {
        send(response, "progress", json.mapper().createObjectNode()
                .put("stage", stage.name().toLowerCase(java.util.Locale.ROOT)).put("words", stage.words()).put("detail", detail));
    }

    private static void send(HttpServerResponse response, String event, JsonNode data) {
        if (response.ended() || response.closed()) {
            return;
        }
        response.write("event: " + event + "\ndata: " + data + "\n\n");
    }

    /** The draft's chat, with the notices and agent steps this call added at its end. */
    private static void notes(ObjectNode out, Draft draft) {
        var conversation = out.putArray("conversation");
        for (Draft.Message m : draft.conversation()) {
            conversation.addObject().put("who", m.who()).put("text", m.text());
        }
    }

    private static LocalMap<String, Job> jobs(RoutingContext ctx) {
        return ctx.vertx().sharedData().getLocalMap(JOBS);
    }

    private JsonNode body(RoutingContext ctx) {
        String text = ctx.body() == null ? null : ctx.body().asString();
        try {
            JsonNode node = text == null || text.isBlank() ? null : json.tree(text);
            if (node == null || !node.isObject()) {
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
}
