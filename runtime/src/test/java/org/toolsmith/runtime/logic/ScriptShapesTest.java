package org.toolsmith.runtime.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.toolsmith.draft.scripts.Comparison;
import org.toolsmith.draft.scripts.ScriptShapes;
import org.toolsmith.draft.scripts.ScriptShapes.Assignment;
import org.toolsmith.sandbox.SandboxOptions;
import org.toolsmith.sandbox.ScriptCall;
import org.toolsmith.sandbox.ScriptKind;
import org.toolsmith.sandbox.ScriptPool;
import org.toolsmith.sandbox.ScriptResult;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Automation;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;
import org.toolsmith.templates.Templates;

/** Each template shape, rendered and run in a real sandbox, on records that pass and fail. */
class ScriptShapesTest {
    static final String NOW = "2026-03-10T09:00:00Z";
    static ScriptPool pool;
    static final ScriptShapes SHAPES = new ScriptShapes(new Templates());

    static final Entity LOAN = Entity.of("loan", "Loan", "Loans", List.of(
            Field.of("borrower", "Borrower", FieldType.PERSON),
            Field.of("email", "Email", FieldType.EMAIL),
            Field.of("loan_date", "Loan date", FieldType.DATE),
            Field.of("due_date", "Due date", FieldType.DATE),
            Field.of("returned", "Returned", FieldType.BOOLEAN),
            Field.of("returned_on", "Returned on", FieldType.DATE),
            Field.of("returned_by", "Returned by", FieldType.PERSON),
            Field.of("copies", "Copies", FieldType.INTEGER),
            Field.of("limit_copies", "Limit", FieldType.INTEGER),
            Field.of("reason", "Reason", FieldType.TEXT),
            Field.of("status", "Status", FieldType.CHOICE).withOptions(List.of("Out", "Back", "Lost"))));
    static final Entity ORDER = Entity.of("order_form", "Order", "Orders", List.of(Field.of("number", "Number", FieldType.TEXT)));
    static final Entity LINE = Entity.of("line_item", "Line item", "Line items", List.of(
            Field.of("order_form", "Order", FieldType.REFERENCE).withTarget("order_form"),
            Field.of("amount", "Amount", FieldType.MONEY)));

    @BeforeAll
    static void start() {
        pool = ScriptPool.start(SandboxOptions.defaults().withWorkers(1));
    }

    @AfterAll
    static void stop() {
        pool.close();
    }

    static String run(String script, ScriptKind kind, String record) {
        assertTrue(pool.check(script).ok(), script);
        ScriptResult r = pool.run(ScriptCall.of(script, kind, record).withNow(NOW).withTimeLimit(java.time.Duration.ofSeconds(10))
                .withContext("{\"user\": \"maria\", \"trigger\": \"action\"}"));
        assertTrue(r.ok(), r + "\n" + script);
        return r.valueJson();
    }

    static String rule(String script, String record) {
        return run(script, ScriptKind.RULE, record);
    }

    @Test
    void compare_dates_accepts_a_due_date_after_the_loan_date_and_refuses_one_before() {
        String s = SHAPES.compareDates(LOAN, "due_after", "due_date", Comparison.AFTER, "loan_date", "Due after loan").script();
        assertEquals("true", rule(s, "{\"loan_date\": \"2026-03-01\", \"due_date\": \"2026-03-15\"}"));
        assertEquals("false", rule(s, "{\"loan_date\": \"2026-03-01\", \"due_date\": \"2026-02-15\"}"));
        assertEquals("false", rule(s, "{\"loan_date\": \"2026-03-01\", \"due_date\": \"2026-03-01\"}"));
        assertEquals("true", rule(s, "{\"loan_date\": null, \"due_date\": \"2026-02-15\"}"), "empty dates are for required");
    }

