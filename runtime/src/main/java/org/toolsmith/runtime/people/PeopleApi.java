package org.toolsmith.runtime.people;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.records.Right;
import org.toolsmith.runtime.system.RequestException;
import org.toolsmith.runtime.system.RequestException.FieldError;

/** {@code /api/users}, {@code /api/tokens}, {@code /api/me} and {@code /api/apps/{slug}/sharing} (API.md, People). */
final class PeopleApi {
    private final Accounts accounts;
    private final AccountStatus status;
    private final Sharing sharing;
    private final Access access;
    private final LoginThrottle throttle;
    private final ObjectMapper json;

    PeopleApi(Accounts accounts, AccountStatus status, Sharing sharing, Access access, LoginThrottle throttle, ObjectMapper json) {
        this.accounts = accounts;
        this.status = status;
        this.sharing = sharing;
        this.access = access;
        this.throttle = throttle;
        this.json = json;
    }

    void createUser(RoutingContext ctx) {
        Access.admin(ctx);
        JsonNode body = body(ctx);
        User user = accounts.create(new Accounts.NewUser(text(body, "login"), text(body, "name"), text(body, "email"),
                body.hasNonNull("password") ? text(body, "password") : null, new HashSet<>(strings(body, "roles")),
                strings(body, "groups")));
        ctx.response().putHeader("Location", "/api/users/" + user.login());
        send(ctx, 201, Map.of("id", user.id(), "login", user.login()));
    }

    /**
     * {@code PATCH /api/users/{login}}: name, email, password, roles, groups; absent ones stay.
     * {@code "disabled": true} disables the person (sessions and tokens end), {@code false} enables them.
     */
    void updateUser(RoutingContext ctx) {
        User admin = Access.admin(ctx);
        JsonNode body = body(ctx);
        JsonNode disabled = body.get("disabled");
        if (disabled != null && !disabled.isBoolean()) {
            throw RequestException.badRequest("\"disabled\" is true or false.");
        }
        boolean other = body.has("name") || body.has("email") || body.has("password") || body.has("roles") || body.has("groups");
        User user = other ? accounts.update(ctx.pathParam("login"), new Accounts.Changes(text(body, "name"), text(body, "email"),
                text(body, "password"), body.has("roles") ? new HashSet<>(strings(body, "roles")) : null,
                body.has("groups") ? strings(body, "groups") : null)) : null;
        if (disabled != null) {
            user = disabled.asBoolean() ? status.disable(ctx.pathParam("login"), admin) : status.enable(ctx.pathParam("login"), admin);
        }
        if (user == null) {
            user = accounts.find(ctx.pathParam("login")).orElseThrow(() -> RequestException.notFound(
                    "There is nobody with the login \"" + ctx.pathParam("login") + "\"."));
        }
        send(ctx, 200, userJson(user));
    }

    /** {@code GET /api/users/{login}}: the person, deleted ones too (records still name them). */
    void showUser(RoutingContext ctx) {
        Access.admin(ctx);
        send(ctx, 200, userJson(accounts.find(ctx.pathParam("login")).orElseThrow(() -> RequestException.notFound(
                "There is nobody with the login \"" + ctx.pathParam("login") + "\"."))));
    }

    /** {@code DELETE /api/users/{login}}: keeps login and name only; their records keep working. */
    void deleteUser(RoutingContext ctx) {
        status.delete(ctx.pathParam("login"), Access.admin(ctx));
        ctx.response().setStatusCode(204).end();
    }

    private static Map<String, Object> userJson(User u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", u.id());
        m.put("login", u.login());
        m.put("name", u.name());
        m.put("status", u.status());
        m.put("roles", u.roles().stream().sorted().toList());
        m.put("groups", u.groups().stream().sorted().toList());
        return m;
    }

    void listUsers(RoutingContext ctx) {
        Access.admin(ctx);
        List<Map<String, Object>> items = new ArrayList<>();
        for (User u : accounts.list()) {
            items.add(userJson(u));
        }
        send(ctx, 200, Map.of("items", items));
    }

    void me(RoutingContext ctx) {
        User u = Access.user(ctx);
        send(ctx, 200, Map.of("id", u.id(), "login", u.login(), "name", u.name(),
                "roles", u.roles().stream().sorted().toList(), "groups", u.groups().stream().sorted().toList()));
    }

