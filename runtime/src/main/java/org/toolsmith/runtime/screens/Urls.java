package org.toolsmith.runtime.screens;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.review.Lifecycle;

/** The addresses of an app's pages; slugs and keys are validated identifiers, query values are encoded. */
final class Urls {
    private Urls() {
    }

    static String app(App app) {
        return "/apps/" + app.slug() + (Lifecycle.PREVIEW.equals(app.status()) ? "/~draft/" : "/");
    }

    static String list(App app, String entity) {
        return app(app) + entity + "/";
    }

    static String record(App app, String entity, long id) {
        return list(app, entity) + id;
    }

    static String file(App app, String ref) {
        return app(app) + "files/" + ref;
    }

    /** {@code base?k=v&...}, skipping empty values. */
    static String withQuery(String base, Map<String, String> params) {
        StringJoiner query = new StringJoiner("&");
        params.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                query.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return query.length() == 0 ? base : base + "?" + query;
    }
}
