package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AccessRule;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.SpecJson;
import org.toolsmith.spec.SpecValidator;

/** The offline drafter turns who-sees-what sentences into access rules, and not into fields. */
class AccessDraftingTest {
    private static final OfflineDrafter DRAFTER = new OfflineDrafter();

    private static AppSpec draft(String request) {
        AppSpec spec = DRAFTER.draft(request);
        assertEquals(List.of(), new SpecValidator().validate(new SpecJson().toTree(spec)), () -> new SpecJson().writePretty(spec));
        return spec;
    }

    private static List<String> labels(AppSpec spec) {
        return spec.entities().stream().flatMap(e -> e.fields().stream()).map(Field::label).map(String::toLowerCase).toList();
    }

    @Test
    void leave_requests_with_own_rows_and_managers_seeing_all() {
        AppSpec spec = draft("Leave requests: employee, start date, end date, reason, status.\n"
                + "Each employee sees only their own requests; managers see all.");
        AccessRule r = spec.access().get(0);
        assertEquals(spec.entities().get(0).key(), r.entity(), new SpecJson().writePretty(spec));
        assertEquals("own", r.rows());
        assertEquals(List.of("Managers"), r.seeAll());
        assertFalse(labels(spec).stream().anyMatch(l -> l.contains("manager") || l.contains("own")), labels(spec).toString());
    }

    @Test
    void salary_visible_to_hr_only() {
        AppSpec spec = draft("Employee directory: name, department, salary, phone.\nOnly HR can see the salary field.");
        AccessRule r = spec.access().get(0);
        Entity e = spec.entity(r.entity()).orElseThrow();
        assertEquals("Salary", e.field(r.field()).orElseThrow().label());
        assertEquals(List.of("HR"), r.visibleTo());
        assertEquals(1, labels(spec).stream().filter(l -> l.contains("salary")).count(), labels(spec).toString());
        assertFalse(labels(spec).contains("hr"), labels(spec).toString());
    }

    @Test
    void staff_see_the_expenses_they_submitted() {
        AppSpec spec = draft("Expense claims: amount, date, category, receipt.\nStaff can only see expenses they submitted.");
        assertEquals("created_by", spec.access().get(0).ownerColumn());
        assertFalse(labels(spec).stream().anyMatch(l -> l.contains("staff") || l.contains("submitted")), labels(spec).toString());
    }

    @Test
    void the_assignee_sees_their_tickets() {
        AppSpec spec = draft("Support tickets: subject, description, priority, assignee.\nThe assignee sees their tickets.");
        AccessRule r = spec.access().get(0);
        Entity e = spec.entity(r.entity()).orElseThrow();
        assertEquals("Assignee", e.field(r.ownerColumn()).orElseThrow().label(), new SpecJson().writePretty(spec));
    }

    @Test
    void the_refiner_adds_a_rule_a_chat_message_states_and_says_it_in_plain_words() {
        AppSpec spec = draft("Employee directory: name, department, salary, phone.");
        org.toolsmith.draft.Refinement r = new OfflineRefiner().refine(spec, "Only HR can see the salary.");
        assertEquals(List.of("HR"), r.spec().access().get(0).visibleTo());
        assertEquals(spec.entities(), r.spec().entities(), "no field added or changed");
        assertEquals(1, r.changes().size(), r.changes().toString());
        org.junit.jupiter.api.Assertions.assertTrue(r.changes().get(0).contains("Only members of HR see the salary"), r.changes().toString());
    }

    @Test
    void a_request_without_such_sentences_has_no_access_rules() {
        assertEquals(List.of(), draft("Track who borrowed which laptop, when it is due back and whether it was returned.").access());
    }
}
