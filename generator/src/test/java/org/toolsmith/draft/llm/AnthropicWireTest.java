package org.toolsmith.draft.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.llm.LlmFixtures.LAPTOP_LOANS;
import static org.toolsmith.draft.llm.LlmFixtures.OFFLINE;
import static org.toolsmith.draft.llm.LlmFixtures.REQUEST;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.toolsmith.draft.llm.FakeLlmServer.Slow;
import org.toolsmith.draft.llm.FakeLlmServer.Status;
import org.toolsmith.draft.llm.FakeLlmServer.Text;
import org.toolsmith.draft.llm.FakeLlmServer.Tools;

/** The same drafting and refining over the Anthropic Messages protocol. */
class AnthropicWireTest {
    @RegisterExtension
    final FakeLlmServer server = FakeLlmServer.started();

    @Test
    void drafts_through_messages_with_the_key_in_x_api_key_and_the_schema_in_the_prompt() {
        server.then(new Text("Here is the spec:\n" + LAPTOP_LOANS));
        DraftOutcome out = new LlmDrafter(LlmFixtures.anthropic(server), TokenBudget.unlimited(), OFFLINE).draft(REQUEST, DraftContext.anonymous());

        assertTrue(out.fromAi());
        FakeLlmServer.Received r = server.received().get(0);
        assertEquals("/v1/messages", r.path());
        assertEquals("sk-test-secret", r.header("x-api-key"));
        assertTrue(r.body().path("system").toString().contains("\\\"$defs\\\""), "the project schema is in the system prompt");
        assertEquals(150, out.usage().totalTokens());
    }

    @Test
    void reads_streamed_message_events() {
        server.then(new Text(LAPTOP_LOANS));
        DraftOutcome out = new LlmDrafter(LlmFixtures.anthropic(server).withStream(true), TokenBudget.unlimited(), OFFLINE)
                .draft(REQUEST, DraftContext.anonymous());

        assertTrue(out.fromAi());
        assertTrue(server.received().get(0).body().path("stream").asBoolean());
        assertEquals("Laptop loans", out.spec().name());
    }

    @Test
    void falls_back_on_overload_and_on_timeout_alike() {
        server.then(new Status(429), new Status(529), new Status(500), new Status(503));
        DraftOutcome busy = new LlmDrafter(LlmFixtures.anthropic(server), TokenBudget.unlimited(), OFFLINE).draft(REQUEST, DraftContext.anonymous());
        assertFalse(busy.fromAi());
        assertEquals(4, server.count());

        server.then(new Slow(Duration.ofSeconds(3), new Text(LAPTOP_LOANS)));
        DraftOutcome slow = new LlmDrafter(LlmFixtures.anthropic(server).withTimeout(Duration.ofMillis(300)), TokenBudget.unlimited(), OFFLINE)
                .draft(REQUEST, DraftContext.anonymous());
        assertEquals(Reason.TIMEOUT, slow.fallback());
    }

    @Test
    void refines_with_tool_use_blocks() {
        server.then(new Tools("add_field", "{\"kind\": \"loan\", \"label\": \"Returned\", \"type\": \"boolean\"}"), new Text("Added."));
        RefineOutcome out = new LlmRefiner(LlmFixtures.anthropic(server), TokenBudget.unlimited(), LlmFixtures.OFFLINE_REFINER)
                .refine(LlmFixtures.laptopLoans(), "track whether it was returned", DraftContext.anonymous());

        assertTrue(out.fromAi());
        assertEquals("Added Returned (boolean) to Loan.", out.refinement().summary());
        JsonNode second = server.received().get(1).body().path("messages");
        assertTrue(second.toString().contains("tool_result"), "the verdict goes back as a tool_result block");
        assertTrue(second.toString().contains("The app is valid."));
        assertTrue(server.received().get(0).body().path("tools").toString().contains("set_field_type"));
    }
}
