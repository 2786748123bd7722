package org.toolsmith.runtime.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolsmith.draft.llm.LlmSettings;
import org.toolsmith.runtime.ToolsmithServer;
import org.toolsmith.runtime.ServerFixture;

/** The studio's cancel, through a configured AI service that is too slow to wait for. */
class DraftStreamCancelTest {
    @TempDir
    Path data;

    @Test
    void cancel_stops_a_slow_ai_service_and_keeps_a_draft_with_a_notice() throws Exception {
        HttpServer slowAi = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        slowAi.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        slowAi.createContext("/", ex -> {
            try (ex) {
                Thread.sleep(20_000);
                ex.sendResponseHeaders(500, -1);
            } catch (InterruptedException | IOException e) {
                // stopped at the end of the test
            }
        });
        slowAi.start();
        LlmSettings llm = LlmSettings.fromEnvironment(java.util.Map.of("TOOLSMITH_LLM_PROVIDER", "openai",
                "TOOLSMITH_LLM_BASE_URL", "http://127.0.0.1:" + slowAi.getAddress().getPort() + "/v1", "TOOLSMITH_LLM_TIMEOUT_SECONDS", "30", "TOOLSMITH_LLM_MAX_RETRIES", "0"));
        try (ToolsmithServer server = ToolsmithServer.start(ServerFixture.config(data), llm)) {
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port();
            HttpResponse<Stream<String>> stream = client.send(HttpRequest.newBuilder(URI.create(base + "/api/drafts/stream"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + ServerFixture.ADMIN_TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\": \"" + DraftApiTest.LAPTOPS + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofLines());
            Iterator<String> lines = stream.body().iterator();
            String job = null;
            StringBuilder seen = new StringBuilder();
            while (lines.hasNext()) {
                String line = lines.next();
                seen.append(line).append('\n');
                if (job == null && line.startsWith("data: {\"job\"")) {
                    job = line.replaceAll(".*\"job\":\"([0-9a-f]+)\".*", "$1");
                }
                if (line.contains("\"stage\":\"drafting\"")) {
                    break;
                }
            }
            long start = System.nanoTime();
            HttpResponse<String> cancel = client.send(HttpRequest.newBuilder(URI.create(base + "/api/drafts/jobs/" + job + "/cancel"))
                    .header("Authorization", "Bearer " + ServerFixture.ADMIN_TOKEN).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(202, cancel.statusCode(), cancel.body());
            while (lines.hasNext()) {
                seen.append(lines.next()).append('\n');
            }
            String body = seen.toString();
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 15, "cancel did not wait for the slow service");
            List<DraftStreamTest.Event> events = DraftStreamTest.events(body);
            DraftStreamTest.Event last = events.getLast();
            assertEquals("draft", last.name(), body);
            assertTrue(last.data().path("conversation").toString().contains("You stopped the AI service"), body);
            assertTrue(last.data().path("spec").path("entities").size() > 0);

            String admin = client.send(HttpRequest.newBuilder(URI.create(base + "/admin/ai")).header("Accept", "text/html")
                    .header("Authorization", "Bearer " + ServerFixture.ADMIN_TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(admin.contains("<td>admin</td><td>draft</td><td>built-in engine (cancelled)</td>"), "the admin page lists the call");
        } finally {
            slowAi.stop(0);
        }
    }
}
