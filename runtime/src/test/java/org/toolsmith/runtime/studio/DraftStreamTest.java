package org.toolsmith.runtime.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolsmith.runtime.ServerFixture;
import org.toolsmith.runtime.ServerFixture.Reply;

/** Progress as server-sent events (here with the offline engine: no AI service in the environment). */
class DraftStreamTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    record Event(String name, JsonNode data) {
    }

    static List<Event> events(String body) throws IOException {
        List<Event> events = new ArrayList<>();
        for (String block : body.split("\n\n")) {
            String name = null;
            String data = null;
            for (String line : block.split("\n")) {
                if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data = line.substring(6);
                }
            }
            if (name != null) {
                events.add(new Event(name, JSON.readTree(data)));
            }
        }
        return events;
    }

    @Test
    void streams_progress_then_the_stored_draft() throws IOException {
        try (ServerFixture server = ServerFixture.start(data)) {
            Reply reply = server.post("/api/drafts/stream", "{\"prompt\": \"" + DraftApiTest.LAPTOPS + "\"}");
            assertEquals(200, reply.status());
            assertTrue(reply.header("Content-Type").orElse("").startsWith("text/event-stream"));
            List<Event> events = events(reply.body());

            assertEquals("started", events.get(0).name());
            assertTrue(events.get(0).data().path("job").asText().length() >= 16);
            assertEquals("Reading your request…", events.get(1).data().path("words").asText());
            assertEquals("Done", events.get(events.size() - 2).data().path("words").asText());
            Event draft = events.get(events.size() - 1);
            assertEquals("draft", draft.name());
            String id = draft.data().path("id").asText();
            assertEquals(draft.data().path("spec"), server.get("/api/drafts/" + id).json().path("spec"));
        }
    }

    @Test
    void streams_a_refinement_and_keeps_it() throws IOException {
        try (ServerFixture server = ServerFixture.start(data)) {
            String id = server.post("/api/drafts", "{\"prompt\": \"" + DraftApiTest.LAPTOPS + "\"}").json().path("id").asText();
            Reply reply = server.post("/api/drafts/" + id + "/messages/stream", "{\"text\": \"add a notes field\"}");
            Event last = events(reply.body()).getLast();

            assertEquals("refined", last.name(), reply.body());
            assertEquals(last.data().path("spec"), server.get("/api/drafts/" + id).json().path("spec"));
            assertTrue(last.data().path("summary").asText().contains("Notes"), last.data().toString());
        }
    }

    @Test
    void a_request_it_cannot_draft_ends_with_an_error_event() throws IOException {
        try (ServerFixture server = ServerFixture.start(data)) {
            Event last = events(server.post("/api/drafts/stream", "{\"prompt\": \"   \"}").body()).getLast();
            assertEquals("error", last.name());
            assertTrue(last.data().path("message").asText().startsWith("Describe the tool you need first"));
        }
    }

    @Test
    void cancelling_a_job_that_is_not_running_says_so() {
        try (ServerFixture server = ServerFixture.start(data)) {
            Reply reply = server.post("/api/drafts/jobs/nope/cancel", "{}");
            assertEquals(404, reply.status());
            assertTrue(reply.json().path("error").asText().contains("may have finished"), reply.body());
        }
    }
}
