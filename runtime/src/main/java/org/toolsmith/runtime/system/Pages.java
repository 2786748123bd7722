package org.toolsmith.runtime.system;

import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;
import org.toolsmith.templates.Html;
import org.toolsmith.templates.Templates;

/**
 * Renders a page: the content template with its model, wrapped in {@code layout.html.vm}. Every
 * page goes through here, so the layout, the CSRF token and the headers are the same everywhere.
 */
public final class Pages {
    /** Where the routing context holds who is signed in, for the layout: {@code name}, {@code login}, {@code admin}, {@code builder}. */
    public static final String WHO = "toolsmith.who";
    private static final Map<String, Object> NOBODY = Map.of("name", "", "login", "", "admin", false, "builder", false);

    private final Templates templates;

    public Pages(Templates templates) {
        this.templates = templates;
    }

    /** Renders {@code template} inside the layout and ends the response with {@code status}. */
    public void send(RoutingContext ctx, int status, String title, String template, Map<String, ?> model) {
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", "text/html; charset=utf-8")
                .end(render(ctx, title, template, model));
    }

    public String render(RoutingContext ctx, String title, String template, Map<String, ?> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("csrf", csrfToken(ctx));
        Object who = ctx == null ? null : ctx.get(WHO);
        all.put("who", who == null ? NOBODY : who);
        all.putIfAbsent("title", title);
        String content = templates.render(template, all);
        all.put("content", new Html(content));
        return templates.render("layout.html.vm", all);
    }

    public static String urlEncode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The token forms must send back as the {@code X-XSRF-TOKEN} field (empty if none is set). */
    public static String csrfToken(RoutingContext ctx) {
        Object token = ctx == null ? null : ctx.get("X-XSRF-TOKEN");
        return token == null ? "" : token.toString();
    }
}
