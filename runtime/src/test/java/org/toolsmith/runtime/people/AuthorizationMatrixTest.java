package org.toolsmith.runtime.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolsmith.runtime.ServerFixture;
import org.toolsmith.runtime.ServerFixture.Reply;
import org.toolsmith.runtime.records.Right;

/**
 * Every route × every kind of person × every sharing state, over HTTP, against the status the
 * rules give: 401 (API) or a redirect to sign in (pages) for anonymous callers, 404 where the
 * person may not know the app or the record exists, 403 where they may know it but not do it.
 */
class AuthorizationMatrixTest {
    @TempDir
    static Path data;
    static ServerFixture admin;
    static Map<String, ServerFixture> people = new LinkedHashMap<>();
    static final AtomicInteger serial = new AtomicInteger();
    static String slug;
    static long beasRecord;

    enum Who { ANONYMOUS, BUILDER, OTHER, REVIEWER, ADMIN, SALES }

    /** A sharing state of the app: its grants, and the rights each kind of person then holds. */
    record State(String name, String grants, Map<Who, Set<Right>> rights) {
        Set<Right> of(Who who) {
            return who == Who.BUILDER || who == Who.ADMIN ? EnumSet.allOf(Right.class) : rights.getOrDefault(who, Set.of());
        }
    }

    static final Set<Right> SELF_SERVICE = EnumSet.of(Right.VIEW_OWN, Right.ADD, Right.EDIT_OWN, Right.DELETE_OWN);
    static final Set<Right> TEAM = EnumSet.of(Right.VIEW_ALL, Right.ADD, Right.EDIT_ALL, Right.DELETE_ALL);
    static final List<State> STATES = List.of(
            new State("private", "[]", Map.of()),
            new State("everyone: own records", "[{\"to\": \"everyone\", \"rights\": [\"view_own\", \"add\", \"edit_own\", \"delete_own\"]}]",
                    Map.of(Who.OTHER, SELF_SERVICE, Who.REVIEWER, SELF_SERVICE, Who.SALES, SELF_SERVICE)),
            new State("group sales: all records", "[{\"to\": \"group:sales\", \"rights\": [\"view_all\", \"add\", \"edit_all\", \"delete_all\"]}]",
                    Map.of(Who.SALES, TEAM)),
            new State("everyone: read only", "[{\"to\": \"everyone\", \"rights\": [\"view_all\"]}]",
                    Map.of(Who.OTHER, EnumSet.of(Right.VIEW_ALL), Who.REVIEWER, EnumSet.of(Right.VIEW_ALL),
                            Who.SALES, EnumSet.of(Right.VIEW_ALL))),
            new State("user olga: manage", "[{\"to\": \"user:olga\", \"rights\": [\"view_own\", \"manage\"]}]",
                    Map.of(Who.OTHER, EnumSet.of(Right.VIEW_OWN, Right.MANAGE))));

    /** One route: how to call it, and the status it should give a person with these rights. */
    record Route(String method, String path, String body, boolean page, boolean freshRecord, Rule rule) {
    }

    interface Rule {
        int expected(Who who, Set<Right> rights);
    }

    @BeforeAll
    static void company() {
        admin = ServerFixture.start(data);
        people.put("bea", admin.as(Team.person(admin, "bea", "\"builder\"", "")));
        people.put("olga", admin.as(Team.person(admin, "olga", "", "")));
        people.put("rita", admin.as(Team.person(admin, "rita", "\"reviewer\"", "")));
        people.put("gus", admin.as(Team.person(admin, "gus", "", "\"sales\"")));
        Reply app = client(Who.BUILDER).post("/api/apps", Team.SPEC);
        assertEquals(201, app.status(), app.body());
        slug = app.json().get("slug").asText();
        beasRecord = Team.add(client(Who.BUILDER), slug, "Bea's request");
    }

    @AfterAll
    static void stop() {
        admin.close();
    }

    static ServerFixture client(Who who) {
        return switch (who) {
            case ANONYMOUS -> admin.as(null);
            case ADMIN -> admin;
            case BUILDER -> people.get("bea");
            case OTHER -> people.get("olga");
            case REVIEWER -> people.get("rita");
            case SALES -> people.get("gus");
        };
    }

    static boolean reviewer(Who who) {
        return who == Who.REVIEWER || who == Who.ADMIN;
    }

    /** The app itself (definition, sharing): people it is shared with, and reviewers. */
    static int app(Who who, Set<Right> rights, int ok) {
        return rights.isEmpty() && !reviewer(who) ? 404 : ok;
    }

    /** A record of Bea's: invisible (404) without view_all; then the right to act, else 403. */
    static int beas(Set<Right> rights, Right all, int ok) {
        if (rights.isEmpty() || !rights.contains(Right.VIEW_ALL)) {
            return 404;
        }
        return rights.contains(all) ? ok : 403;
    }

