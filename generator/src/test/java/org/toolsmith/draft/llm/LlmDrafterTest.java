package org.toolsmith.draft.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.llm.LlmFixtures.LAPTOP_LOANS;
import static org.toolsmith.draft.llm.LlmFixtures.NO_ENTITIES;
import static org.toolsmith.draft.llm.LlmFixtures.OFFLINE;
import static org.toolsmith.draft.llm.LlmFixtures.REQUEST;
import static org.toolsmith.draft.llm.LlmFixtures.UNKNOWN_TYPE;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.toolsmith.draft.llm.FakeLlmServer.Raw;
import org.toolsmith.draft.llm.FakeLlmServer.Slow;
import org.toolsmith.draft.llm.FakeLlmServer.Status;
import org.toolsmith.draft.llm.FakeLlmServer.Text;
import org.toolsmith.spec.FieldType;
import org.toolsmith.spec.SpecValidator;

class LlmDrafterTest {
    @RegisterExtension
    final FakeLlmServer server = FakeLlmServer.started();

    private DraftOutcome draft(LlmSettings settings, String request) {
        return new LlmDrafter(settings, TokenBudget.unlimited(), OFFLINE).draft(request, DraftContext.anonymous());
    }

    @Test
    void drafts_with_structured_output_against_the_project_schema() {
        server.then(new Text(LAPTOP_LOANS));
        DraftOutcome out = draft(LlmFixtures.openAi(server), REQUEST);

        assertTrue(out.fromAi());
        assertNull(out.notice());
        assertEquals("Laptop loans", out.spec().name());
        assertEquals(FieldType.CHOICE, out.spec().entities().get(0).field("condition").orElseThrow().type());
        assertTrue(new SpecValidator().validate(LlmFixtures.JSON.toTree(out.spec())).isEmpty());
        JsonNode format = server.received().get(0).body().path("response_format");
        assertEquals("json_schema", format.path("type").asText());
        assertTrue(format.path("json_schema").path("strict").asBoolean());
        assertTrue(format.path("json_schema").path("schema").toString().contains("multi_choice"), format.toString());
        assertEquals("Bearer sk-test-secret", server.received().get(0).header("Authorization"));
    }

    @Test
    void records_tokens_and_estimated_cost() {
        server.then(new Text(LAPTOP_LOANS));
        LlmUsage usage = draft(LlmFixtures.openAi(server), REQUEST).usage();
        assertEquals(1, usage.calls());
        assertEquals(100, usage.inputTokens());
        assertEquals(50, usage.outputTokens());
        assertEquals((100 * 2.0 + 50 * 8.0) / 1_000_000, usage.estimatedCost(), 1e-12);
    }

    @Test
    void logs_each_draft_for_the_admin_page_with_who_and_why() {
        server.then(new Text(LAPTOP_LOANS), new Text("I can't."));
        UsageLog log = new UsageLog();
        LlmDrafter drafter = new LlmDrafter(LlmFixtures.openAi(server), TokenBudget.unlimited(), OFFLINE, log);
        drafter.draft(REQUEST, new DraftContext("ann", "acme", null, null));
        drafter.draft(REQUEST, new DraftContext("bob", "acme", null, null));

        assertEquals(2, log.recent().size());
        assertEquals("bob", log.recent().get(0).user());
        assertEquals(Reason.REFUSED, log.recent().get(0).fallback());
        assertTrue(log.recent().get(1).fromAi());
        assertEquals(2, log.today().calls());
        assertEquals(300, log.today().totalTokens());
    }

    @Test
    void reads_a_streamed_answer_and_reports_progress() {
        server.then(new Text(LAPTOP_LOANS));
        java.util.List<Progress.Stage> stages = new java.util.concurrent.CopyOnWriteArrayList<>();
        DraftContext ctx = new DraftContext("ann", "acme", (stage, detail) -> stages.add(stage), new Cancellation());
        DraftOutcome out = new LlmDrafter(LlmFixtures.openAi(server).withStream(true), TokenBudget.unlimited(), OFFLINE).draft(REQUEST, ctx);

        assertTrue(out.fromAi());
        assertTrue(server.received().get(0).body().path("stream").asBoolean());
        assertEquals("json_schema", server.received().get(0).body().path("response_format").path("type").asText(),
                "the streamed request asks for structured output too");
        assertTrue(stages.contains(Progress.Stage.RECEIVING), stages.toString());
        assertEquals(Progress.Stage.READING, stages.get(0));
        assertEquals(Progress.Stage.DONE, stages.get(stages.size() - 1));
        assertEquals(150, out.usage().totalTokens());
    }

