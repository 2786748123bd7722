package org.toolsmith.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolsmith.runtime.PageClient.Page;
import org.toolsmith.runtime.system.Config;

/** A file field through the pages: uploaded, kept under the data folder, downloaded as an attachment. */
class FileUploadPagesTest {
    static final String SPEC = """
            {"spec": {"spec": 1, "name": "Receipts", "entities": [{"key": "receipt", "name": "Receipt", "plural": "Receipts",
              "fields": [{"key": "title", "label": "Title", "type": "text", "required": true},
                         {"key": "scan", "label": "Scan", "type": "file"}]}]}}""";

    @TempDir
    Path data;

    @Test
    void an_uploaded_file_is_stored_under_the_data_folder_and_served_as_an_attachment() throws Exception {
        try (ToolsmithServer server = ToolsmithServer.start(ServerFixture.config(data))) {
            PageClient web = new PageClient(server.port());
            assertEquals(201, web.postJson("/api/apps", SPEC).status());
            Page form = web.get("/apps/receipts/receipt/new");
            assertEquals("multipart/form-data", form.one("form.record-form").attr("enctype"));
            byte[] content = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
            Page added = web.postMultipart("/apps/receipts/receipt/", Map.of("title", "Taxi"), "scan", "../../taxi ride.html", content);
            assertEquals(303, added.status(), added.body());

            Page list = web.follow(added);
            Page detail = web.get(list.one("tbody th a").attr("href"));
            String href = detail.one("dd.file a").attr("href");
            assertTrue(href.matches("/apps/receipts/files/[0-9a-f]{32}/taxi_ride\\.html"), href);
            try (Stream<Path> files = Files.walk(data.resolve("files"))) {
                assertEquals(1, files.filter(Files::isRegularFile).count());
            }

            HttpResponse<byte[]> anonymous = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + href)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(303, anonymous.statusCode(), "files are for signed-in people only");
            HttpResponse<byte[]> download = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + href))
                            .header("Authorization", "Bearer " + ServerFixture.ADMIN_TOKEN).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, download.statusCode());
            assertEquals("attachment; filename=\"taxi_ride.html\"", download.headers().firstValue("Content-Disposition").orElse(""));
            assertEquals("application/octet-stream", download.headers().firstValue("Content-Type").orElse(""));
            assertEquals(new String(content, StandardCharsets.UTF_8), new String(download.body(), StandardCharsets.UTF_8));

            Page edit = web.get(detail.one("a[href$=/edit]").attr("href"));
            assertEquals("taxi_ride.html", edit.one(".current-file a").text());
            Page saved = web.submit(edit.one("form.record-form"), Map.of("title", "Taxi home"));
            assertEquals(303, saved.status(), saved.body());
            assertEquals(href, web.follow(saved).one("dd.file a").attr("href"), "a save without a new file keeps the old one");

            assertEquals(404, web.get("/apps/receipts/files/" + "0".repeat(32) + "/taxi_ride.html").status());
            assertEquals(404, web.get("/apps/receipts/files/" + "0".repeat(32) + "/..%2F..%2Ftoolsmith.mv.db").status());
        }
    }
}