    static List<Route> routes(State state) {
        String a = "/api/apps/{slug}";
        String p = "/apps/{slug}";
        return List.of(
                new Route("GET", "/api/apps", null, false, false, (w, r) -> 200),
                new Route("POST", "/api/apps", Team.SPEC, false, false, (w, r) -> w == Who.BUILDER || w == Who.ADMIN ? 201 : 403),
                new Route("GET", a, null, false, false, (w, r) -> app(w, r, 200)),
                new Route("GET", a + "/openapi.json", null, false, false, (w, r) -> app(w, r, 200)),
                new Route("GET", a + "/sharing", null, false, false, (w, r) -> app(w, r, 200)),
                new Route("PUT", a + "/sharing", "{\"grants\": " + state.grants() + "}", false, false,
                        (w, r) -> r.contains(Right.MANAGE) ? 200 : app(w, r, 403)),
                new Route("GET", a + "/request", null, false, false, (w, r) -> r.isEmpty() ? 404 : 200),
                new Route("POST", a + "/request", "{\"title\": \"new\"}", false, false,
                        (w, r) -> r.isEmpty() ? 404 : r.contains(Right.ADD) ? 201 : 403),
                new Route("GET", a + "/request/{id}", null, false, false, (w, r) -> beas(r, Right.VIEW_ALL, 200)),
                new Route("PATCH", a + "/request/{id}", "{\"note\": \"seen\"}", false, false, (w, r) -> beas(r, Right.EDIT_ALL, 200)),
                new Route("PUT", a + "/request/{id}", "{\"title\": \"Bea's request\"}", false, false,
                        (w, r) -> beas(r, Right.EDIT_ALL, 200)),
                new Route("DELETE", a + "/request/{id}", null, false, true, (w, r) -> beas(r, Right.DELETE_ALL, 204)),
                new Route("POST", "/api/users", null, false, false, (w, r) -> w == Who.ADMIN ? 201 : 403),
                new Route("GET", "/api/users", null, false, false, (w, r) -> w == Who.ADMIN ? 200 : 403),
                new Route("PATCH", "/api/users/olga", "{\"name\": \"OLGA\"}", false, false, (w, r) -> w == Who.ADMIN ? 200 : 403),
                new Route("GET", "/admin/users/olga", null, true, false, (w, r) -> w == Who.ADMIN ? 200 : 403),
                new Route("POST", "/api/drafts", "{\"prompt\": \"track visitors: name, company\"}", false, false,
                        (w, r) -> w == Who.BUILDER || w == Who.ADMIN ? 201 : 403),
                new Route("GET", "/api/me", null, false, false, (w, r) -> 200),
                new Route("GET", "/", null, true, false, (w, r) -> w == Who.BUILDER || w == Who.ADMIN ? 200 : 303),
                new Route("GET", "/catalog", null, true, false, (w, r) -> 200),
                new Route("GET", "/tokens", null, true, false, (w, r) -> 200),
                new Route("GET", "/admin/users", null, true, false, (w, r) -> w == Who.ADMIN ? 200 : 403),
                new Route("GET", p + "/", null, true, false, (w, r) -> r.isEmpty() ? 404 : 200),
                new Route("GET", p + "/request/", null, true, false, (w, r) -> r.isEmpty() ? 404 : 200),
                new Route("GET", p + "/request/new", null, true, false,
                        (w, r) -> r.isEmpty() ? 404 : r.contains(Right.ADD) ? 200 : 403),
                new Route("GET", p + "/request/{id}", null, true, false, (w, r) -> beas(r, Right.VIEW_ALL, 200)),
                new Route("GET", p + "/request/{id}/edit", null, true, false, (w, r) -> beas(r, Right.EDIT_ALL, 200)),
                new Route("GET", p + "/request/{id}/delete", null, true, false, (w, r) -> beas(r, Right.DELETE_ALL, 200)),
                new Route("POST", p + "/request/{id}/delete", "", true, true, (w, r) -> beas(r, Right.DELETE_ALL, 303)),
                new Route("GET", p + "/sharing", null, true, false, (w, r) -> app(w, r, 200)),
                new Route("GET", a + "/request/export.csv", null, false, false, (w, r) -> r.isEmpty() ? 404 : 200),
                new Route("GET", p + "/request/export.csv", null, true, false, (w, r) -> r.isEmpty() ? 404 : 200),
                new Route("GET", "/api/users/olga", null, false, false, (w, r) -> w == Who.ADMIN ? 200 : 403),
                new Route("PATCH", "/api/users/{user}", "{\"disabled\": true}", false, false, (w, r) -> w == Who.ADMIN ? 200 : 403),
                new Route("DELETE", "/api/users/{user}", null, false, false, (w, r) -> w == Who.ADMIN ? 204 : 403),
                new Route("POST", "/admin/users/{user}/disable", "", true, false, (w, r) -> w == Who.ADMIN ? 200 : 403),
                new Route("POST", "/admin/users/{user}/enable", "", true, false, (w, r) -> w == Who.ADMIN ? 200 : 403),
                new Route("POST", "/admin/users/{user}/delete", "confirm={user}", true, false, (w, r) -> w == Who.ADMIN ? 200 : 403));
    }

