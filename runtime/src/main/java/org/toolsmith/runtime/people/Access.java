package org.toolsmith.runtime.people;

import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.apps.AppRegistry;
import org.toolsmith.runtime.records.Caller;
import org.toolsmith.runtime.records.Right;
import org.toolsmith.runtime.system.RequestException;

/**
 * The checks routes make: who is asking (set by {@link Authentication}), and what they may do in
 * an app. An app that is not shared with someone does not exist for them (404); a shared app with
 * too few rights answers 403.
 */
public final class Access {
    static final String USER_KEY = "toolsmith.user";

    private final AppRegistry apps;
    private final Sharing sharing;

    public Access(AppRegistry apps, Sharing sharing) {
        this.apps = apps;
        this.sharing = sharing;
    }

    /** The person signed in; a 401 if nobody is (routes behind the guard always have one). */
    public static User user(RoutingContext ctx) {
        User user = ctx.get(USER_KEY);
        if (user == null) {
            throw RequestException.unauthorized("Sign in first.");
        }
        return user;
    }

    /** The app at {@code slug} if the person may use it (any right); else a 404 as if it did not exist. */
    public App app(RoutingContext ctx, String slug) {
        User user = user(ctx);
        App app = apps.get(slug);
        if (sharing.rights(user, app).isEmpty() && !user.isReviewer()) {
            throw noSuchApp(slug);
        }
        return app;
    }

    /** The caller for the record store: the person's login and rights in {@code app}. */
    public Caller caller(RoutingContext ctx, App app) {
        User user = user(ctx);
        return new Caller(user.login(), sharing.rights(user, app), user.groups());
    }

    /** The app if the person may use its records; a 404 when it is not shared with them at all. */
    public Caller recordsCaller(RoutingContext ctx, App app) {
        Caller caller = caller(ctx, app);
        if (caller.rights().isEmpty()) {
            throw noSuchApp(app.slug());
        }
        return caller;
    }

    /** Whether the person may see this app in lists (the catalog, {@code GET /api/apps}). */
    public boolean canUse(User user, App app) {
        return !sharing.rights(user, app).isEmpty();
    }

    public Set<Right> rights(User user, App app) {
        return sharing.rights(user, app);
    }

    /** Changing who may use the app: its builder, admins, and grants with {@code manage}. */
    public App manageable(RoutingContext ctx, String slug) {
        App app = app(ctx, slug);
        if (!sharing.rights(user(ctx), app).contains(Right.MANAGE)) {
            throw RequestException.forbidden("Only the owner of \"" + app.name()
                    + "\", an admin, or someone it is shared with to manage may change its sharing.");
        }
        return app;
    }

    /** Drafting and creating tools: builders and admins. */
    public static User builder(RoutingContext ctx) {
        User user = user(ctx);
        if (!user.isBuilder()) {
            throw RequestException.forbidden("Only builders may draft and create tools. Ask an admin for the builder role.");
        }
        return user;
    }

    /** Managing people: admins. */
    public static User admin(RoutingContext ctx) {
        User user = user(ctx);
        if (!user.isAdmin()) {
            throw RequestException.forbidden("Only admins may manage people.");
        }
        return user;
    }

    static RequestException noSuchApp(String slug) {
        return RequestException.notFound("There is no app at \"" + slug
                + "\" that is shared with you. Ask its owner to share it, or see the catalog.");
    }
}
