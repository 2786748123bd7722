package org.toolsmith.runtime.screens;

import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.review.ReviewRights;
import org.toolsmith.runtime.Services;
import org.toolsmith.runtime.records.Caller;
import org.toolsmith.runtime.records.KindAccess;
import org.toolsmith.runtime.records.Right;
import org.toolsmith.runtime.system.RequestException;
import org.toolsmith.spec.Entity;

/** What a screen's address names: the app, the record kind, and the record id when there is one. */
record Target(App app, Entity entity, long id, Caller caller, boolean unpublished) {
    /** Set on requests under {@code /apps/{slug}/~draft/}: the screens show the open version's copy. */
    static final String DRAFT = "toolsmith.draft";

    /** The app if it is shared with the person (else a 404), with what they may do in it. */
    static Target of(RoutingContext ctx, Services services) {
        App app = Boolean.TRUE.equals(ctx.get(DRAFT))
                ? services.lifecycle().preview(ReviewRights.readable(services.access(), ctx, ctx.pathParam("slug")))
                : services.apps().get(ctx.pathParam("slug"));
        Caller caller = services.access().recordsCaller(ctx, app);
        String key = ctx.pathParam("entity");
        Entity kind = key == null ? first(app) : app.entity(key);
        // the screens show only the fields the person may see (the record store hides them too)
        Entity entity = KindAccess.of(app.spec(), kind, caller).visibleEntity();
        String id = ctx.pathParam("id");
        // Only the builder and admins can open a first version nobody approved yet; ask only for them.
        boolean unpublished = caller.may(Right.MANAGE) && !org.toolsmith.runtime.review.Lifecycle.PREVIEW.equals(app.status())
                && services.lifecycle().unpublished(app);
        return new Target(app, entity, id == null ? -1 : parseId(app, entity, id), caller, unpublished);
    }

    private static Entity first(App app) {
        if (app.spec().entities().isEmpty()) {
            throw RequestException.notFound("The app \"" + app.name() + "\" has no record kinds yet.");
        }
        return app.spec().entities().get(0);
    }

    private static long parseId(App app, Entity entity, String id) {
        try {
            long value = Long.parseLong(id);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the 404
        }
        throw notFound(entity, id);
    }

    static RequestException notFound(Entity entity, Object id) {
        return RequestException.notFound("There is no " + ListPage.lower(entity.name()) + " number " + id
                + "; it may have been deleted.");
    }

    /** A 403 unless the person may add records here. */
    void mayAdd() {
        if (!caller.may(Right.ADD)) {
            throw RequestException.forbidden("You may not add " + ListPage.lower(entity.plural()) + " in \"" + app.name()
                    + "\". Ask its owner for the right to add.");
        }
        KindAccess.of(app.spec(), app.spec().entity(entity.key()).orElse(entity), caller).mayAdd();
    }

    /** Whether the Add button shows: the add right, and no required field hidden from the person. */
    boolean canAdd() {
        try {
            mayAdd();
            return true;
        } catch (RequestException e) {
            return false;
        }
    }

    /** Whether the person may act on this record with {@code all}, or with {@code own} and it is theirs. */
    boolean allows(Map<String, Object> record, Right all, Right own) {
        return KindAccess.of(app.spec(), entity, caller).allows(record, all, own);
    }

    /** A 403 unless the person may act on this record with {@code all}, or with {@code own} and it is theirs. */
    void may(Map<String, Object> record, Right all, Right own, String verb) {
        if (!allows(record, all, own)) {
            throw RequestException.forbidden("You may not " + verb + " this " + ListPage.lower(entity.name())
                    + (caller.may(own) || caller.may(all) ? ": you may " + verb + " only your own." : "."));
        }
    }

    String listUrl() {
        return Urls.list(app, entity.key());
    }

    String recordUrl() {
        return Urls.record(app, entity.key(), id);
    }

    /** The parts every app page shares: the app's name and the nav between record kinds. */
    Map<String, Object> baseModel() {
        Map<String, Object> m = new HashMap<>();
        m.put("appName", org.toolsmith.runtime.review.Lifecycle.PREVIEW.equals(app.status())
                ? app.name() + " · trying version " + app.version() + " on a copy of the records" : app.name());
        m.put("appUrl", Urls.app(app));
        List<Map<String, Object>> kinds = app.spec().entities().stream().map(e -> Map.<String, Object>of(
                "label", e.plural() == null ? e.name() : e.plural(),
                "url", Urls.list(app, e.key()),
                "current", e.key().equals(entity.key()))).toList();
        m.put("kinds", kinds);
        m.put("notice", "");
        m.put("sharingUrl", caller.may(Right.MANAGE) ? "/apps/" + app.slug() + "/sharing" : "");
        // A first version nobody has approved yet: only its builder (and admins) can open it.
        m.put("unpublished", unpublished
                ? "Not published yet: only you can use this app. Colleagues get it once IT approves it"
                + " (send it to review on its Versions and review page)." : "");
        m.put("versionsUrl", caller.may(Right.MANAGE) ? "/apps/" + app.slug() + "/versions" : "");
        return m;
    }
}
