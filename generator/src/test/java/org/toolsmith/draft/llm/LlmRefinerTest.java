package org.toolsmith.draft.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.toolsmith.draft.llm.FakeLlmServer.Status;
import org.toolsmith.draft.llm.FakeLlmServer.Text;
import org.toolsmith.draft.llm.FakeLlmServer.Tools;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;
import org.toolsmith.spec.SpecValidator;

class LlmRefinerTest {
    @RegisterExtension
    final FakeLlmServer server = FakeLlmServer.started();

    private RefineOutcome refine(String message) {
        return new LlmRefiner(LlmFixtures.openAi(server), TokenBudget.unlimited(), LlmFixtures.OFFLINE_REFINER)
                .refine(LlmFixtures.laptopLoans(), message, DraftContext.anonymous());
    }

    @Test
    void applies_the_agents_tool_calls_and_keeps_each_in_the_history() {
        server.then(new Tools(
                        "add_field", "{\"kind\": \"loan\", \"label\": \"Department\", \"type\": \"choice\", \"options\": [\"IT\", \"Sales\"]}",
                        "rename_field", "{\"kind\": \"Loan\", \"field\": \"Due on\", \"newLabel\": \"Return by\"}"),
                new Tools("set_required", "{\"kind\": \"loan\", \"field\": \"borrower_email\", \"required\": true}"),
                new Text("I added a department, renamed the due date and made the email required."));
        RefineOutcome out = refine("add a department (IT or Sales), call the due date 'return by', email is required");

        assertTrue(out.fromAi());
        assertNull(out.notice());
        AppSpec spec = out.refinement().spec();
        Field dept = spec.entity("loan").orElseThrow().field("department").orElseThrow();
        assertEquals(FieldType.CHOICE, dept.type());
        assertEquals(List.of("IT", "Sales"), dept.options());
        assertEquals("Return by", spec.entity("loan").orElseThrow().field("due_on").orElseThrow().label());
        assertTrue(spec.entity("loan").orElseThrow().field("borrower_email").orElseThrow().required());
        assertEquals(List.of("Added Department (choice) to Loan.", "Renamed Due on to Return by in Loan.", "Made Borrower email required in Loan."),
                out.refinement().changes());
        assertEquals(3, out.toolCalls().size());
        assertTrue(out.toolCalls().stream().allMatch(ToolCall::applied));
        assertTrue(out.toolCalls().get(0).arguments().contains("Department"));
        assertTrue(new SpecValidator().validate(LlmFixtures.JSON.toTree(spec)).isEmpty());
        assertEquals(3, out.usage().calls());
    }

    @Test
    void answers_a_bad_edit_with_the_reason_so_the_agent_can_correct_it() {
        server.then(new Tools("set_field_type", "{\"kind\": \"loan\", \"field\": \"asset_tag\", \"type\": \"reference\"}"),
                new Tools("add_record_kind", "{\"name\": \"Laptop\", \"firstFieldLabel\": \"Asset tag\", \"firstFieldType\": \"text\"}"),
                new Tools("link_kinds", "{\"fromKind\": \"loan\", \"toKind\": \"laptop\"}"),
                new Text("Linked."));
        RefineOutcome out = refine("each loan is for a laptop");

        assertFalse(out.toolCalls().get(0).applied());
        assertTrue(out.toolCalls().get(0).verdict().contains("A reference needs the kind it points to"), out.toolCalls().get(0).verdict());
        JsonNode messages = server.received().get(1).body().path("messages");
        assertTrue(messages.get(messages.size() - 1).path("content").asText().startsWith("Not applied"));
        Field link = out.refinement().spec().entity("loan").orElseThrow().field("laptop").orElseThrow();
        assertEquals("laptop", link.target());
        assertEquals(FieldType.TEXT, out.refinement().spec().entity("loan").orElseThrow().field("asset_tag").orElseThrow().type());
    }

    @Test
    void refuses_to_remove_the_last_field_and_reports_unknown_names() {
        SpecEdits edits = new SpecEdits(LlmFixtures.laptopLoans());
        SpecEdits.Verdict missing = edits.apply(() -> edits.removeField("loan", "colour"));
        assertFalse(missing.applied());
        assertTrue(missing.words().contains("Its fields are: asset_tag (Asset tag)"), missing.words());
        SpecEdits.Verdict noKind = edits.apply(() -> edits.removeKind("loan"));
        assertFalse(noKind.applied());
        SpecEdits.Verdict badType = edits.apply(() -> edits.setType("loan", "asset_tag", "dropdown", null, null));
        assertTrue(badType.words().contains("The types are: text"), badType.words());
        assertEquals(LlmFixtures.laptopLoans(), edits.spec());
    }

    @Test
    void falls_back_to_the_offline_refiner_on_server_errors() {
        server.then(new Status(500), new Status(500), new Status(500), new Status(500));
        RefineOutcome out = refine("add a notes field");

        assertFalse(out.fromAi());
        assertEquals(Reason.SERVER_ERROR, out.fallback());
        assertEquals("The AI service had an internal error; this change was made by the built-in engine.", out.notice());
        assertTrue(out.refinement().spec().entity("loan").orElseThrow().fields().stream().anyMatch(f -> f.label().equalsIgnoreCase("notes")));
    }

    @Test
    void stops_an_agent_that_takes_too_many_steps() {
        Tools again = new Tools("show_spec", "{}");
        for (int i = 0; i < 25; i++) {
            server.then(again);
        }
        RefineOutcome out = refine("add a notes field");

        assertFalse(out.fromAi());
        assertEquals(Reason.TOO_MANY_STEPS, out.fallback());
        assertTrue(server.count() <= 21, "at most max tool calls + 1 requests, was " + server.count());
    }

    @Test
    void falls_back_when_the_agent_makes_no_change() {
        server.then(new Text("Sure, consider it done!"));
        RefineOutcome out = refine("add a notes field");

        assertFalse(out.fromAi());
        assertEquals(Reason.NO_CHANGE, out.fallback());
        assertEquals("The AI service did not change anything; this change was made by the built-in engine.", out.notice());
        assertTrue(out.refinement().spec().entity("loan").orElseThrow().fields().stream().anyMatch(f -> f.label().equalsIgnoreCase("notes")));
    }

    @Test
    void no_provider_means_the_offline_refiner_without_a_notice() {
        RefineOutcome out = new LlmRefiner(LlmSettings.none(), TokenBudget.unlimited(), LlmFixtures.OFFLINE_REFINER)
                .refine(LlmFixtures.laptopLoans(), "add a notes field", DraftContext.anonymous());
        assertFalse(out.fromAi());
        assertNull(out.notice());
        assertEquals(0, server.count());
    }
}