    @Test
    void every_route_answers_every_person_in_every_sharing_state_as_the_rules_say() {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (State state : STATES) {
            Team.share(admin, slug, state.grants());
            for (Route route : routes(state)) {
                for (Who who : Who.values()) {
                    int expected = who == Who.ANONYMOUS ? (route.page() ? 303 : 401) : route.rule().expected(who, state.of(who));
                    Reply reply = call(route, who);
                    cells++;
                    if (reply.status() != expected) {
                        wrong.add(state.name() + " | " + route.method() + " " + route.path() + " | " + who + ": expected "
                                + expected + ", got " + reply.status() + " " + abbreviate(reply.body()));
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + cells + " cells differ:\n" + String.join("\n", wrong));
        assertEquals(STATES.size() * routes(STATES.get(0)).size() * Who.values().length, cells);
    }

    @Test
    void the_catalog_lists_only_tools_shared_with_the_person_with_their_owner() {
        Team.share(admin, slug, "[]");
        assertFalse(client(Who.OTHER).getHtml("/catalog").body().contains("/apps/" + slug + "/"));
        Team.share(admin, slug, "[{\"to\": \"user:olga\", \"rights\": [\"view_own\"]}]");
        String catalog = client(Who.OTHER).getHtml("/catalog").body();
        assertTrue(catalog.contains("href=\"/apps/" + slug + "/\""), catalog);
        assertTrue(catalog.contains("by BEA"), "shows the owner's name");
        assertFalse(client(Who.OTHER).getHtml("/catalog?q=nothing-like-it").body().contains("/apps/" + slug + "/"));
        assertTrue(client(Who.OTHER).getHtml("/catalog?q=REQUE").body().contains("/apps/" + slug + "/"), "search ignores case");
        assertFalse(client(Who.SALES).getHtml("/catalog").body().contains("/apps/" + slug + "/"));
        List<String> apiSlugs = new ArrayList<>();
        client(Who.SALES).get("/api/apps").json().get("items").forEach(i -> apiSlugs.add(i.get("slug").asText()));
        assertFalse(apiSlugs.contains(slug), "the API lists only apps shared with the caller too");
    }

    @Test
    void an_export_holds_exactly_the_records_the_list_shows_in_every_sharing_state() {
        List<String> wrong = new ArrayList<>();
        Team.add(admin, slug, "Admin's request");
        for (State state : STATES) {
            Team.share(admin, slug, state.grants());
            for (Who who : Who.values()) {
                if (who == Who.ANONYMOUS || state.of(who).isEmpty()) {
                    continue;
                }
                List<String> listed = new ArrayList<>();
                client(who).get("/api/apps/" + slug + "/request?size=100").json().get("items").forEach(i -> listed.add(i.get("id").asText()));
                List<String> exported = new ArrayList<>();
                String[] lines = client(who).get("/api/apps/" + slug + "/request/export.csv").body().split("\r\n");
                for (int i = 1; i < lines.length; i++) {
                    exported.add(lines[i].substring(0, lines[i].indexOf(',')));
                }
                if (!listed.equals(exported)) {
                    wrong.add(state.name() + " | " + who + ": list " + listed + ", export " + exported);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static Reply call(Route route, Who who) {
        ServerFixture client = client(who);
        long id = route.freshRecord() ? Team.add(client(Who.BUILDER), slug, "to delete") : beasRecord;
        String path = route.path().replace("{slug}", slug).replace("{id}", String.valueOf(id));
        String body = route.body();
        if (path.contains("{user}")) {
            String victim = "victim" + serial.incrementAndGet();
            assertEquals(201, admin.post("/api/users", "{\"login\": \"" + victim + "\"}").status());
            path = path.replace("{user}", victim);
            body = body == null ? null : body.replace("{user}", victim);
        }
        if (route.path().equals("/api/users")) {
            body = "{\"login\": \"made" + serial.incrementAndGet() + "\", \"roles\": []}";
        }
        if (route.page()) {
            var request = java.net.http.HttpRequest.newBuilder(client.uri(path)).header("Accept", "text/html");
            return client.send(body == null ? request.GET() : request.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(route.method(), java.net.http.HttpRequest.BodyPublishers.ofString(body)));
        }
        return switch (route.method()) {
            case "GET" -> client.get(path);
            case "DELETE" -> client.delete(path);
            default -> client.send(route.method(), path, body);
        };
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }

}
