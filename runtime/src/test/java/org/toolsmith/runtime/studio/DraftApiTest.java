package org.toolsmith.runtime.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolsmith.runtime.ServerFixture;
import org.toolsmith.runtime.ServerFixture.Reply;

class DraftApiTest {
    static final String LAPTOPS = "Track laptop loans: asset tag, borrower email, loan date, due date, returned yes/no, "
            + "condition good/damaged/lost";

    @TempDir
    Path data;

    @Test
    void drafts_reads_refines_and_creates_an_app_from_a_draft() {
        try (ServerFixture server = ServerFixture.start(data)) {
            Reply created = server.post("/api/drafts", "{\"prompt\": \"" + LAPTOPS + "\"}");
            assertEquals(201, created.status(), created.body());
            String id = created.json().get("id").asText();
            assertFalse(created.json().get("spec").get("entities").isEmpty());

            Reply read = server.get("/api/drafts/" + id);
            assertEquals(200, read.status());
            assertEquals(created.json().get("spec"), read.json().get("spec"));

            Reply chat = server.post("/api/drafts/" + id + "/messages", "{\"text\": \"also track the department\"}");
            JsonNode afterChat = server.get("/api/drafts/" + id).json().get("spec");
            if (chat.status() == 200) {
                assertFalse(chat.json().get("summary").asText().isBlank());
                assertEquals(chat.json().get("spec"), afterChat);
            } else {
                assertEquals(422, chat.status(), chat.body());
                assertFalse(chat.json().get("error").asText().isBlank());
                assertEquals(created.json().get("spec"), afterChat);
            }

            Reply app = server.post("/api/apps", "{\"draft\": \"" + id + "\"}");
            assertEquals(201, app.status(), app.body());
            String slug = app.json().get("slug").asText();
            assertEquals("/apps/" + slug + "/", app.json().get("url").asText());
            assertEquals(200, server.get("/api/apps/" + slug).status());
            assertEquals(slug, server.get("/api/drafts/" + id).json().get("app").asText());
        }
    }

    @Test
    void undoes_the_last_change_and_says_when_there_is_none() {
        try (ServerFixture server = ServerFixture.start(data)) {
            Reply created = server.post("/api/drafts", "{\"prompt\": \"" + LAPTOPS + "\"}");
            String id = created.json().get("id").asText();
            Reply none = server.post("/api/drafts/" + id + "/undo", "{}");
            assertEquals(422, none.status(), none.body());
            assertEquals("There is no change to undo.", none.json().get("error").asText());

            Reply chat = server.post("/api/drafts/" + id + "/messages", "{\"text\": \"also track the department\"}");
            assertEquals(200, chat.status(), chat.body());
            assertFalse(chat.json().get("spec").equals(created.json().get("spec")));
            Reply undone = server.post("/api/drafts/" + id + "/undo", "{}");
            assertEquals(200, undone.status(), undone.body());
            assertEquals(created.json().get("spec"), undone.json().get("spec"));
            assertEquals(created.json().get("spec"), server.get("/api/drafts/" + id).json().get("spec"));
            assertFalse(undone.json().get("summary").asText().isBlank());
            assertEquals(404, server.post("/api/drafts/0123456789abcdef/undo", "{}").status());
        }
    }

    @Test
    void refuses_empty_huge_and_malformed_requests_with_a_message() {
        try (ServerFixture server = ServerFixture.start(data)) {
            Reply empty = server.post("/api/drafts", "{\"prompt\": \"  \"}");
            assertEquals(422, empty.status());
            assertTrue(empty.json().get("error").asText().startsWith("Describe the tool you need first"), empty.body());
            assertEquals("prompt", empty.json().get("fields").get(0).get("field").asText());

            Reply huge = server.post("/api/drafts", "{\"prompt\": \"" + "a".repeat(200_000) + "\"}");
            assertEquals(422, huge.status());
            assertTrue(huge.json().get("error").asText().contains("100,000"), huge.body());

            assertEquals(400, server.post("/api/drafts", "{not json").status());
            assertEquals(400, server.post("/api/drafts", "{\"prompt\": 12}").status());
            assertEquals(404, server.get("/api/drafts/0123456789abcdef").status());
            assertEquals(404, server.get("/api/drafts/..%2F..").status());
            assertEquals(404, server.post("/api/apps", "{\"draft\": \"0123456789abcdef\"}").status());
        }
    }
}
