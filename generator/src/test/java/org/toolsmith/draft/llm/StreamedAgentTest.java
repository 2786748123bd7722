package org.toolsmith.draft.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.toolsmith.draft.llm.FakeLlmServer.Slow;
import org.toolsmith.draft.llm.FakeLlmServer.Text;
import org.toolsmith.draft.llm.FakeLlmServer.Tools;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/** The refining agent over streamed answers: tool calls arriving as server-sent events, OpenAI and Anthropic. */
class StreamedAgentTest {
    @RegisterExtension
    final FakeLlmServer server = FakeLlmServer.started();
    private final List<String> progress = new CopyOnWriteArrayList<>();

    private RefineOutcome refine(LlmSettings settings, String message) {
        DraftContext ctx = new DraftContext("ann", "acme", (stage, detail) -> progress.add(stage + " " + detail), new Cancellation());
        return new LlmRefiner(settings.withStream(true), TokenBudget.unlimited(), LlmFixtures.OFFLINE_REFINER)
                .refine(LlmFixtures.laptopLoans(), message, ctx);
    }

    private void scriptTwoRounds() {
        server.then(new Tools(
                        "add_field", "{\"kind\": \"loan\", \"label\": \"Department\", \"type\": \"choice\", \"options\": [\"IT\", \"Sales\"]}",
                        "set_required", "{\"kind\": \"loan\", \"field\": \"borrower_email\", \"required\": true}"),
                new Tools("rename_field", "{\"kind\": \"loan\", \"field\": \"due_on\", \"newLabel\": \"Return by\"}"),
                new Text("Done."));
    }

    private void assertAppliedOverTheStream(RefineOutcome out) {
        assertTrue(out.fromAi(), String.valueOf(out.fallback()));
        assertNull(out.notice());
        assertTrue(server.received().stream().allMatch(r -> r.body().path("stream").asBoolean()), "every call of the agent is streamed");
        AppSpec spec = out.refinement().spec();
        assertEquals(FieldType.CHOICE, spec.entity("loan").orElseThrow().field("department").orElseThrow().type());
        assertTrue(spec.entity("loan").orElseThrow().field("borrower_email").orElseThrow().required());
        assertEquals("Return by", spec.entity("loan").orElseThrow().field("due_on").orElseThrow().label());
        assertEquals(List.of("add_field", "set_required", "rename_field"), out.toolCalls().stream().map(ToolCall::tool).toList());
        assertTrue(out.toolCalls().stream().allMatch(ToolCall::applied));
        assertTrue(progress.contains("EDITING tool call add_field received"), progress.toString());
        assertTrue(progress.contains("EDITING tool call rename_field received"), progress.toString());
        assertEquals(3, out.usage().calls());
        assertEquals(450, out.usage().totalTokens());
    }

    @Test
    void applies_parallel_tool_calls_streamed_in_openai_chunks() {
        scriptTwoRounds();
        RefineOutcome out = refine(LlmFixtures.openAi(server), "add a department, email required, call the due date return by");

        assertAppliedOverTheStream(out);
        assertTrue(server.received().get(1).body().path("messages").toString().contains("\"role\":\"tool\""),
                "the verdicts go back as tool messages");
    }

    @Test
    void applies_tool_use_blocks_streamed_as_anthropic_events() {
        scriptTwoRounds();
        RefineOutcome out = refine(LlmFixtures.anthropic(server), "add a department, email required, call the due date return by");

        assertAppliedOverTheStream(out);
        assertTrue(server.received().get(1).body().path("messages").toString().contains("tool_result"));
    }

    @Test
    void cancel_mid_stream_keeps_the_edits_made_so_far() {
        server.then(new Tools("add_field", "{\"kind\": \"loan\", \"label\": \"Notes\", \"type\": \"long_text\"}"),
                new Slow(Duration.ofSeconds(20), new Tools("add_field", "{\"kind\": \"loan\", \"label\": \"Room\", \"type\": \"text\"}")));
        Cancellation cancel = new Cancellation();
        DraftContext ctx = new DraftContext("ann", "acme", (stage, detail) -> {
            if (stage == Progress.Stage.EDITING && detail.startsWith("Applied")) {
                // the first edit is in; the person presses Stop while the second answer streams
                Thread.ofVirtual().start(() -> {
                    while (server.count() < 2) {
                        Thread.onSpinWait();
                    }
                    cancel.cancel();
                });
            }
        }, cancel);
        RefineOutcome out = new LlmRefiner(LlmFixtures.openAi(server).withStream(true), TokenBudget.unlimited(), LlmFixtures.OFFLINE_REFINER)
                .refine(LlmFixtures.laptopLoans(), "add notes and a room", ctx);

        assertEquals(Reason.CANCELLED, out.fallback(), "stopped at once: waiting for the slow answer would have been a timeout (5 s)");
        assertEquals("You stopped the AI service; these are the changes it made so far.", out.notice());
        assertEquals(List.of("Added Notes (long text) to Loan."), out.refinement().changes());
        assertTrue(out.refinement().spec().entity("loan").orElseThrow().field("notes").isPresent());
        assertFalse(out.refinement().spec().entity("loan").orElseThrow().field("room").isPresent());
    }

    @Test
    void a_streamed_agent_slower_than_the_timeout_falls_back_to_the_offline_refiner() {
        server.then(new Slow(Duration.ofSeconds(3), new Tools("add_field", "{\"kind\": \"loan\", \"label\": \"Notes\", \"type\": \"long_text\"}")));
        RefineOutcome out = refine(LlmFixtures.openAi(server).withTimeout(Duration.ofMillis(300)), "add notes");

        assertFalse(out.fromAi());
        assertEquals(Reason.TIMEOUT, out.fallback());
        assertEquals("The AI service did not answer in time; this change was made by the built-in engine.", out.notice());
        assertTrue(out.refinement().spec().entity("loan").orElseThrow().field("notes").isPresent(), "the built-in refiner made the change");
    }
}