    @Test
    void compare_numbers_against_a_field_and_a_fixed_number() {
        String field = SHAPES.compareNumbers(LOAN, "c", "copies", Comparison.ON_OR_BEFORE, "limit_copies", null, "m").script();
        assertEquals("true", rule(field, "{\"copies\": 3, \"limit_copies\": 3}"));
        assertEquals("false", rule(field, "{\"copies\": 4, \"limit_copies\": 3}"));
        String fixed = SHAPES.compareNumbers(LOAN, "c", "copies", Comparison.AFTER, null, new BigDecimal("0"), "m").script();
        assertEquals("false", rule(fixed, "{\"copies\": 0}"));
        assertEquals("true", rule(fixed, "{\"copies\": 2}"));
    }

    @Test
    void required_if_asks_for_the_field_only_when_the_other_has_the_value() {
        String s = SHAPES.requiredIf(LOAN, "r", "reason", "status", "Lost", "Say why").script();
        assertEquals("false", rule(s, "{\"status\": \"Lost\", \"reason\": \"\"}"));
        assertEquals("true", rule(s, "{\"status\": \"Lost\", \"reason\": \"dropped in a lake\"}"));
        assertEquals("true", rule(s, "{\"status\": \"Out\", \"reason\": null}"));
        String bool = SHAPES.requiredIf(LOAN, "r", "returned_on", "returned", "yes", "When?").script();
        assertEquals("false", rule(bool, "{\"returned\": true, \"returned_on\": null}"));
        assertEquals("true", rule(bool, "{\"returned\": false, \"returned_on\": null}"));
    }

    @Test
    void range_of_numbers_and_of_dates() {
        String n = SHAPES.range(LOAN, "r", "copies", "1", "5", "m").script();
        assertEquals("true", rule(n, "{\"copies\": 5}"));
        assertEquals("false", rule(n, "{\"copies\": 6}"));
        String d = SHAPES.range(LOAN, "r", "loan_date", "2026-01-01", "2026-12-31", "m").script();
        assertEquals("true", rule(d, "{\"loan_date\": \"2026-06-01\"}"));
        assertEquals("false", rule(d, "{\"loan_date\": \"2027-01-01\"}"));
    }

    @Test
    void status_transition_allows_only_the_listed_moves() {
        Map<String, List<String>> allowed = new LinkedHashMap<>();
        allowed.put("Out", List.of("Back", "Lost"));
        allowed.put("Lost", List.of("Back"));
        allowed.put("Back", List.of());
        String s = SHAPES.statusTransition(LOAN, "t", "status", allowed, "Not that way").script();
        assertEquals("true", rule(s, "{\"status\": \"Back\", \"_before\": {\"status\": \"Out\"}}"));
        assertEquals("false", rule(s, "{\"status\": \"Out\", \"_before\": {\"status\": \"Back\"}}"));
        assertEquals("true", rule(s, "{\"status\": \"Out\"}"), "a new record may start anywhere");
        String partial = SHAPES.statusTransition(LOAN, "t", "status", Map.of("Out", List.of("Back")), "m").script();
        assertEquals("true", rule(partial, "{\"status\": \"Out\", \"_before\": {\"status\": \"Lost\"}}"), "unlisted values move freely");
        assertEquals("false", rule(partial, "{\"status\": \"Lost\", \"_before\": {\"status\": \"Out\"}}"));
        assertThrows(IllegalArgumentException.class,
                () -> SHAPES.statusTransition(LOAN, "t", "status", Map.of("Out", List.of("Gone")), "m"));
    }

    @Test
    void reminder_notifies_the_person_the_given_days_before_the_date() {
        Automation a = SHAPES.reminder(LOAN, "remind", "borrower", "due_date", 2, true, "returned",
                new Automation.Schedule("day", "08:00"), "Your loan is due in two days. \"Quotes\" </script> stay text.");
        String due = run(a.script(), ScriptKind.AUTOMATION, "{\"borrower\": \"Ann\", \"due_date\": \"2026-03-12\", \"returned\": false}");
        assertTrue(due.contains("\"to\":\"Ann\"") && due.contains("\"channel\":\"app\"") && due.contains("</script> stay text"), due);
        String notYet = run(a.script(), ScriptKind.AUTOMATION, "{\"borrower\": \"Ann\", \"due_date\": \"2026-03-13\", \"returned\": false}");
        assertEquals("{\"changes\":[],\"notifications\":[]}", notYet);
        String back = run(a.script(), ScriptKind.AUTOMATION, "{\"borrower\": \"Ann\", \"due_date\": \"2026-03-12\", \"returned\": true}");
        assertEquals("{\"changes\":[],\"notifications\":[]}", back);
        Automation mail = SHAPES.reminder(LOAN, "late", "email", "due_date", 1, false, null, new Automation.Schedule("weekday", "08:00"), "Late");
        String late = run(mail.script(), ScriptKind.AUTOMATION, "{\"email\": \"ann@example.org\", \"due_date\": \"2026-03-09\"}");
        assertTrue(late.contains("\"channel\":\"email\""), late);
    }

