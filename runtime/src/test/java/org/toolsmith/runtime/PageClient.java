package org.toolsmith.runtime;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without JavaScript for tests: keeps cookies, posts forms with the CSRF token the page
 * gave, and parses every answer with jsoup. Redirects are not followed, so tests see the 303s.
 */
final class PageClient {
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String token = "";

    /** A browser signed in as the test admin. */
    PageClient(int port) {
        this(port, "admin", ServerFixture.ADMIN_PASSWORD);
    }

    /** A browser signed in as {@code login}, or anonymous when {@code login} is null. */
    PageClient(int port, String login, String password) {
        this.base = "http://127.0.0.1:" + port;
        if (login != null) {
            signIn(login, password);
        }
    }

    /** Signs in through the sign-in page, as a person does; fails the test if that does not work. */
    void signIn(String login, String password) {
        get("/login");
        Page page = post("/login", Map.of("login", login, "password", password));
        if (page.status() != 303) {
            throw new AssertionError("could not sign in as " + login + " (" + page.status() + "):\n" + page.body());
        }
    }

    /** A page: status, Location header, body, and the parsed document. */
    record Page(int status, String location, String body, Document doc) {
        Element one(String css) {
            Element e = doc.selectFirst(css);
            if (e == null) {
                throw new AssertionError("no " + css + " in the page (" + status + "):\n" + body);
            }
            return e;
        }
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Follows a 303 with a GET, as a browser does. */
    Page follow(Page page) {
        if (page.status() != 303 && page.status() != 302) {
            throw new AssertionError("expected a redirect, got " + page.status() + ":\n" + page.body());
        }
        String location = page.location();
        return get(location.contains("#") ? location.substring(0, location.indexOf('#')) : location);
    }

    /** Posts {@code fields} (name, value pairs; a name may repeat) urlencoded, with the CSRF token. */
    Page post(String path, List<Map.Entry<String, String>> fields) {
        StringJoiner body = new StringJoiner("&");
        body.add("X-XSRF-TOKEN=" + enc(token));
        for (var f : fields) {
            body.add(enc(f.getKey()) + "=" + enc(f.getValue()));
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Posts JSON to the API with the test admin token (no CSRF token: the API does not use cookies). */
    Page postJson(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + ServerFixture.ADMIN_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Posts without any CSRF token, as a forged cross-site form would. */
    Page postWithoutToken(String path, String urlencoded) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlencoded)));
    }

    /** Posts a multipart form with one file, as a browser does for a form with a file input. */
    Page postMultipart(String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        String boundary = "----toolsmith" + System.nanoTime();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Map<String, String> all = new java.util.LinkedHashMap<>();
        all.put("X-XSRF-TOKEN", token);
        all.putAll(fields);
        all.forEach((k, v) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n"
                + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    Page post(String path, Map<String, String> fields) {
        return post(path, List.copyOf(fields.entrySet()));
    }

    /** Submits a form of the page as it is filled in (inputs, checked boxes, selected options), with changes. */
    Page submit(Element form, Map<String, String> changes) {
        List<Map.Entry<String, String>> fields = new java.util.ArrayList<>();
        for (Element e : form.select("input[name], select[name], textarea[name]")) {
            String name = e.attr("name");
            if (name.equals("X-XSRF-TOKEN") || changes.containsKey(name) || e.attr("type").equals("file")) {
                continue;
            }
            if (e.attr("type").equals("checkbox") || e.attr("type").equals("radio")) {
                if (e.hasAttr("checked")) {
                    fields.add(Map.entry(name, e.val()));
                }
            } else if (e.tagName().equals("select")) {
                Element selected = e.selectFirst("option[selected]");
                fields.add(Map.entry(name, selected == null ? "" : selected.val()));
            } else {
                fields.add(Map.entry(name, e.tagName().equals("textarea") ? e.wholeText() : e.val()));
            }
        }
        changes.forEach((k, v) -> fields.add(Map.entry(k, v)));
        return post(form.attr("action"), fields);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Document doc = Jsoup.parse(r.body(), base);
            Element t = doc.selectFirst("input[name=X-XSRF-TOKEN]");
            if (t != null) {
                token = t.val();
            }
            return new Page(r.statusCode(), r.headers().firstValue("Location").orElse(""), r.body(), doc);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
