package org.toolsmith.runtime.screens;

import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import org.toolsmith.runtime.Services;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.records.Caller;
import org.toolsmith.runtime.records.KindAccess;
import org.toolsmith.runtime.records.RecordCsv;
import org.toolsmith.runtime.records.RecordStore;
import org.toolsmith.spec.Entity;

/**
 * A record kind's list as a CSV download, for the page button and the API alike: read through the
 * record store (so row and field rules apply), searched and sorted like the list (`q`, `sort`),
 * and written to the audit log.
 */
public final class Export {
    private Export() {
    }

    public static void send(RoutingContext ctx, Services services, App app, Entity entity, Caller caller) {
        String q = ctx.request().getParam("q");
        String sort = ctx.request().getParam("sort");
        RecordStore.Page page = services.records().export(app, entity, q, sort, caller);
        Entity seen = KindAccess.of(app.spec(), entity, caller).visibleEntity();
        String csv = RecordCsv.write(seen, page.items());
        String what = entity.plural() + " as CSV, " + page.items().size() + (page.items().size() == 1 ? " record" : " records")
                + (q == null || q.isBlank() ? "" : ", search \"" + q.strip() + "\"")
                + (page.total() > page.items().size() ? " (the first " + page.items().size() + " of " + page.total() + ")" : "");
        services.lifecycle().audit().append(caller.login(), "exported", app.slug(), app.version(), what);
        String name = (app.slug() + "-" + entity.key()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "") + ".csv";
        ctx.response().putHeader("Content-Type", "text/csv; charset=utf-8")
                .putHeader("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .putHeader("Cache-Control", "no-store")
                .end(csv);
    }
}