    @Test
    void sends_the_validators_messages_back_until_the_spec_is_valid() {
        server.then(new Text(UNKNOWN_TYPE), new Text(LAPTOP_LOANS));
        DraftOutcome out = draft(LlmFixtures.openAi(server), REQUEST);

        assertTrue(out.fromAi());
        assertEquals(1, out.repairRounds());
        JsonNode messages = server.received().get(1).body().path("messages");
        String repair = messages.get(messages.size() - 1).path("content").asText();
        assertTrue(repair.contains("$.entities[0].fields[1].type"), repair);
        assertEquals(FieldType.EMAIL, out.spec().entities().get(0).field("borrower_email").orElseThrow().type());
    }

    @Test
    void asks_again_when_the_answer_is_malformed_json() {
        server.then(new Text("{\"spec\": 1, \"name\": \"Laptop loans\", \"entities\": [{\"key\": }"), new Text("```json\n" + LAPTOP_LOANS + "\n```"));
        DraftOutcome out = draft(LlmFixtures.openAi(server), REQUEST);

        assertTrue(out.fromAi());
        assertEquals(1, out.repairRounds());
        JsonNode messages = server.received().get(1).body().path("messages");
        assertTrue(messages.get(messages.size() - 1).path("content").asText().contains("not valid JSON"));
    }

    @Test
    void falls_back_to_the_offline_engine_when_the_spec_stays_invalid() {
        server.then(new Text(NO_ENTITIES), new Text(NO_ENTITIES), new Text(NO_ENTITIES), new Text(NO_ENTITIES));
        DraftOutcome out = draft(LlmFixtures.openAi(server), REQUEST);

        assertFalse(out.fromAi());
        assertEquals(Reason.INVALID, out.fallback());
        assertEquals(4, server.count());
        assertEquals(3, out.repairRounds());
        assertTrue(out.notice().endsWith("this draft comes from the built-in engine."));
        assertFalse(out.spec().entities().isEmpty());
    }

    @Test
    void retries_a_rate_limit_with_backoff_then_uses_the_answer() {
        server.then(new Status(429), new Status(429), new Text(LAPTOP_LOANS));
        DraftOutcome out = draft(LlmFixtures.openAi(server), REQUEST);

        assertTrue(out.fromAi());
        assertEquals(3, server.count());
    }

    @Test
    void falls_back_when_rate_limits_outlast_the_retries() {
        server.then(new Status(429), new Status(429), new Status(429), new Status(429), new Text(LAPTOP_LOANS));
        DraftOutcome out = draft(LlmFixtures.openAi(server), REQUEST);

        assertFalse(out.fromAi());
        assertEquals(Reason.RATE_LIMITED, out.fallback());
        assertEquals(4, server.count());
        assertEquals("The AI service is busy (too many requests); this draft comes from the built-in engine.", out.notice());
    }

    @Test
    void falls_back_on_server_errors() {
        server.then(new Status(500), new Status(500), new Status(500), new Status(500));
        DraftOutcome out = draft(LlmFixtures.openAi(server), REQUEST);

        assertFalse(out.fromAi());
        assertEquals(Reason.SERVER_ERROR, out.fallback());
        assertEquals(4, server.count());
    }

    @Test
    void falls_back_when_the_answer_is_slower_than_the_timeout() {
        server.then(new Slow(Duration.ofSeconds(3), new Text(LAPTOP_LOANS)));
        DraftOutcome out = draft(LlmFixtures.openAi(server).withTimeout(Duration.ofMillis(300)), REQUEST);

        assertFalse(out.fromAi());
        assertEquals(Reason.TIMEOUT, out.fallback());
        assertEquals("The AI service did not answer in time; this draft comes from the built-in engine.", out.notice());
        assertEquals(1, server.count());
    }

    @Test
    void falls_back_when_the_streamed_answer_is_slower_than_the_timeout() {
        server.then(new Slow(Duration.ofSeconds(3), new Text(LAPTOP_LOANS)));
        DraftOutcome out = draft(LlmFixtures.openAi(server).withStream(true).withTimeout(Duration.ofMillis(300)), REQUEST);

        assertEquals(Reason.TIMEOUT, out.fallback());
    }

    @Test
    void falls_back_when_the_response_body_is_not_json() {
        server.then(new Raw("{\"choices\": [ oops"));
        DraftOutcome out = draft(LlmFixtures.openAi(server), REQUEST);

        assertFalse(out.fromAi());
        assertTrue(out.notice().endsWith("this draft comes from the built-in engine."), out.notice());
    }

    @Test
    void falls_back_without_asking_again_when_the_model_refuses() {
        server.then(new Text("I'm sorry, I can't help with that."), new Text(LAPTOP_LOANS));
        DraftOutcome out = draft(LlmFixtures.openAi(server), REQUEST);

        assertEquals(Reason.REFUSED, out.fallback());
        assertEquals(1, server.count());
    }