    /** {@code {"login", "password", "name"}} → a new personal token; throttled like signing in. */
    void createToken(RoutingContext ctx) {
        JsonNode body = body(ctx);
        String login = text(body, "login");
        String address = LoginPages.address(ctx);
        if (!throttle.allows(login, address)) {
            throw RequestException.tooMany("Too many failed attempts. Wait " + throttle.minutesLeft(login, address)
                    + " minutes and try again.");
        }
        Optional<User> user = accounts.check(login, text(body, "password"));
        if (user.isEmpty()) {
            throttle.failed(login, address);
            throw RequestException.unauthorized(LoginPages.WRONG);
        }
        throttle.succeeded(login);
        if (!user.get().isActive()) {
            throw RequestException.forbidden(LoginPages.DISABLED);
        }
        ctx.response().putHeader("Cache-Control", "no-store");
        send(ctx, 201, Map.of("token", accounts.newToken(user.get().id(), text(body, "name"))));
    }

    void getSharing(RoutingContext ctx) {
        App app = access.app(ctx, ctx.pathParam("slug"));
        send(ctx, 200, sharingJson(app, new Sharing.Outcome(sharing.grants(app), List.of(), null), sharing.pending(app)));
    }

    void putSharing(RoutingContext ctx) {
        App app = access.manageable(ctx, ctx.pathParam("slug"));
        JsonNode grantsNode = body(ctx).get("grants");
        if (grantsNode == null || !grantsNode.isArray()) {
            throw RequestException.badRequest("Send {\"grants\": [{\"to\": \"everyone\", \"rights\": [\"view_all\"]}]}.");
        }
        List<Sharing.Grant> grants = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < grantsNode.size(); i++) {
            JsonNode g = grantsNode.get(i);
            EnumSet<Right> rights = EnumSet.noneOf(Right.class);
            JsonNode rightsNode = g.get("rights");
            if (!g.isObject() || !g.path("to").isTextual() || rightsNode == null || !rightsNode.isArray()) {
                errors.add(new FieldError("grants[" + i + "]", "Each grant is {\"to\": \"...\", \"rights\": [...]}."));
                continue;
            }
            for (JsonNode r : rightsNode) {
                Optional<Right> right = Right.of(r.asText());
                if (right.isEmpty()) {
                    errors.add(new FieldError("grants[" + i + "].rights", "\"" + r.asText() + "\" is not a right; rights are "
                            + String.join(", ", EnumSet.allOf(Right.class).stream().map(Right::key).toList()) + "."));
                } else {
                    rights.add(right.get());
                }
            }
            grants.add(new Sharing.Grant(g.get("to").asText(), rights));
        }
        if (!errors.isEmpty()) {
            throw RequestException.invalid(errors.get(0).message(), errors);
        }
        Sharing.Outcome outcome = sharing.change(app, grants, Access.user(ctx).login());
        send(ctx, 200, sharingJson(app, outcome, outcome.version() == null ? Optional.empty() : Optional.of(outcome)));
    }

    /**
     * The sharing in force ({@code grants}, as API.md says), and, when a change widens who may use
     * the app, {@code pending}: the whole sharing asked for, which waits for review with a version.
     */
    private static Map<String, Object> sharingJson(App app, Sharing.Outcome now, Optional<Sharing.Outcome> pending) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("owner", app.createdBy());
        out.put("grants", grants(now.inForce()));
        pending.ifPresent(p -> out.put("pending", Map.of("version", p.version(), "grants", grants(p.pending()),
                "message", "Widening who may use \"" + app.name() + "\" waits for review with version " + p.version()
                        + "; submit it on the versions page. Rights taken away apply at once.")));
        return out;
    }

    private static List<Map<String, Object>> grants(List<Sharing.Grant> grants) {
        return grants.stream().map(g -> Map.<String, Object>of("to", g.to(), "rights", g.rightKeys())).toList();
    }

    private JsonNode body(RoutingContext ctx) {
        String text = ctx.body() == null ? null : ctx.body().asString();
        try {
            JsonNode node = text == null || text.isBlank() ? null : json.readTree(text);
            if (node == null || !node.isObject()) {
                throw RequestException.badRequest("Send a JSON object as the request body.");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw RequestException.badRequest("The request body is not valid JSON.");
        }
    }

    private static String text(JsonNode body, String name) {
        JsonNode v = body.get(name);
        if (v != null && !v.isNull() && !v.isTextual()) {
            throw RequestException.badRequest("\"" + name + "\" must be a string.");
        }
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode body, String name) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw RequestException.badRequest("\"" + name + "\" must be a list of strings.");
        }
        List<String> out = new ArrayList<>();
        v.forEach(x -> out.add(x.asText()));
        return out;
    }

    private void send(RoutingContext ctx, int status, Object body) {
        try {
            ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
                    .end(json.writeValueAsString(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
