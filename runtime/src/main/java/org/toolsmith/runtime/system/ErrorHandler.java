package org.toolsmith.runtime.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.toolsmith.draft.DraftException;
import org.toolsmith.spec.SpecException;
import org.toolsmith.templates.Html;

/**
 * The one place where failures become responses: JSON {@code {"error", "fields"}} for the API
 * ({@code /api/*}, {@code /health}, or {@code Accept: application/json}), an HTML page for
 * browsers. Never a stack trace in the response; unexpected failures are logged to stderr.
 */
public final class ErrorHandler implements Handler<RoutingContext> {
    static final String SERVER_FAULT = "Something went wrong on our side. Try again; if it keeps happening, "
            + "tell whoever runs Toolsmith (the details are in its log).";

    private final Pages pages;
    private final ObjectMapper json;

    public ErrorHandler(Pages pages, ObjectMapper json) {
        this.pages = pages;
        this.json = json;
    }

    @Override
    public void handle(RoutingContext ctx) {
        RequestException error = toRequestException(ctx.failure(), ctx.statusCode(), ctx);
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed()) {
            return;
        }
        if (response.headWritten()) {
            response.reset();
            return;
        }
        if (wantsJson(ctx)) {
            response.setStatusCode(error.status()).putHeader("Content-Type", "application/json; charset=utf-8")
                    .end(body(error));
        } else {
            sendPage(ctx, error);
        }
    }

    /** Whether the caller reads JSON: the API, health checks, or an Accept header asking for it. */
    public static boolean wantsJson(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (path.startsWith("/api/") || path.equals("/api") || path.equals("/health")) {
            return true;
        }
        String accept = ctx.request().getHeader("Accept");
        return accept != null && accept.contains("application/json") && !accept.contains("text/html");
    }

    /** The JSON body of an error: {@code {"error": "...", "fields": [{"field", "message"}]}}. */
    public String body(RequestException error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error.getMessage());
        body.put("fields", error.fields().stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            return "{\"error\": \"" + SERVER_FAULT + "\", \"fields\": []}";
        }
    }

    private void sendPage(RoutingContext ctx, RequestException error) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("heading", heading(error.status()));
        model.put("message", error.getMessage());
        model.put("fields", error.fields().stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList());
        try {
            pages.send(ctx, error.status(), heading(error.status()), "error.html.vm", model);
        } catch (RuntimeException e) {
            log(ctx, e);
            ctx.response().setStatusCode(error.status()).putHeader("Content-Type", "text/html; charset=utf-8")
                    .end("<!doctype html><title>" + Html.escape(heading(error.status())) + "</title><h1>"
                            + Html.escape(heading(error.status())) + "</h1><p>" + Html.escape(error.getMessage()) + "</p>");
        }
    }

    static String heading(int status) {
        return switch (status) {
            case 400 -> "That request could not be read";
            case 401 -> "Please sign in";
            case 403 -> "Not allowed";
            case 429 -> "Too many attempts";
            case 404 -> "Not found";
            case 409 -> "That conflicts with what is stored";
            case 413 -> "Too large";
            case 415 -> "Send JSON";
            case 422 -> "Some values need fixing";
            default -> status >= 500 ? "Something went wrong" : "That did not work";
        };
    }

    static RequestException toRequestException(Throwable failure, int status, RoutingContext ctx) {
        if (failure instanceof RequestException re) {
            return re;
        }
        if (failure instanceof SpecException se) {
            return RequestException.invalid(se.getMessage(), se.problems().stream()
                    .map(p -> new RequestException.FieldError(p.path(), p.message())).toList());
        }
        if (failure instanceof DraftException de) {
            return RequestException.invalid(de.getMessage(), List.of());
        }
        if (status == 403) {
            // the CSRF handler fails with 403 when a form's token is missing, stale or forged
            System.err.println("toolsmith: refused " + ctx.request().method() + " " + ctx.normalizedPath()
                    + (failure == null ? "" : ": " + failure.getMessage()));
            return new RequestException(403, "This form has expired or did not come from this site. "
                    + "Reload the page and send it again.", List.of());
        }
        if (status == 413) {
            return new RequestException(413, "That is more than Toolsmith accepts in one request (2 MB). "
                    + "Send less text, or split it up.", List.of());
        }
        if (status == 404 && failure == null) {
            return notFound(ctx);
        }
        if (failure == null && status >= 400 && status < 500) {
            return new RequestException(status, "That request could not be served as it was sent (HTTP " + status + ").", List.of());
        }
        log(ctx, failure);
        return new RequestException(500, SERVER_FAULT, List.of());
    }

    /** A 404 that names the address as the person typed it (decoded; escaped when shown). */
    public static RequestException notFound(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        try {
            path = new java.net.URI(path).getPath();
        } catch (java.net.URISyntaxException e) {
            // show it as it came
        }
        return RequestException.notFound("There is nothing at " + path + ". Check the address, or start from the home page.");
    }

    private static void log(RoutingContext ctx, Throwable failure) {
        System.err.println("toolsmith: " + ctx.request().method() + " " + ctx.normalizedPath() + " failed");
        if (failure != null) {
            failure.printStackTrace(System.err);
        }
    }
}
