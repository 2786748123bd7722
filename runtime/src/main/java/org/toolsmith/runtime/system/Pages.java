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
        all.putIfAbsent("title", title);
        String content = templates.render(template, all);
        all.put("content", new Html(content));
        return templates.render("layout.html.vm", all);
    }

    /** The token forms must send back as the {@code X-XSRF-TOKEN} field (empty if none is set). */
    public static String csrfToken(RoutingContext ctx) {
        Object token = ctx == null ? null : ctx.get("X-XSRF-TOKEN");
        return token == null ? "" : token.toString();
    }
}
