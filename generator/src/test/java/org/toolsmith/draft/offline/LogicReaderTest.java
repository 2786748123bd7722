package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.draft.Refinement;
import org.toolsmith.spec.Action;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Automation;
import org.toolsmith.spec.Computed;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;
import org.toolsmith.spec.Rule;
import org.toolsmith.spec.SpecJson;
import org.toolsmith.spec.SpecValidator;

class LogicReaderTest {
    static final AppSpec LIBRARY = new AppSpec(1, "Library", null, List.of(
            Entity.of("loan", "Loan", "Loans", List.of(
                    Field.of("borrower", "Borrower", FieldType.PERSON),
                    Field.of("loan_date", "Loan date", FieldType.DATE),
                    Field.of("due_date", "Due date", FieldType.DATE),
                    Field.of("returned", "Returned", FieldType.BOOLEAN),
                    Field.of("returned_on", "Returned on", FieldType.DATE),
                    Field.of("copies", "Copies", FieldType.INTEGER),
                    Field.of("reason", "Reason", FieldType.TEXT),
                    Field.of("status", "Status", FieldType.CHOICE).withOptions(List.of("Out", "Back", "Lost")),
                    Field.of("approved_on", "Approved on", FieldType.DATE)))));

    private final LogicReader reader = new LogicReader();

    private AppSpec read(String request) {
        LogicReader.Found found = reader.read(LIBRARY, request);
        assertTrue(found.any(), "understood nothing in: " + request);
        assertEquals(List.of(), new SpecValidator().validate(new SpecJson().toTree(found.spec())));
        return found.spec();
    }

    @Test
    void the_due_date_must_be_after_the_loan_date_becomes_a_date_rule() {
        Rule r = read("The due date must be after the loan date.").rules().get(0);
        assertEquals("compare_dates", r.template());
        assertEquals("due_date", r.field());
        assertEquals("The due date must be after the loan date.", r.message());
        assertTrue(r.script().contains("days(record.loan_date, record.due_date) > 0"), r.script());
    }

    @Test
    void show_how_many_days_a_loan_is_overdue_becomes_a_computed_column() {
        Computed c = read("Show how many days a loan is overdue").computed().get(0);
        assertEquals("days_overdue", c.key());
        assertEquals(FieldType.INTEGER, c.type());
        assertTrue(c.script().contains("record.due_date") && c.script().contains("record.returned"), c.script());
    }

    @Test
    void a_mark_returned_button_sets_returned_and_returned_on() {
        Action a = read("Add a Mark returned button").actions().get(0);
        assertEquals("Mark returned", a.label());
        assertTrue(a.script().contains("returned: true") && a.script().contains("returned_on: today()"), a.script());
    }

    @Test
    void remind_the_borrower_two_days_before_the_due_date_becomes_a_daily_reminder() {
        Automation a = read("Remind the borrower two days before the due date").automations().get(0);
        assertEquals("schedule", a.on());
        assertEquals(new Automation.Schedule("day", "08:00"), a.schedule());
        assertTrue(a.script().contains("days(today(), record.due_date) === 2") && a.script().contains("record.borrower"), a.script());
    }

    @Test
    void required_if_numbers_ranges_and_stamps() {
        AppSpec spec = read("The reason is required when the status is lost. Copies must be at least 1. "
                + "Copies must be between 1 and 5. When the status becomes Approved, set approved on to today");
        assertEquals(List.of("required_if", "compare_numbers", "range"), spec.rules().stream().map(Rule::template).toList());
        assertTrue(spec.rules().get(0).script().contains("\"Lost\""), spec.rules().get(0).script());
        assertEquals(List.of(), spec.automations(), "Approved is not a status choice");
        AppSpec stamped = reader.read(LIBRARY, "When the status becomes Back, fill in approved on").spec();
        assertEquals("stamp", stamped.automations().get(0).template());
        assertEquals("Back", stamped.automations().get(0).value());
    }

    @Test
    void status_transitions_become_a_rule() {
        Rule r = read("The status can only go from Out to Back or Lost").rules().get(0);
        assertEquals("status_transition", r.template());
        assertTrue(r.script().contains("{\"Out\": [\"Back\", \"Lost\"]}"), r.script());
    }

    @Test
    void totals_and_counts_over_linked_records_become_computed_columns() {
        AppSpec orders = new AppSpec(1, "Orders", null, List.of(
                Entity.of("order_form", "Order", "Orders", List.of(Field.of("number", "Number", FieldType.TEXT))),
                Entity.of("line_item", "Line item", "Line items", List.of(
                        Field.of("order_form", "Order", FieldType.REFERENCE).withTarget("order_form"),
                        Field.of("amount", "Amount", FieldType.MONEY)))));
        LogicReader.Found total = reader.read(orders, "Show the total amount of the line items on each order");
        assertTrue(total.any());
        Computed c = total.spec().computed().get(0);
        assertEquals("order_form", c.entity());
        assertEquals("Total amount", c.label());
        assertEquals(FieldType.MONEY, c.type());
        Computed n = reader.read(orders, "show how many line items each order has").spec().computed().get(0);
        assertEquals("Number of line items", n.label());
        assertEquals(List.of(), new SpecValidator().validate(new SpecJson().toTree(total.spec())));
    }

    @Test
    void sentences_about_fields_that_do_not_exist_are_left_alone() {
        assertFalse(reader.read(LIBRARY, "The end date must be after the start date").any());
        assertFalse(reader.read(LIBRARY, "Track laptops with a serial number").any());
    }

    @Test
    void the_refiner_adds_logic_from_a_chat_message() {
        Refinement r = new OfflineRefiner().refine(LIBRARY, "the due date must be after the loan date");
        assertEquals(1, r.spec().rules().size());
        assertTrue(r.changes().get(0).startsWith("Added a rule"), r.changes().toString());
    }
}
