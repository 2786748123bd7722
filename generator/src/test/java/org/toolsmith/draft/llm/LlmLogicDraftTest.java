package org.toolsmith.draft.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.llm.LlmFixtures.LAPTOP_LOANS;
import static org.toolsmith.draft.llm.LlmFixtures.OFFLINE;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.toolsmith.build.LogicWords;
import org.toolsmith.draft.llm.FakeLlmServer.Text;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.SpecValidator;

/** The LLM drafter writes rules, computed values, buttons and automations; each is validated and parsed before it is kept. */
class LlmLogicDraftTest {
    private static final String REQUEST_WITH_LOGIC = LlmFixtures.REQUEST
            + ". The due date must be in the future, show the days overdue, a Mark lost button, and when the condition becomes Lost set the due date to today.";

    private static final String RULE = "{\"key\": \"due_later\", \"entity\": \"loan\", \"name\": \"Due date in the future\", \"field\": \"due_on\","
            + " \"script\": \"return record.due_on == null || days(today(), record.due_on) > 0;\", \"message\": \"The due date must be in the future.\","
            + " \"template\": \"compare_dates\"}";
    private static final String COMPUTED = "{\"key\": \"days_overdue\", \"entity\": \"loan\", \"label\": \"Days overdue\", \"type\": \"integer\","
            + " \"script\": \"return record.due_on == null ? null : Math.max(0, days(record.due_on, today()));\"}";
    private static final String ACTION = "{\"key\": \"mark_lost\", \"entity\": \"loan\", \"label\": \"Mark lost\", \"roles\": [\"everyone\"],"
            + " \"script\": \"return result().set({condition: 'Lost'});\"}";
    private static final String AUTOMATION = "{\"key\": \"lost_today\", \"entity\": \"loan\", \"name\": \"Due today when lost\", \"on\": \"update\","
            + " \"field\": \"condition\", \"value\": \"Lost\", \"schedule\": null, \"script\": \"return result().set({due_on: today()});\"}";

    @RegisterExtension
    final FakeLlmServer server = FakeLlmServer.started();

    private static String withLogic(String rule) {
        return LAPTOP_LOANS.substring(0, LAPTOP_LOANS.lastIndexOf('}')) + ", \"rules\": [" + rule + "], \"computed\": [" + COMPUTED
                + "], \"actions\": [" + ACTION + "], \"automations\": [" + AUTOMATION + "]}";
    }

    private DraftOutcome draft() {
        return new LlmDrafter(LlmFixtures.openAi(server), TokenBudget.unlimited(), OFFLINE)
                .checkingScriptsWith(LlmFixtures.PARSES_UNLESS_BROKEN).draft(REQUEST_WITH_LOGIC, DraftContext.anonymous());
    }

    @Test
    void keeps_the_logic_the_model_wrote_as_custom_scripts_marked_for_review() {
        server.then(new Text(withLogic(RULE)));
        DraftOutcome out = draft();

        assertTrue(out.fromAi());
        assertNull(out.notice());
        AppSpec spec = out.spec();
        assertEquals(1, spec.rules().size());
        assertEquals(1, spec.computed().size());
        assertEquals(1, spec.actions().size());
        assertEquals(1, spec.automations().size());
        assertNull(spec.rules().get(0).template(), "the model cannot claim a template for its own script");
        assertEquals(LogicWords.AI_WRITTEN, spec.rules().get(0).because());
        assertEquals(LogicWords.AI_WRITTEN, spec.automations().get(0).because());
        assertTrue(LogicWords.describe(spec).stream().allMatch(i -> Boolean.TRUE.equals(i.get("custom"))));
        assertTrue(new SpecValidator().validate(LlmFixtures.JSON.toTree(spec)).isEmpty());
        assertTrue(server.received().get(0).body().path("response_format").toString().contains("automations"),
                "the structured output's schema offers the logic lists");
    }

    @Test
    void a_script_that_does_not_parse_goes_back_for_repair() {
        server.then(new Text(withLogic(RULE.replace("return record", "return (((record"))), new Text(withLogic(RULE)));
        DraftOutcome out = draft();

        assertTrue(out.fromAi());
        assertEquals(1, out.repairRounds());
        assertEquals(1, out.spec().rules().size());
        String repair = server.received().get(1).body().path("messages").get(3).path("content").asText();
        assertTrue(repair.contains("$.rules[0].script: The script does not parse"), repair);
    }

    @Test
    void logic_that_stays_broken_is_dropped_and_the_rest_of_the_draft_kept() {
        String broken = withLogic(RULE.replace("return record", "return (((record"));
        server.then(new Text(broken), new Text(broken), new Text(broken), new Text(broken));
        DraftOutcome out = draft();

        assertTrue(out.fromAi());
        assertEquals(0, out.spec().rules().size(), "the rule that never parsed is not kept");
        assertEquals("The AI service wrote a rule, computed value, button or automation that could not be used (it did not fit the app"
                + " or the script did not parse); it was left out. Ask for it again in the chat.", out.notice(), "the person is told");
        assertEquals(1, out.spec().computed().size());
        assertEquals(4, out.spec().entities().get(0).fields().size());
    }

    @Test
    void logic_that_breaks_the_schema_is_repaired_or_left_out() {
        String wrongField = withLogic(RULE.replace("\"field\": \"due_on\"", "\"field\": \"returned_on\""));
        server.then(new Text(wrongField), new Text(wrongField), new Text(wrongField), new Text(wrongField));
        DraftOutcome out = draft();

        assertTrue(out.fromAi(), "the record kinds and fields were fine");
        assertTrue(out.spec().rules().isEmpty(), "the rule naming a field the app does not have is left out");
        assertEquals(1, out.spec().computed().size(), "the logic that was fine is kept");
        assertEquals(1, out.spec().automations().size());
        String repair = server.received().get(1).body().path("messages").get(3).path("content").asText();
        assertTrue(repair.contains("$.rules[0].field"), repair);
    }
}
