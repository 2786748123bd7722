package org.toolsmith.runtime.api;

import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.toolsmith.build.SchemaSql;
import org.toolsmith.runtime.Services;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.records.Caller;
import org.toolsmith.runtime.records.RecordStore;
import org.toolsmith.runtime.review.ReviewRights;
import org.toolsmith.runtime.system.RequestException;
import org.toolsmith.runtime.system.RequestException.FieldError;
import org.toolsmith.spec.Entity;

/** {@code /api/apps/{slug}/{entity}[/{id}]}: list, create, show, replace, patch and delete records. */
final class RecordsApi {
    private final Services services;
    private final Json json;

    RecordsApi(Services services, Json json) {
        this.services = services;
        this.json = json;
    }

    void listRecords(RoutingContext ctx) {
        App app = app(ctx);
        Caller caller = services.access().recordsCaller(ctx, app);
        Entity entity = app.entity(ctx.pathParam("entity"));
        RecordStore.ListQuery query = new RecordStore.ListQuery(ctx.request().getParam("q"), ctx.request().getParam("sort"),
                intParam(ctx, "page", 1), intParam(ctx, "size", RecordStore.DEFAULT_PAGE_SIZE));
        RecordStore.Page page = services.records().list(app, entity, query, caller);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items());
        body.put("total", page.total());
        body.put("page", page.page());
        body.put("size", page.size());
        json.send(ctx, 200, body);
    }

    void createRecord(RoutingContext ctx) {
        App app = app(ctx);
        Caller caller = services.access().recordsCaller(ctx, app);
        Entity entity = app.entity(ctx.pathParam("entity"));
        Map<String, Object> input = input(ctx, entity);
        Map<String, Object> record = services.records().create(app, entity, input, caller);
        ctx.response().putHeader("Location", "/api/apps/" + app.slug() + "/" + entity.key() + "/" + record.get("id"));
        json.send(ctx, 201, record);
    }

    /** The records the caller may see as CSV, with the fields they may see; audited. */
    void exportRecords(RoutingContext ctx) {
        App app = app(ctx);
        Caller caller = services.access().recordsCaller(ctx, app);
        org.toolsmith.runtime.screens.Export.send(ctx, services, app, app.entity(ctx.pathParam("entity")), caller);
    }

    void showRecord(RoutingContext ctx) {
        App app = app(ctx);
        Caller caller = services.access().recordsCaller(ctx, app);
        Entity entity = app.entity(ctx.pathParam("entity"));
        long id = id(ctx, entity);
        json.send(ctx, 200, services.records().find(app, entity, id, caller)
                .orElseThrow(() -> RequestException.notFound("There is no " + entity.name() + " with id " + id + ".")));
    }

    void updateRecord(RoutingContext ctx, boolean partial) {
        App app = app(ctx);
        Caller caller = services.access().recordsCaller(ctx, app);
        Entity entity = app.entity(ctx.pathParam("entity"));
        long id = id(ctx, entity);
        Map<String, Object> input = input(ctx, entity);
        json.send(ctx, 200, services.records().update(app, entity, id, input, partial, caller));
    }

    void deleteRecord(RoutingContext ctx) {
        App app = app(ctx);
        Caller caller = services.access().recordsCaller(ctx, app);
        Entity entity = app.entity(ctx.pathParam("entity"));
        services.records().delete(app, entity, id(ctx, entity), caller);
        ctx.response().setStatusCode(204).end();
    }

    /**
     * The app whose records the call reads or writes: the published version, or with
     * {@code ?version=draft} the open version's copy (for its builders and reviewers).
     */
    private App app(RoutingContext ctx) {
        String version = ctx.request().getParam("version");
        if (version == null || version.isBlank() || version.equals("published")) {
            return services.apps().get(ctx.pathParam("slug"));
        }
        if (!version.equals("draft")) {
            throw RequestException.badRequest("\"version\" is \"draft\" or \"published\", not \"" + version + "\".");
        }
        return services.lifecycle().preview(ReviewRights.readable(services.access(), ctx, ctx.pathParam("slug")));
    }

    /** Presses a button on a record (its script's changes, applied with rules and automations); the record after. */
    void pressAction(RoutingContext ctx) {
        App app = services.apps().get(ctx.pathParam("slug"));
        Entity entity = app.entity(ctx.pathParam("entity"));
        Caller caller = services.access().recordsCaller(ctx, app);
        long id = id(ctx, entity);
        org.toolsmith.runtime.people.User user = org.toolsmith.runtime.people.Access.user(ctx);
        java.util.Set<String> roles = new java.util.HashSet<>(user.roles());
        roles.addAll(user.groups());
        if (user.isAdmin()) {
            app.spec().actionsOf(entity.key()).forEach(a -> roles.addAll(a.roles()));
        }
        json.send(ctx, 200, services.logic().press(services.records(), app, entity, id, ctx.pathParam("action"), caller, roles));
    }

    /** The body as field values; keys that are not fields (other than id and system columns) are a 422. */
    private Map<String, Object> input(RoutingContext ctx, Entity entity) {
        Map<String, Object> input = json.map(ctx);
        List<FieldError> unknown = new ArrayList<>();
        var computed = services.apps().get(ctx.pathParam("slug")).spec().computedOf(entity.key());
        for (String key : input.keySet()) {
            // computed values (and their errors) come back from a GET; they are read-only, so ignored
            boolean readOnly = key.equals("_errors") || computed.stream().anyMatch(c -> c.key().equals(key));
            if (entity.field(key).isEmpty() && !SchemaSql.SYSTEM_COLUMNS.contains(key) && !readOnly) {
                unknown.add(new FieldError(key, entity.name() + " has no field \"" + key + "\". Its fields are: "
                        + String.join(", ", entity.fields().stream().map(f -> f.key()).toList()) + "."));
            }
        }
        if (!unknown.isEmpty()) {
            throw RequestException.invalid(unknown.get(0).message(), unknown);
        }
        return input;
    }

    private static long id(RoutingContext ctx, Entity entity) {
        String raw = ctx.pathParam("id");
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw RequestException.notFound("There is no " + entity.name() + " with id \"" + raw + "\"; ids are numbers.");
        }
    }

    private static int intParam(RoutingContext ctx, String name, int absent) {
        String raw = ctx.request().getParam(name);
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw RequestException.badRequest("The \"" + name + "\" parameter must be a whole number, not \"" + raw + "\".");
        }
    }
}