    @Test
    void a_refused_key_falls_back_without_retrying() {
        server.then(new Status(401), new Text(LAPTOP_LOANS));
        DraftOutcome out = draft(LlmFixtures.openAi(server), REQUEST);

        assertEquals(Reason.UNAVAILABLE, out.fallback());
        assertEquals(1, server.count());
        assertEquals("The AI service could not be reached or refused the configured key; this draft comes from the built-in engine.", out.notice());
    }

    @Test
    void a_service_that_cannot_be_reached_falls_back() throws IOException {
        String url;
        try (java.net.ServerSocket closed = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            url = "http://127.0.0.1:" + closed.getLocalPort() + "/v1";
        }
        LlmSettings s = LlmFixtures.openAi(server);
        LlmSettings unreachable = new LlmSettings(s.provider(), s.model(), url, s.apiKey(), s.output(), s.timeout(), 0, s.backoff(),
                s.repairRounds(), false, s.maxRequestChars(), s.maxOutputTokens(), s.maxToolCalls(), 0, 0, 0, 0);
        DraftOutcome out = draft(unreachable, REQUEST);

        assertFalse(out.fromAi());
        assertEquals(Reason.UNAVAILABLE, out.fallback());
    }

    @Test
    void json_mode_puts_the_project_schema_in_the_prompt() {
        server.then(new Text(LAPTOP_LOANS));
        DraftOutcome out = draft(LlmFixtures.openAi(server).withOutput(LlmSettings.Output.JSON), REQUEST);

        assertTrue(out.fromAi());
        JsonNode body = server.received().get(0).body();
        assertEquals("json_object", body.path("response_format").path("type").asText());
        assertTrue(body.path("messages").get(0).path("content").asText().contains("\"$defs\""));
    }

    @Test
    void no_provider_means_the_offline_engine_without_a_notice() {
        DraftOutcome out = new LlmDrafter(LlmSettings.none(), TokenBudget.unlimited(), OFFLINE).draft(REQUEST, DraftContext.anonymous());
        assertFalse(out.fromAi());
        assertNull(out.notice());
        assertNull(out.fallback());
        assertEquals(0, server.count());
    }

    @Test
    void configure_switches_the_service_for_the_next_draft() {
        server.then(new Text(LAPTOP_LOANS));
        LlmDrafter drafter = new LlmDrafter(LlmSettings.none(), TokenBudget.unlimited(), OFFLINE);
        assertFalse(drafter.draft(REQUEST, DraftContext.anonymous()).fromAi());
        drafter.configure(LlmFixtures.openAi(server));
        assertEquals("fake-model", drafter.settings().model());
        assertTrue(drafter.draft(REQUEST, DraftContext.anonymous()).fromAi());
        drafter.configure(LlmSettings.none());
        assertFalse(drafter.draft(REQUEST, DraftContext.anonymous()).fromAi());
        assertEquals(1, server.count());
    }

    @Test
    void a_request_over_the_size_limit_never_reaches_the_service() {
        DraftOutcome out = draft(LlmFixtures.openAi(server), REQUEST + " notes".repeat(5_000));
        assertEquals(Reason.TOO_LONG, out.fallback());
        assertEquals(0, server.count());
    }

    @Test
    void stops_asking_once_the_daily_budget_is_spent() {
        server.then(new Text(LAPTOP_LOANS), new Text(LAPTOP_LOANS));
        TokenBudget budget = new InMemoryTokenBudget(100, 0, java.time.Clock.systemUTC());
        LlmDrafter drafter = new LlmDrafter(LlmFixtures.openAi(server), budget, OFFLINE);
        DraftContext ann = new DraftContext("ann", "acme", null, null);

        assertTrue(drafter.draft(REQUEST, ann).fromAi());
        DraftOutcome second = drafter.draft(REQUEST, ann);
        assertEquals(Reason.BUDGET, second.fallback());
        assertEquals(1, server.count());
        assertTrue(drafter.draft(REQUEST, new DraftContext("bob", "acme", null, null)).fromAi());
    }

    @Test
    void cancel_during_a_slow_answer_returns_at_once_with_a_draft() {
        server.then(new Slow(Duration.ofSeconds(3), new Text(LAPTOP_LOANS)));
        Cancellation cancel = new Cancellation();
        DraftContext ctx = new DraftContext("", "", (stage, detail) -> {
            if (stage == Progress.Stage.DRAFTING) {
                cancel.cancel();
            }
        }, cancel);
        DraftOutcome out = new LlmDrafter(LlmFixtures.openAi(server), TokenBudget.unlimited(), OFFLINE).draft(REQUEST, ctx);

        assertTrue(out.cancelled());
        assertEquals(Reason.CANCELLED, out.fallback());
        assertFalse(out.spec().entities().isEmpty());
    }
}
