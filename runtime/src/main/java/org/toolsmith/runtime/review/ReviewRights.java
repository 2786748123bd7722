package org.toolsmith.runtime.review;

import io.vertx.ext.web.RoutingContext;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.people.Access;
import org.toolsmith.runtime.people.User;
import org.toolsmith.runtime.system.RequestException;

/** Who may take which step of the review path; the pages and the API both ask here. */
public final class ReviewRights {
    private ReviewRights() {
    }

    /** Drafting, submitting and restoring versions: whoever may manage the app (its builder, admins). */
    public static App changeable(Access access, RoutingContext ctx, String slug) {
        return access.manageable(ctx, slug);
    }

    /** Reading an app's versions and review: those who may manage it, and reviewers. */
    public static App readable(Access access, RoutingContext ctx, String slug) {
        User user = Access.user(ctx);
        App app = access.app(ctx, slug);
        if (!user.isReviewer() && !access.rights(user, app).contains(org.toolsmith.runtime.records.Right.MANAGE)) {
            throw RequestException.forbidden("Only the builders of \"" + app.name() + "\" and reviewers may read its versions.");
        }
        return app;
    }

    /** Approving and requesting changes: reviewers, and not on a version they drafted themselves (admins excepted). */
    public static User reviewer(RoutingContext ctx, Version version) {
        User user = Access.user(ctx);
        if (!user.isReviewer()) {
            throw RequestException.forbidden("Only reviewers may approve a version or request changes. Ask an admin for the reviewer role.");
        }
        if (version != null && user.login().equals(version.createdBy()) && !user.isAdmin()) {
            throw RequestException.forbidden("You drafted version " + version.number() + " yourself; another reviewer must review it.");
        }
        return user;
    }

    /** The audit log and the policies: admins. */
    public static User admin(RoutingContext ctx) {
        User user = Access.user(ctx);
        if (!user.isAdmin()) {
            throw RequestException.forbidden("Only admins may read the audit log and set policies.");
        }
        return user;
    }
}
