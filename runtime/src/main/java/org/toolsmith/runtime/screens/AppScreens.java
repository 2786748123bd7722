package org.toolsmith.runtime.screens;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.toolsmith.runtime.Services;
import org.toolsmith.runtime.people.Access;
import org.toolsmith.runtime.system.RequestException;
import org.toolsmith.runtime.records.RecordStore;
import org.toolsmith.runtime.records.Right;
import org.toolsmith.runtime.records.RecordStore.ListQuery;
import org.toolsmith.runtime.system.Pages;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/** Each app's screens under {@code /apps/{slug}/}: list, detail, new, edit, delete, file downloads. */
public final class AppScreens {
    private final Services services;
    private final Pages pages;
    private final FileStore files;
    private final RecordPages recordPages;
    private final LogicScreens logicScreens;

    public AppScreens(Services services) {
        this.services = services;
        this.pages = new Pages(services.templates());
        this.files = new FileStore(services.config().dataDir());
        this.recordPages = new RecordPages(services, pages, files);
        this.logicScreens = new LogicScreens(services, pages);
    }

    public void mount(Router router) {
        router.get("/apps/:slug/_notifications").handler(logicScreens::notifications);
        router.post("/apps/:slug/:entity/:id/actions/:action").handler(this::press);
        // A draft version's copy, to try before review: the same screens under /apps/{slug}/~draft/.
        router.route("/apps/:slug/~draft/*").handler(ctx -> {
            ctx.put(Target.DRAFT, true);
            ctx.next();
        });
        router.get("/apps/:slug/~draft").handler(AppScreens::addSlash);
        mount(router, "/apps/:slug/~draft");
        mount(router, "/apps/:slug");
    }

    private void mount(Router router, String base) {
        if (base.equals("/apps/:slug")) {
            router.get(base).handler(AppScreens::addSlash);
        }
        router.get(base + "/").handler(this::list);
        router.get(base + "/files/:token/:name").handler(this::download);
        router.get(base + "/:entity").handler(AppScreens::addSlash);
        router.get(base + "/:entity/").handler(this::list);
        router.post(base + "/:entity/").handler(recordPages::create);
        router.get(base + "/:entity/new").handler(recordPages::newForm);
        router.get(base + "/:entity/export.csv").handler(this::export);
        router.get(base + "/:entity/:id").handler(this::show);
        router.get(base + "/:entity/:id/edit").handler(recordPages::editForm);
        router.post(base + "/:entity/:id/edit").handler(recordPages::update);
        router.get(base + "/:entity/:id/delete").handler(recordPages::confirmDelete);
        router.post(base + "/:entity/:id/delete").handler(recordPages::delete);
    }

    private void list(RoutingContext ctx) {
        Target t = Target.of(ctx, services);
        ListQuery query = ListPage.query(t.entity(), ctx.queryParams().get("q"), ctx.queryParams().get("sort"),
                ctx.queryParams().get("page"), ctx.queryParams().get("size"));
        RecordStore.Page page = services.records().list(t.app(), t.entity(), query, t.caller());
        Display display = new Display(t.app(), services.records(), t.caller());
        Map<String, Object> model = t.baseModel();
        model.putAll(ListPage.model(t.app(), t.entity(), query, page, display));
        LogicScreens.addColumns(t.app(), t.entity(), page, model, display);
        if (!t.canAdd()) {
            model.put("newUrl", "");
        }
        model.put("notice", notice(ctx, t, display));
        pages.send(ctx, 200, t.entity().plural() + " · " + t.app().name(), "screens/list.html.vm", model);
    }

    private void export(RoutingContext ctx) {
        Target t = Target.of(ctx, services);
        Export.send(ctx, services, t.app(), t.app().entity(t.entity().key()), t.caller());
    }

    private String notice(RoutingContext ctx, Target t, Display display) {
        if (ctx.queryParams().contains("deleted")) {
            return "The " + ListPage.lower(t.entity().name()) + " was deleted.";
        }
        String added = ctx.queryParams().get("added");
        if (added != null && added.matches("\\d{1,18}")) {
            return services.records().find(t.app(), t.entity(), Long.parseLong(added), t.caller())
                    .map(r -> "Added " + ListPage.lower(t.entity().name()) + " “" + display.title(t.entity(), r) + "”.")
                    .orElse("");
        }
        return "";
    }

    private void show(RoutingContext ctx) {
        showPage(ctx, Target.of(ctx, services), 200, "");
    }

    /** Presses a button on a record; its failure shows the record again with the message. */
    private void press(RoutingContext ctx) {
        Target t = Target.of(ctx, services);
        String action = ctx.pathParam("action");
        try {
            services.logic().press(services.records(), t.app(), t.entity(), t.id(), action, t.caller(),
                    Access.user(ctx).isAdmin() ? adminRoles(t) : LogicScreens.roles(ctx));
            redirect(ctx, t.recordUrl() + "?done=" + java.net.URLEncoder.encode(action, java.nio.charset.StandardCharsets.UTF_8));
        } catch (RequestException e) {
            if (e.status() != 422 && e.status() != 403 && e.status() != 409) {
                throw e;
            }
            showPage(ctx, t, e.status(), e.getMessage());
        }
    }

