package org.toolsmith.runtime.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Automation;
import org.toolsmith.spec.Computed;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;
import org.toolsmith.spec.Rule;

class ScriptReviewTest {
    private static final AppSpec BASE = new AppSpec(1, "Loans", null, List.of(Entity.of("loan", "Loan", "Loans",
            List.of(Field.of("due_on", "Due on", FieldType.DATE), Field.of("email", "E-mail", FieldType.TEXT)))));
    private static final Rule DUE = Rule.of("due_set", "loan", "Due date set", "due_on", "return record.due_on != null;", "Say when.")
            .withTemplate("required_if");

    @Test
    void a_new_custom_scheduled_automation_that_sends_email_raises_three_flags_and_unchanged_scripts_none() {
        AppSpec live = BASE.withRules(List.of(DUE)).withComputed(List.of(Computed.of("days", "loan", "Days", FieldType.INTEGER, "return 1;")));
        AppSpec next = BASE.withRules(List.of(DUE)).withAutomations(List.of(Automation.scheduled("remind", "loan", "Remind borrowers",
                new Automation.Schedule("weekday", "08:00"), "return result().notify(record.email, 'Bring it back', {channel: 'email'});")));
        List<Review.Risk> risks = new ArrayList<>();
        List<Review.Script> scripts = ReviewBuilder.scripts(live, next, risks);

        assertEquals(List.of("Rule:due_set:same", "Automation:remind:added", "Computed value:days:removed"),
                scripts.stream().map(s -> s.kind() + ":" + s.key() + ":" + s.change()).toList());
        assertTrue(scripts.get(0).flags().isEmpty());
        assertEquals("return 1;", scripts.get(2).before());
        assertEquals(List.of(new Review.DiffLine("removed", "return 1;", "")), scripts.get(2).diff());
        assertEquals(List.of("high", "medium", "medium"), risks.stream().map(Review.Risk::level).toList());
        assertTrue(risks.get(0).message().startsWith("Custom script (written by hand or by the AI"), risks.toString());
        assertEquals("Adds a schedule: the automation *Remind borrowers* runs by itself every weekday at 08:00.", risks.get(1).message());
        assertTrue(risks.get(2).message().startsWith("Sends e-mail"), risks.toString());
    }

    @Test
    void a_changed_template_script_is_shown_side_by_side_without_a_custom_flag() {
        Rule changed = Rule.of("due_set", "loan", "Due date set", "due_on", "return record.due_on != null && true;", "Say when.")
                .withTemplate("required_if");
        List<Review.Risk> risks = new ArrayList<>();
        List<Review.Script> scripts = ReviewBuilder.scripts(BASE.withRules(List.of(DUE)), BASE.withRules(List.of(changed)), risks);
        assertEquals("changed", scripts.get(0).change());
        assertEquals(List.of(new Review.DiffLine("changed", "return record.due_on != null;", "return record.due_on != null && true;")),
                scripts.get(0).diff());
        assertTrue(risks.isEmpty(), risks.toString());
    }
}
