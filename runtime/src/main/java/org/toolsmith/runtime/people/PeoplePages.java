package org.toolsmith.runtime.people;

import io.vertx.ext.web.RoutingContext;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.toolsmith.runtime.system.Pages;
import org.toolsmith.runtime.system.RequestException;

/** The tokens page (everyone, for themselves) and the people page (admins). */
final class PeoplePages {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final Accounts accounts;
    private final AccountStatus accountStatus;
    private final Pages pages;

    PeoplePages(Accounts accounts, AccountStatus accountStatus, Pages pages) {
        this.accounts = accounts;
        this.accountStatus = accountStatus;
        this.pages = pages;
    }

    void tokens(RoutingContext ctx) {
        sendTokens(ctx, Access.user(ctx), "", "");
    }

    /** Makes a token and shows it once, in the page (never in a URL). */
    void newToken(RoutingContext ctx) {
        User user = Access.user(ctx);
        String name = ctx.request().getFormAttribute("name");
        String label = name == null || name.isBlank() ? "token" : name.strip();
        sendTokens(ctx, user, accounts.newToken(user.id(), label), label);
    }

    void revoke(RoutingContext ctx) {
        User user = Access.user(ctx);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw RequestException.notFound("There is no such token.");
        }
        if (!accounts.revokeToken(user.id(), id)) {
            throw RequestException.notFound("There is no such token; it may have been revoked already.");
        }
        LoginPages.redirect(ctx, "/tokens");
    }

    private void sendTokens(RoutingContext ctx, User user, String token, String name) {
        ctx.response().putHeader("Cache-Control", "no-store");
        List<Map<String, Object>> list = new ArrayList<>();
        for (Accounts.TokenInfo t : accounts.tokens(user.id())) {
            list.add(Map.of("name", t.name(), "created", DAY.format(t.createdAt()), "revokeUrl", "/tokens/" + t.id() + "/revoke"));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("tokens", list);
        model.put("newToken", token);
        model.put("newName", name);
        model.put("notice", "changed".equals(ctx.queryParams().get("password")) ? "Your password was changed." : "");
        pages.send(ctx, token.isEmpty() ? 200 : 201, "Your tokens", "people/tokens.html.vm", model);
    }

    void users(RoutingContext ctx) {
        Access.admin(ctx);
        sendUsers(ctx, 200, "", "", Map.of("login", "", "name", "", "email", "", "groups", ""));
    }

    void addUser(RoutingContext ctx) {
        Access.admin(ctx);
        var form = ctx.request().formAttributes();
        String groups = form.get("groups") == null ? "" : form.get("groups");
        Map<String, Object> typed = Map.of("login", nz(form.get("login")), "name", nz(form.get("name")),
                "email", nz(form.get("email")), "groups", groups);
        try {
            User user = accounts.create(new Accounts.NewUser(form.get("login"), form.get("name"), form.get("email"),
                    nz(form.get("password")), new HashSet<>(form.getAll("roles")), splitGroups(groups)));
            sendUsers(ctx, 201, "Added " + user.login() + ".", "", Map.of("login", "", "name", "", "email", "", "groups", ""));
        } catch (RequestException e) {
            if (e.status() != 422 && e.status() != 409) {
                throw e;
            }
            sendUsers(ctx, e.status(), "", e.getMessage(), typed);
        }
    }

    void editUser(RoutingContext ctx) {
        Access.admin(ctx);
        User user = accounts.find(ctx.pathParam("login"))
                .orElseThrow(() -> RequestException.notFound("There is nobody with the login \"" + ctx.pathParam("login") + "\"."));
        sendUser(ctx, 200, user, "", "");
    }

    void saveUser(RoutingContext ctx) {
        Access.admin(ctx);
        var form = ctx.request().formAttributes();
        String password = form.get("password");
        try {
            User user = accounts.update(ctx.pathParam("login"), new Accounts.Changes(form.get("name"), nz(form.get("email")),
                    password == null || password.isEmpty() ? null : password, new HashSet<>(form.getAll("roles")),
                    splitGroups(nz(form.get("groups")))));
            sendUser(ctx, 200, user, "Saved.", "");
        } catch (RequestException e) {
            if (e.status() != 422 && e.status() != 409) {
                throw e;
            }
            sendUser(ctx, e.status(), accounts.find(ctx.pathParam("login")).orElseThrow(), "", e.getMessage());
        }
    }

    void disableUser(RoutingContext ctx) {
        User admin = Access.admin(ctx);
        statusChange(ctx, () -> accountStatus.disable(ctx.pathParam("login"), admin), "Disabled: they cannot sign in, and their sessions and tokens ended.");
    }

    void enableUser(RoutingContext ctx) {
        User admin = Access.admin(ctx);
        statusChange(ctx, () -> accountStatus.enable(ctx.pathParam("login"), admin), "Enabled: they can sign in again (make new tokens).");
    }

    /** Deleting needs the login typed again, since it cannot be undone. */
    void deleteUser(RoutingContext ctx) {
        User admin = Access.admin(ctx);
        String login = ctx.pathParam("login");
        String typed = ctx.request().getFormAttribute("confirm");
        if (typed == null || !typed.strip().equalsIgnoreCase(login)) {
            User user = accounts.find(login).orElseThrow(() -> RequestException.notFound("There is nobody with the login \"" + login + "\"."));
            sendUser(ctx, 422, user, "", "To delete " + user.login() + ", type their login in the box; deleting cannot be undone.");
            return;
        }
        statusChange(ctx, () -> accountStatus.delete(login, admin), "Deleted. Their records keep their login and name.");
    }

    private void statusChange(RoutingContext ctx, java.util.function.Supplier<User> change, String notice) {
        try {
            sendUser(ctx, 200, change.get(), notice, "");
        } catch (RequestException e) {
            if (e.status() != 409) {
                throw e;
            }
            sendUser(ctx, 409, accounts.find(ctx.pathParam("login")).orElseThrow(), "", e.getMessage());
        }
    }

    private void sendUser(RoutingContext ctx, int status, User user, String notice, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("status", user.status());
        model.put("statusUrl", "/admin/users/" + user.login() + (user.isActive() ? "/disable" : "/enable"));
        model.put("deleteUrl", "/admin/users/" + user.login() + "/delete");
        model.put("login", user.login());
        model.put("name", user.name());
        model.put("email", user.email() == null ? "" : user.email());
        model.put("groups", String.join(", ", user.groups().stream().sorted().toList()));
        model.put("roles", User.ROLES.stream().sorted().map(r -> Map.of("key", r, "checked", user.roles().contains(r))).toList());
        model.put("action", "/admin/users/" + user.login());
        model.put("notice", notice);
        model.put("error", error);
        pages.send(ctx, status, "Edit " + user.login(), "people/user.html.vm", model);
    }

    static List<String> splitGroups(String groups) {
        return Arrays.stream(groups.split(",")).map(String::strip).filter(g -> !g.isEmpty()).toList();
    }

    private void sendUsers(RoutingContext ctx, int status, String notice, String error, Map<String, Object> form) {
        List<Map<String, Object>> users = new ArrayList<>();
        for (User u : accounts.list()) {
            users.add(Map.of("login", u.login(), "url", "/admin/users/" + u.login(), "name", u.name(), "roles", String.join(", ", u.roles().stream().sorted().toList()),
                    "groups", String.join(", ", u.groups().stream().sorted().toList()), "status", u.isActive() ? "" : u.status()));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("users", users);
        model.put("notice", notice);
        model.put("error", error);
        model.put("form", form);
        pages.send(ctx, status, "People", "people/users.html.vm", model);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
