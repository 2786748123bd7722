package org.toolsmith.runtime.ai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.toolsmith.draft.llm.LlmDrafter;
import org.toolsmith.draft.llm.LlmRefiner;
import org.toolsmith.draft.llm.LlmSettings;
import org.toolsmith.runtime.Services;
import org.toolsmith.runtime.people.Access;
import org.toolsmith.runtime.system.Pages;
import org.toolsmith.runtime.system.RequestException;
import org.toolsmith.runtime.system.RequestException.FieldError;

/**
 * The admin's AI settings: {@code GET /admin/ai} and {@code POST /admin/ai} (page), {@code GET
 * /api/admin/ai} (JSON). Which service drafts and refines, its model, address, output mode,
 * timeout and key. The key is write-only: no page or answer ever contains it, only whether one is
 * set; leaving the field empty keeps it. Admins only.
 */
public final class AiSettingsRoutes {
    private static final int MAX_TEXT = 500;

    private final Services services;
    private final Pages pages;
    private final AiSettingsFile file;
    private final AiUsageStore usage;

    public AiSettingsRoutes(Services services) {
        this.services = services;
        this.pages = new Pages(services.templates());
        this.file = new AiSettingsFile(services.config().dataDir());
        this.usage = new AiUsageStore(services.database());
    }

    public void mount(Router router) {
        router.get("/admin/ai").handler(this::showSettings);
        router.post("/admin/ai").handler(this::saveSettings);
        router.get("/api/admin/ai").handler(this::getSettings);
    }

    private void showSettings(RoutingContext ctx) {
        Access.admin(ctx);
        LlmSettings s = current();
        send(ctx, 200, "", "", form(s.provider().name().toLowerCase(Locale.ROOT), s.model(), s.baseUrl(),
                s.output().name().toLowerCase(Locale.ROOT), String.valueOf(s.timeout().toSeconds())));
    }

    private void getSettings(RoutingContext ctx) {
        Access.admin(ctx);
        LlmSettings s = current();
        ObjectNode out = services.json().mapper().createObjectNode();
        out.put("provider", s.provider().name().toLowerCase(Locale.ROOT));
        out.put("model", s.model());
        out.put("baseUrl", s.baseUrl());
        out.put("output", s.output().name().toLowerCase(Locale.ROOT));
        out.put("timeoutSeconds", s.timeout().toSeconds());
        out.put("keySet", !s.apiKey().isEmpty());
        ctx.response().putHeader("Content-Type", "application/json; charset=utf-8").end(out.toString());
    }

    private void saveSettings(RoutingContext ctx) {
        Access.admin(ctx);
        var f = ctx.request().formAttributes();
        String provider = nz(f.get("provider")).strip().toLowerCase(Locale.ROOT);
        String model = nz(f.get("model")).strip();
        String baseUrl = nz(f.get("baseUrl")).strip();
        String output = nz(f.get("output")).strip().toLowerCase(Locale.ROOT);
        String timeout = nz(f.get("timeoutSeconds")).strip();
        String key = nz(f.get("apiKey")).strip();
        Map<String, Object> typed = form(provider, model, baseUrl, output, timeout);
        try {
            long seconds = check(provider, model, baseUrl, output, timeout, key);
            LlmSettings before = current();
            String keep = "on".equals(f.get("forgetKey")) ? "" : key.isEmpty() ? before.apiKey() : key;
            file.write(new AiSettingsFile.Saved(provider, model, baseUrl, keep, output, seconds));
            LlmSettings now = file.over(environment());
            if (services.drafter() instanceof LlmDrafter d) {
                d.configure(now);
            }
            if (services.refiner() instanceof LlmRefiner r) {
                r.configure(now);
            }
            System.err.println("toolsmith: AI settings changed by " + Access.user(ctx).login() + ": " + now.describe());
            send(ctx, 200, "Saved. Drafting now uses " + now.describe() + ".", "", typed);
        } catch (RequestException e) {
            send(ctx, e.status(), "", e.getMessage(), typed);
        }
    }

    /** Every value checked before anything is kept; the key must be one line of visible characters (it goes in a header). */
    private static long check(String provider, String model, String baseUrl, String output, String timeout, String key) {
        if (!List.of("none", "openai", "anthropic").contains(provider)) {
            throw invalid("provider", "Choose the kind of AI service: none, OpenAI (or compatible) or Anthropic.");
        }
        if (!provider.equals("none") && (model.isEmpty() || model.length() > MAX_TEXT)) {
            throw invalid("model", "Give the model's name, for example gpt-4o-mini.");
        }
        if (!provider.equals("none")) {
            URI uri;
            try {
                uri = URI.create(baseUrl);
            } catch (IllegalArgumentException e) {
                uri = null;
            }
            if (uri == null || baseUrl.length() > MAX_TEXT || uri.getHost() == null
                    || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw invalid("baseUrl", "Give the service's address, starting with https:// (or http:// for a server on your network).");
            }
        }
        if (!List.of("", "schema", "json", "prompt").contains(output)) {
            throw invalid("output", "Choose how the spec is asked for: schema, json or prompt.");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timeout);
        } catch (NumberFormatException e) {
            seconds = -1;
        }
        if (seconds < 1 || seconds > 600) {
            throw invalid("timeoutSeconds", "The timeout is a number of seconds from 1 to 600.");
        }
        if (key.length() > MAX_TEXT || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw invalid("apiKey", "The key must be one line without spaces, as the service gave it.");
        }
        return seconds;
    }

    private LlmSettings current() {
        if (services.drafter() instanceof LlmDrafter d) {
            return d.settings();
        }
        return file.over(environment());
    }

    private static LlmSettings environment() {
        return LlmSettings.fromEnvironment(System.getenv());
    }

    private void send(RoutingContext ctx, int status, String notice, String error, Map<String, Object> form) {
        Map<String, Object> model = new HashMap<>();
        model.put("notice", notice);
        model.put("error", error);
        model.put("form", form);
        model.put("keySet", !current().apiKey().isEmpty());
        model.putAll(UsageView.model(usage));
        pages.send(ctx, status, "AI service", "admin/ai.html.vm", model);
    }

    private static Map<String, Object> form(String provider, String model, String baseUrl, String output, String timeout) {
        return Map.of("provider", provider, "model", model, "baseUrl", baseUrl, "output", output, "timeoutSeconds", timeout);
    }

    private static RequestException invalid(String field, String message) {
        return RequestException.invalid(message, List.of(new FieldError(field, message)));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
