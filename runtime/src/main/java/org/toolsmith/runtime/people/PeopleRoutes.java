package org.toolsmith.runtime.people;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import org.toolsmith.runtime.apps.AppRegistry;
import org.toolsmith.runtime.system.Pages;
import org.toolsmith.templates.Templates;

/** Mounts the sign-in pages, tokens, people, sharing, the catalog, and their JSON routes. */
public final class PeopleRoutes {
    private final LoginPages login;
    private final PeoplePages people;
    private final SharingPages sharingPages;
    private final PeopleApi api;
    private final SingleSignOn sso;

    public PeopleRoutes(AppRegistry apps, Accounts accounts, Sharing sharing, Access access, LoginThrottle throttle,
                        Templates templates, ObjectMapper json, SingleSignOn sso) {
        Pages pages = new Pages(templates);
        this.sso = sso;
        this.login = new LoginPages(accounts, throttle, pages, sso != null);
        AccountStatus status = new AccountStatus(accounts.database(), accounts);
        this.people = new PeoplePages(accounts, status, pages);
        this.sharingPages = new SharingPages(apps, accounts, sharing, access, pages);
        this.api = new PeopleApi(accounts, status, sharing, access, throttle, json);
    }

    /** Mount before the app screens: {@code /apps/{slug}/sharing} must win over {@code /apps/{slug}/{entity}}. */
    public void mount(Router router) {
        router.get("/login").handler(login::form);
        router.post("/login").handler(login::signIn);
        if (sso != null) {
            router.get("/login/sso").handler(sso::start);
            router.get("/login/sso/callback").handler(sso::callback);
        }
        router.post("/logout").handler(ctx -> login.signOut(ctx, sso == null ? null : sso.endSession(ctx)));
        router.post("/logout-everywhere").handler(login::signOutEverywhere);
        router.post("/password").handler(login::changePassword);
        router.get("/tokens").handler(people::tokens);
        router.post("/tokens").handler(people::newToken);
        router.post("/tokens/:id/revoke").handler(people::revoke);
        router.get("/admin/users").handler(people::users);
        router.post("/admin/users").handler(people::addUser);
        router.get("/catalog").handler(sharingPages::catalog);
        router.get("/apps/:slug/sharing").handler(sharingPages::show);
        router.post("/apps/:slug/sharing").handler(sharingPages::add);
        router.post("/apps/:slug/sharing/remove").handler(sharingPages::remove);
        router.post("/api/users").handler(api::createUser);
        router.get("/api/users").handler(api::listUsers);
        router.patch("/api/users/:login").handler(api::updateUser);
        router.get("/admin/users/:login").handler(people::editUser);
        router.post("/admin/users/:login/disable").handler(people::disableUser);
        router.post("/admin/users/:login/enable").handler(people::enableUser);
        router.post("/admin/users/:login/delete").handler(people::deleteUser);
        router.get("/api/users/:login").handler(api::showUser);
        router.delete("/api/users/:login").handler(api::deleteUser);
        router.post("/admin/users/:login").handler(people::saveUser);
        router.get("/api/me").handler(api::me);
        router.post("/api/tokens").handler(api::createToken);
        router.get("/api/apps/:slug/sharing").handler(api::getSharing);
        router.put("/api/apps/:slug/sharing").handler(api::putSharing);
    }
}
