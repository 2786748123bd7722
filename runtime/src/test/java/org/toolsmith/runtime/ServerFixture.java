package org.toolsmith.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.toolsmith.runtime.system.Config;

/**
 * A real server on port 0 over a data folder, and an HTTP client that keeps cookies. Shared with
 * other test classes (and modules, through the test-jar). The server starts with a known admin
 * password and admin token; every request of this client carries the token as
 * {@code Authorization: Bearer}, unless {@link #as(String)} says otherwise.
 */
public final class ServerFixture implements AutoCloseable {
    /** {@code TOOLSMITH_ADMIN_TOKEN} of test servers: acts as the {@code admin} account. */
    public static final String ADMIN_TOKEN = "test-admin-token-4f1c9a7e";
    /** {@code TOOLSMITH_ADMIN_PASSWORD} of test servers, for signing in to pages as {@code admin}. */
    public static final String ADMIN_PASSWORD = "test-admin-password";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ToolsmithServer server;
    private final HttpClient client;
    private final CookieManager cookies = new CookieManager();
    private final String token;

    private ServerFixture(ToolsmithServer server, String token) {
        this.server = server;
        this.token = token;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The settings of a test server over {@code dataDir}: port 0, the test admin password and token. */
    public static Config config(Path dataDir) {
        return Config.defaults().withPort(0).withDataDir(dataDir).withAdminPassword(ADMIN_PASSWORD).withAdminToken(ADMIN_TOKEN);
    }

    public static ServerFixture start(Path dataDir) {
        return new ServerFixture(ToolsmithServer.start(config(dataDir)), ADMIN_TOKEN);
    }

    /**
     * Sends the app's open version to review as this client (naming an owner, which the default
     * policy asks for) and approves it as the admin: what a new app or a change of sharing waits for.
     */
    public void publish(String slug) {
        Reply submitted = post("/api/apps/" + slug + "/submit", "{\"note\": \"for the test\", \"owner\": \"Test owner\"}");
        if (submitted.status() != 200) {
            throw new AssertionError("submitting " + slug + ": " + submitted);
        }
        Reply approved = as(ADMIN_TOKEN).post("/api/apps/" + slug + "/approve", "{}");
        if (approved.status() != 200) {
            throw new AssertionError("approving " + slug + ": " + approved);
        }
    }

    /** A client, with the admin token, of a server the test started itself (e.g. with its own clock). */
    public static ServerFixture attach(ToolsmithServer server) {
        return new ServerFixture(server, ADMIN_TOKEN);
    }

    /** A server with these settings (start from {@link #config(Path)}); this client sends the admin token. */
    public static ServerFixture start(Config config) {
        return new ServerFixture(ToolsmithServer.start(config), ADMIN_TOKEN);
    }

    /**
     * A client of the same server that sends {@code token} (null: no Authorization header at all).
     * Closing it closes the server too, so close only the fixture that started it.
     */
    public ServerFixture as(String otherToken) {
        return new ServerFixture(server, otherToken);
    }

    /**
     * A client of the same server without a token, signed in through the sign-in page with a cookie
     * session, as a browser is (so its page posts need the CSRF token, see {@link #cookie(String)}).
     */
    public ServerFixture signedIn(String login, String password) {
        ServerFixture web = as(null);
        web.getHtml("/login");
        Reply r = web.send(HttpRequest.newBuilder(uri("/login")).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("X-XSRF-TOKEN=" + enc(web.cookie("XSRF-TOKEN"))
                        + "&login=" + enc(login) + "&password=" + enc(password))));
        if (r.status() != 303) {
            throw new AssertionError("could not sign in as " + login + ": " + r);
        }
        return web;
    }

    /** The value of a cookie this client holds ("" if none). */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse("");
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    public ToolsmithServer server() {
        return server;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    public CookieManager cookies() {
        return cookies;
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Reply getHtml(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
    }

    public Reply post(String path, String json) {
        return send("POST", path, json);
    }

    public Reply put(String path, String json) {
        return send("PUT", path, json);
    }

    public Reply patch(String path, String json) {
        return send("PATCH", path, json);
    }

    public Reply delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    public Reply send(String method, String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply send(HttpRequest.Builder request) {
        if (token != null) {
            request.setHeader("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }

    /** A response: status, body, and the body as JSON when it is JSON. */
    public record Reply(int status, String body, HttpResponse<String> response) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
