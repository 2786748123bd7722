package org.toolsmith.draft.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.toolsmith.build.LogicWords;
import org.toolsmith.draft.llm.FakeLlmServer.Text;
import org.toolsmith.draft.llm.FakeLlmServer.Tools;
import org.toolsmith.spec.Rule;
import org.toolsmith.spec.SpecValidator;

/** The agent's add_rule: template shapes where they fit, custom bodies marked for review, each validated and parsed. */
class AgentRuleTest {
    @RegisterExtension
    final FakeLlmServer server = FakeLlmServer.started();

    private RefineOutcome refine(String message) {
        return new LlmRefiner(LlmFixtures.openAi(server), TokenBudget.unlimited(), LlmFixtures.OFFLINE_REFINER)
                .checkingScriptsWith(LlmFixtures.PARSES_UNLESS_BROKEN)
                .refine(LlmFixtures.laptopLoans(), message, DraftContext.anonymous());
    }

    @Test
    void adds_a_rule_from_a_template_shape_and_answers_with_the_verdict() {
        server.then(new Tools("add_rule", "{\"kind\": \"Loan\", \"shape\": \"required_if\", \"field\": \"Due on\", \"other\": \"condition\","
                        + " \"value\": \"Damaged\", \"message\": \"Say when it is due back for repair.\"}"),
                new Text("Added."));
        RefineOutcome out = refine("the due date is required when the condition is damaged");

        assertTrue(out.fromAi());
        Rule rule = out.refinement().spec().rules().get(0);
        assertEquals("required_if", rule.template());
        assertEquals("loan", rule.entity());
        assertEquals("due_on", rule.field());
        assertTrue(rule.script().contains("record.condition"), rule.script());
        assertEquals("Say when it is due back for repair.", rule.message());
        assertTrue(out.toolCalls().get(0).verdict().startsWith("Applied: Added the rule"), out.toolCalls().get(0).verdict());
        assertTrue(out.toolCalls().get(0).verdict().contains("from the required_if template"));
        assertTrue(new SpecValidator().validate(LlmFixtures.JSON.toTree(out.refinement().spec())).isEmpty());
        String toolAnswer = lastMessage(1);
        assertTrue(toolAnswer.startsWith("Applied:") && toolAnswer.endsWith("The app is valid."), toolAnswer);
    }

    @Test
    void a_custom_script_is_kept_as_a_custom_body_marked_for_review() {
        server.then(new Tools("add_rule", "{\"kind\": \"loan\", \"shape\": \"custom\", \"name\": \"Asset tag starts with LT\", \"field\": \"asset_tag\","
                        + " \"script\": \"return String(record.asset_tag || '').startsWith('LT');\", \"message\": \"Asset tags start with LT.\"}"),
                new Text("Added."));
        RefineOutcome out = refine("asset tags must start with LT");

        Rule rule = out.refinement().spec().rules().get(0);
        assertNull(rule.template(), "no template: a custom body");
        assertEquals(LogicWords.AI_WRITTEN, rule.because());
        assertEquals("asset_tag_starts_with_lt", rule.key());
        assertTrue(out.toolCalls().get(0).verdict().contains("custom script, marked for a person to read"));
        assertEquals("Custom script written by the AI service: read it before you create the app.",
                LogicWords.describe(out.refinement().spec()).get(0).get("note"));
    }

    @Test
    void refuses_a_rule_that_does_not_fit_or_does_not_parse_and_says_why() {
        server.then(new Tools(
                        "add_rule", "{\"kind\": \"loan\", \"shape\": \"compare_dates\", \"field\": \"asset_tag\", \"other\": \"due_on\","
                                + " \"comparison\": \"before\", \"message\": \"m\"}",
                        "add_rule", "{\"kind\": \"loan\", \"shape\": \"custom\", \"name\": \"Broken\", \"script\": \"return (((;\", \"message\": \"m\"}",
                        "add_rule", "{\"kind\": \"loan\", \"shape\": \"range\", \"field\": \"returned_on\", \"min\": \"1\", \"max\": \"2\", \"message\": \"m\"}",
                        "add_rule", "{\"kind\": \"loan\", \"shape\": \"sql\", \"message\": \"m\"}"),
                new Tools("add_rule", "{\"kind\": \"loan\", \"shape\": \"compare_dates\", \"field\": \"due_on\", \"other\": \"due_on\","
                        + " \"comparison\": \"on_or_after\", \"message\": \"Due on must be a date.\"}"),
                new Text("Done."));
        RefineOutcome out = refine("the due date must come after the loan");

        List<ToolCall> calls = out.toolCalls();
        assertFalse(calls.get(0).applied());
        assertTrue(calls.get(0).verdict().contains("Asset tag is a text field; this needs date or datetime."), calls.get(0).verdict());
        assertFalse(calls.get(1).applied());
        assertTrue(calls.get(1).verdict().contains("does not parse"), calls.get(1).verdict());
        assertTrue(calls.get(2).verdict().contains("Loan has no field returned_on. Its fields are: asset_tag (Asset tag)"), calls.get(2).verdict());
        assertTrue(calls.get(3).verdict().contains("There is no rule shape sql"), calls.get(3).verdict());
        assertTrue(calls.get(4).applied());
        assertEquals(1, out.refinement().spec().rules().size(), "only the valid rule is kept");
        assertTrue(server.received().get(1).body().path("messages").toString().contains("does not parse"), "the verdicts went back to the model");
    }

    @Test
    void removes_a_rule_so_the_field_it_checks_can_go_too() {
        server.then(new Tools("add_rule", "{\"kind\": \"loan\", \"shape\": \"required_if\", \"field\": \"due_on\", \"other\": \"condition\","
                        + " \"value\": \"Lost\", \"message\": \"m\"}"),
                new Tools("remove_field", "{\"kind\": \"loan\", \"field\": \"due_on\"}"),
                new Tools("remove_rule", "{\"rule\": \"due_on_required\"}", "remove_field", "{\"kind\": \"loan\", \"field\": \"due_on\"}"),
                new Text("Done."));
        RefineOutcome out = refine("a due date when lost; no, drop the due date altogether");

        List<ToolCall> calls = out.toolCalls();
        assertTrue(calls.get(0).applied());
        assertFalse(calls.get(1).applied(), "the rule still names the field");
        assertTrue(calls.get(1).verdict().contains("$.rules[0].field"), calls.get(1).verdict());
        assertTrue(calls.get(2).applied(), calls.get(2).verdict());
        assertTrue(calls.get(3).applied());
        assertTrue(out.refinement().spec().rules().isEmpty());
        assertFalse(out.refinement().spec().entity("loan").orElseThrow().field("due_on").isPresent());
    }

    private String lastMessage(int request) {
        JsonNode messages = server.received().get(request).body().path("messages");
        return messages.get(messages.size() - 1).path("content").asText();
    }
}
