package org.toolsmith.runtime.people;

import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.apps.AppRegistry;
import org.toolsmith.runtime.records.Right;
import org.toolsmith.runtime.system.Pages;
import org.toolsmith.runtime.system.RequestException;

/** Each app's sharing page ({@code /apps/{slug}/sharing}) and the catalog of tools a person may use. */
final class SharingPages {
    static final Map<Right, String> LABELS = Map.of(
            Right.VIEW_ALL, "See all records", Right.VIEW_OWN, "See the records they added",
            Right.ADD, "Add records", Right.EDIT_OWN, "Change the records they added", Right.EDIT_ALL, "Change all records",
            Right.DELETE_OWN, "Delete the records they added", Right.DELETE_ALL, "Delete all records",
            Right.MANAGE, "Manage sharing");

    private final AppRegistry apps;
    private final Accounts accounts;
    private final Sharing sharing;
    private final Access access;
    private final Pages pages;

    SharingPages(AppRegistry apps, Accounts accounts, Sharing sharing, Access access, Pages pages) {
        this.apps = apps;
        this.accounts = accounts;
        this.sharing = sharing;
        this.access = access;
        this.pages = pages;
    }

    void show(RoutingContext ctx) {
        App app = access.app(ctx, ctx.pathParam("slug"));
        send(ctx, 200, app, "");
    }

    void add(RoutingContext ctx) {
        App app = access.manageable(ctx, ctx.pathParam("slug"));
        String to = ctx.request().getFormAttribute("to");
        EnumSet<Right> rights = EnumSet.noneOf(Right.class);
        for (String key : ctx.request().formAttributes().getAll("rights")) {
            Right.of(key).ifPresent(rights::add);
        }
        if (rights.isEmpty()) {
            send(ctx, 422, app, "Tick at least one right to share.");
            return;
        }
        List<Sharing.Grant> grants = new ArrayList<>(sharing.desired(app));
        grants.add(new Sharing.Grant(to == null ? "" : to.strip(), rights));
        try {
            sharing.change(app, grants, Access.user(ctx).login());
        } catch (RequestException e) {
            send(ctx, e.status(), app, e.getMessage());
            return;
        }
        LoginPages.redirect(ctx, "/apps/" + app.slug() + "/sharing");
    }

    void remove(RoutingContext ctx) {
        App app = access.manageable(ctx, ctx.pathParam("slug"));
        String to = ctx.request().getFormAttribute("to");
        List<Sharing.Grant> grants = sharing.desired(app).stream().filter(g -> !g.to().equals(to)).toList();
        sharing.change(app, grants, Access.user(ctx).login());
        LoginPages.redirect(ctx, "/apps/" + app.slug() + "/sharing");
    }

    private void send(RoutingContext ctx, int status, App app, String error) {
        User user = Access.user(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("appName", app.name());
        model.put("appUrl", "/apps/" + app.slug() + "/");
        model.put("owner", owner(app));
        model.put("access", org.toolsmith.build.AccessWords.describe(app.spec()));
        model.put("error", error);
        model.put("canManage", access.rights(user, app).contains(Right.MANAGE));
        model.put("addUrl", "/apps/" + app.slug() + "/sharing");
        model.put("removeUrl", "/apps/" + app.slug() + "/sharing/remove");
        model.put("grants", sharing.grants(app).stream().map(g -> Map.of("to", g.to(),
                "rights", String.join(", ", g.rightKeys()))).toList());
        var pending = sharing.pending(app);
        model.put("pendingVersion", pending.map(p -> String.valueOf(p.version())).orElse(""));
        model.put("versionsUrl", "/apps/" + app.slug() + "/versions");
        model.put("pending", pending.map(p -> p.pending().stream().map(g -> Map.of("to", g.to(),
                "rights", String.join(", ", g.rightKeys()))).toList()).orElse(List.of()));
        model.put("rights", Arrays.stream(Right.values()).map(r -> Map.of("key", r.key(), "label", LABELS.get(r))).toList());
        pages.send(ctx, status, "Sharing · " + app.name(), "people/sharing.html.vm", model);
    }

    /** {@code /catalog?q=}: the tools this person may use, with their owners. */
    void catalog(RoutingContext ctx) {
        User user = Access.user(ctx);
        String q = ctx.queryParams().get("q") == null ? "" : ctx.queryParams().get("q").strip();
        String needle = q.toLowerCase(Locale.ROOT);
        List<Map<String, Object>> list = new ArrayList<>();
        for (App app : apps.list()) {
            if (!access.canUse(user, app)) {
                continue;
            }
            String owner = owner(app);
            if (!needle.isEmpty() && !app.name().toLowerCase(Locale.ROOT).contains(needle)
                    && !owner.toLowerCase(Locale.ROOT).contains(needle)) {
                continue;
            }
            list.add(Map.of("name", app.name(), "url", "/apps/" + app.slug() + "/", "owner", owner,
                    "canManage", access.rights(user, app).contains(Right.MANAGE), "sharingUrl", "/apps/" + app.slug() + "/sharing"));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("apps", list);
        model.put("q", q);
        pages.send(ctx, 200, "Catalog", "people/catalog.html.vm", model);
    }

    /** The owner's name as people know it, or their login. */
    String owner(App app) {
        if (app.createdBy() == null) {
            return "nobody";
        }
        return accounts.find(app.createdBy()).map(User::name).orElse(app.createdBy());
    }
}
