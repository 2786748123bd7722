package org.toolsmith.runtime.ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolsmith.draft.llm.LlmSettings;
import org.toolsmith.draft.llm.LlmUsage;
import org.toolsmith.runtime.ServerFixture;
import org.toolsmith.runtime.ServerFixture.Reply;
import org.toolsmith.runtime.ToolsmithServer;
import org.toolsmith.runtime.system.Database;

/** Tokens and cost are kept with the draft, listed for admins, and the daily allowance holds across a restart. */
class AiUsageRestartTest {
    private static final String SPEC = "{\"spec\": 1, \"name\": \"Laptop loans\", \"summary\": \"Track laptop loans.\", \"entities\": [{\"key\": \"loan\","
            + " \"name\": \"Loan\", \"plural\": \"Loans\", \"fields\": [{\"key\": \"asset_tag\", \"label\": \"Asset tag\", \"type\": \"text\","
            + " \"required\": true, \"unique\": false, \"options\": [], \"target\": null}]}]}";

    @TempDir
    Path data;

    private FakeOpenAi ai;

    @BeforeEach
    void startAi() throws IOException {
        ai = new FakeOpenAi(SPEC);
    }

    @AfterEach
    void stopAi() {
        ai.close();
    }

    private ServerFixture server() {
        LlmSettings llm = ai.settings(Map.of("TOOLSMITH_LLM_DAILY_TOKENS_PER_USER", "400",
                "TOOLSMITH_LLM_COST_INPUT_PER_MTOK", "2", "TOOLSMITH_LLM_COST_OUTPUT_PER_MTOK", "8"));
        return ServerFixture.attach(ToolsmithServer.start(ServerFixture.config(data), llm));
    }

    private static String draft(ServerFixture server) {
        Reply made = server.post("/api/drafts", "{\"prompt\": \"Track laptop loans: asset tag, borrower, due date\"}");
        assertEquals(201, made.status(), made.body());
        return made.json().path("id").asText();
    }

    @Test
    void usage_is_kept_with_the_draft_and_the_allowance_survives_a_restart() {
        String first;
        try (ServerFixture server = server()) {
            first = draft(server);
            Reply chat = server.post("/api/drafts/" + first + "/messages", "{\"text\": \"also track the department\"}");
            assertEquals(200, chat.status(), chat.body());
            draft(server);
            assertEquals(3, ai.calls(), "a draft, the agent's one answer (no change: the built-in refiner made it), a draft");
        }
        try (Database db = Database.open(data)) {
            LlmUsage kept = new AiUsageStore(db).ofDraft(first).orElseThrow();
            assertEquals(2, kept.calls(), "drafting and refining, added up with the draft");
            assertEquals(300, kept.totalTokens());
            assertEquals(0.0012, kept.estimatedCost(), 1e-9);
        }
        try (ServerFixture server = server()) {
            String third = draft(server);
            assertEquals(3, ai.calls(), "450 of 400 tokens spent today before the restart: the service is not asked");
            Reply page = server.getHtml("/drafts/" + third);
            assertTrue(page.body().contains("Today&#39;s AI allowance is used up; this draft comes from the built-in engine."), page.body());

            assertTrue(server.getHtml("/drafts/" + first).body().contains(
                    "AI service for this draft: 2 calls, 200 tokens in, 100 tokens out, estimated cost 0.0012 (shown to admins)."));
            assertFalse(page.body().contains("AI service for this draft"), "no call went out for the third draft");

            String admin = server.getHtml("/admin/ai").body();
            assertTrue(admin.contains("<td>admin</td><td>draft</td><td>built-in engine (budget)</td><td>0</td>"), admin);
            assertTrue(admin.contains("<td>admin</td><td>refine</td><td>built-in engine (no change)</td><td>150</td><td>0.0006</td>"
                    + "<td><a href=\"/drafts/" + first + "\">" + first + "</a></td>"), admin);
            assertTrue(admin.contains("<td>admin</td><td>draft</td><td>AI service</td><td>150</td><td>0.0006</td>"), admin);
            assertTrue(admin.contains("Today: 3 calls, 300 tokens in, 150 tokens out, estimated cost 0.0018."), admin);
        }
    }
}