    @Test
    void total_linked_sums_and_counts_the_records_that_point_here() {
        AppSpec spec = new AppSpec(1, "Orders", null, List.of(ORDER, LINE));
        String rows = "{\"_related\": {\"line_item\": [{\"amount\": \"10.50\"}, {\"amount\": \"4.25\"}, {\"amount\": null}]}}";
        assertEquals("14.75", run(SHAPES.totalLinked(spec, ORDER, "total", "Total", LINE, "amount").script(), ScriptKind.COMPUTED, rows));
        assertEquals("3", run(SHAPES.totalLinked(spec, ORDER, "n", "Lines", LINE, null).script(), ScriptKind.COMPUTED, rows));
        assertEquals("0", run(SHAPES.totalLinked(spec, ORDER, "n", "Lines", LINE, null).script(), ScriptKind.COMPUTED, "{}"));
    }

    @Test
    void days_since_counts_days_overdue_until_returned() {
        String s = SHAPES.daysSince(LOAN, "overdue", "Days overdue", "due_date", "returned").script();
        assertEquals("3", run(s, ScriptKind.COMPUTED, "{\"due_date\": \"2026-03-07\", \"returned\": false}"));
        assertEquals("0", run(s, ScriptKind.COMPUTED, "{\"due_date\": \"2026-03-20\", \"returned\": false}"));
        assertEquals("null", run(s, ScriptKind.COMPUTED, "{\"due_date\": \"2026-03-07\", \"returned\": true}"));
    }

    @Test
    void stamp_sets_the_date_or_the_person_when_a_field_changes() {
        Automation date = SHAPES.stamp(LOAN, "s", "returned", "yes", "returned_on");
        assertEquals("update", date.on());
        assertEquals("{\"changes\":[{\"op\":\"set\",\"fields\":{\"returned_on\":\"2026-03-10\"}}],\"notifications\":[]}",
                run(date.script(), ScriptKind.AUTOMATION, "{}"));
        Automation who = SHAPES.stamp(LOAN, "s", "returned", null, "returned_by");
        assertTrue(run(who.script(), ScriptKind.AUTOMATION, "{}").contains("\"returned_by\":\"maria\""));
    }

    @Test
    void set_fields_button_marks_returned_today() {
        String s = SHAPES.setFields(LOAN, "mark_returned", "Mark returned", List.of(Assignment.value("returned", true),
                Assignment.today("returned_on"), Assignment.value("status", "back"), Assignment.value("reason", "it's \"fine\"\n}); evil();")),
                List.of("everyone")).script();
        String v = run(s, ScriptKind.ACTION, "{}");
        assertEquals("{\"changes\":[{\"op\":\"set\",\"fields\":{\"returned\":true,\"returned_on\":\"2026-03-10\",\"status\":\"Back\","
                + "\"reason\":\"it's \\\"fine\\\"\\n}); evil();\"}}],\"notifications\":[]}", v);
    }

    @Test
    void identifiers_come_only_from_fields_of_the_right_type() {
        assertThrows(IllegalArgumentException.class,
                () -> SHAPES.compareDates(LOAN, "x", "due_date); evil(", Comparison.AFTER, "loan_date", "m"));
        assertThrows(IllegalArgumentException.class, () -> SHAPES.compareDates(LOAN, "x", "reason", Comparison.AFTER, "loan_date", "m"));
        assertThrows(IllegalArgumentException.class, () -> SHAPES.range(LOAN, "x", "copies", "1; evil()", "5", "m"));
    }
}