    private static java.util.Set<String> adminRoles(Target t) {
        java.util.Set<String> all = new java.util.HashSet<>();
        t.app().spec().actionsOf(t.entity().key()).forEach(a -> all.addAll(a.roles()));
        return all;
    }

    private void showPage(RoutingContext ctx, Target t, int status, String error) {
        Map<String, Object> record = services.records().find(t.app(), t.entity(), t.id(), t.caller())
                .orElseThrow(() -> Target.notFound(t.entity(), t.id()));
        Display display = new Display(t.app(), services.records(), t.caller());
        Map<String, Object> model = t.baseModel();
        String title = display.title(t.entity(), record);
        model.put("heading", title);
        model.put("kindName", t.entity().name());
        List<Map<String, Object>> fields = new ArrayList<>();
        for (Field f : t.entity().fields()) {
            fields.add(Map.of("label", f.label(), "cell", display.cell(f, record.get(f.key()))));
        }
        fields.addAll(LogicScreens.detailFields(t.app(), t.entity(), record, display));
        model.put("fields", fields);
        model.put("buttons", LogicScreens.buttons(t, LogicScreens.roles(ctx), Access.user(ctx).isAdmin()));
        model.put("logicError", error);
        model.put("related", related(t, display));
        model.put("listUrl", t.listUrl());
        model.put("listLabel", t.entity().plural());
        model.put("editUrl", t.allows(record, Right.EDIT_ALL, Right.EDIT_OWN) ? t.recordUrl() + "/edit" : "");
        model.put("deleteUrl", t.allows(record, Right.DELETE_ALL, Right.DELETE_OWN) ? t.recordUrl() + "/delete" : "");
        model.put("notice", ctx.queryParams().contains("saved") ? "Saved." : done(t, ctx.queryParams().get("done")));
        pages.send(ctx, status, title + " · " + t.app().name(), "screens/show.html.vm", model);
    }

    private static String done(Target t, String action) {
        return action == null ? "" : t.app().spec().actionsOf(t.entity().key()).stream().filter(a -> a.key().equals(action))
                .findFirst().map(a -> "Done: " + a.label() + ".").orElse("");
    }

    private List<Map<String, Object>> related(Target t, Display display) {
        List<Map<String, Object>> groups = new ArrayList<>();
        for (RecordStore.Related r : services.records().related(t.app(), t.entity(), t.id(), t.caller())) {
            Entity from = r.from();
            List<Field> columns = ListPage.columns(from).stream().filter(f -> !f.key().equals(r.field().key())).limit(4).toList();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Map<String, Object> item : r.items()) {
                long id = Display.id(item.get("id"));
                List<Map<String, Object>> cells = new ArrayList<>();
                for (Field f : columns) {
                    cells.add(display.cell(f, item.get(f.key())));
                }
                String first = cells.isEmpty() ? "" : String.valueOf(cells.get(0).get("text"));
                rows.add(Map.of("url", Urls.record(t.app(), from.key(), id),
                        "title", first.isBlank() ? from.name() + " " + id : first,
                        "cells", cells.isEmpty() ? cells : cells.subList(1, cells.size())));
            }
            String heading = from.plural() + (countFields(t, from) > 1 ? " (by " + r.field().label() + ")" : "");
            groups.add(Map.of("heading", heading, "rows", rows, "total", r.total(),
                    "columns", columns.stream().map(Field::label).toList(),
                    "more", r.total() > rows.size(), "listUrl", Urls.list(t.app(), from.key()),
                    "emptyText", "No " + ListPage.lower(from.plural()) + " point to this " + ListPage.lower(t.entity().name()) + " yet."));
        }
        return groups;
    }

    private static long countFields(Target t, Entity from) {
        return t.app().spec().referencesTo(t.entity().key()).stream().filter(r -> r.from().key().equals(from.key())).count();
    }

    private void download(RoutingContext ctx) {
        if (!FileStore.isToken(ctx.pathParam("token"))) {
            ctx.next();
            return;
        }
        var app = services.apps().get(ctx.pathParam("slug"));
        services.access().recordsCaller(ctx, app);
        var file = files.find(app.slug(), ctx.pathParam("token"), ctx.pathParam("name"))
                .orElseThrow(() -> org.toolsmith.runtime.system.RequestException.notFound("There is no such file in \"" + app.name() + "\"."));
        ctx.response()
                .putHeader("Content-Type", "application/octet-stream")
                .putHeader("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"")
                .putHeader("X-Content-Type-Options", "nosniff")
                .sendFile(file.toString());
    }

    private static void addSlash(RoutingContext ctx) {
        String path = ctx.request().path();
        if (path.endsWith("/")) {
            ctx.next();
        } else {
            redirect(ctx, path + "/");
        }
    }

    static void redirect(RoutingContext ctx, String location) {
        ctx.response().setStatusCode(303).putHeader("Location", location).end();
    }
}
