package org.toolsmith.draft.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.toolsmith.draft.Batch;
import org.toolsmith.draft.llm.FakeLlmServer.Text;

class LlmBatchTest {
    private FakeLlmServer server;
    private Map<String, String> env;

    @BeforeEach
    void start() throws IOException {
        server = new FakeLlmServer();
        env = Map.of("TOOLSMITH_LLM_PROVIDER", "openai", "TOOLSMITH_LLM_BASE_URL", server.openAiBaseUrl(), "TOOLSMITH_LLM_API_KEY", "k",
                "TOOLSMITH_LLM_STREAM", "false");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode draftLine(Batch batch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String line = "{\"id\": \"a\", \"prompt\": \"" + LlmFixtures.REQUEST + "\"}\n";
        batch.draft(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8));
        return LlmFixtures.JSON.tree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void drafts_with_the_configured_provider() {
        server.then(new Text(LlmFixtures.LAPTOP_LOANS));
        JsonNode answer = draftLine(LlmBatch.of(env, false));
        assertEquals("Laptop loans", answer.path("spec").path("name").asText());
        assertEquals(1, server.count());
    }

    @Test
    void offline_forces_the_built_in_engine() {
        JsonNode answer = draftLine(LlmBatch.of(env, true));
        assertTrue(answer.path("spec").path("entities").size() > 0);
        assertEquals(0, server.count());
    }
}
