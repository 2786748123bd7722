package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AccessRule;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;
import org.toolsmith.spec.SpecJson;
import org.toolsmith.spec.SpecValidator;

class AccessReaderTest {
    static final AppSpec DESK = new AppSpec(1, "Desk", null, List.of(
            Entity.of("leave_request", "Leave request", "Leave requests", List.of(
                    Field.of("reason", "Reason", FieldType.TEXT), Field.of("days", "Days", FieldType.INTEGER))),
            Entity.of("employee", "Employee", "Employees", List.of(
                    Field.of("name", "Name", FieldType.TEXT), Field.of("salary", "Salary", FieldType.MONEY))),
            Entity.of("expense", "Expense", "Expenses", List.of(Field.of("amount", "Amount", FieldType.MONEY))),
            Entity.of("ticket", "Ticket", "Tickets", List.of(
                    Field.of("subject", "Subject", FieldType.TEXT), Field.of("assignee", "Assignee", FieldType.PERSON)))));

    private final AccessReader reader = new AccessReader();

    private List<AccessRule> read(String request) {
        AccessReader.Split split = reader.split(request);
        AppSpec spec = reader.apply(DESK, split.sentences());
        assertEquals(List.of(), new SpecValidator().validate(new SpecJson().toTree(spec)));
        return spec.access();
    }

    @Test
    void own_requests_and_managers_see_all_become_one_row_rule() {
        List<AccessRule> rules = read("Each employee sees only their own requests; managers see all.");
        assertEquals(1, rules.size(), rules.toString());
        AccessRule r = rules.get(0);
        assertEquals("leave_request", r.entity());
        assertEquals("own", r.rows());
        assertEquals("created_by", r.ownerColumn());
        assertEquals(List.of("Managers"), r.seeAll());
        assertEquals("Each employee sees only their own requests; managers see all", r.because());
    }

    @Test
    void a_group_that_sees_all_after_a_comma_joins_the_row_rule() {
        AccessRule r = read("Staff should only view the requests they submitted, team leads can see all of them.").get(0);
        assertEquals("own", r.rows());
        assertEquals(List.of("Team leads"), r.seeAll());
        AccessRule de = read("Jeder Mitarbeiter sieht nur seine eigenen Tickets, die Teamleiter sehen alle.").get(0);
        assertEquals(List.of("Teamleiter"), de.seeAll());
    }

    @Test
    void only_hr_can_see_the_salary_field_becomes_a_field_rule() {
        AccessRule r = read("Only HR can see the salary field.").get(0);
        assertEquals("employee", r.entity());
        assertEquals("salary", r.field());
        assertEquals(List.of("HR"), r.visibleTo());
    }

    @Test
    void staff_can_only_see_expenses_they_submitted() {
        AccessRule r = read("Staff can only see expenses they submitted.").get(0);
        assertEquals("expense", r.entity());
        assertEquals("created_by", r.ownerColumn());
    }

    @Test
    void the_assignee_sees_their_tickets_is_owned_through_the_person_field() {
        AccessRule r = read("The assignee sees their tickets.").get(0);
        assertEquals("ticket", r.entity());
        assertEquals("assignee", r.ownerColumn());
    }

    @Test
    void see_all_in_a_sentence_of_its_own_joins_the_rule_before() {
        AccessRule r = read("People can only view the expenses they submitted. Finance and the HR team can see all expenses.").get(0);
        assertEquals(List.of("Finance", "HR"), r.seeAll());
    }

    @Test
    void french_spanish_and_german_field_rules() {
        assertEquals("salary", read("Seuls les RH peuvent voir le salary.").get(0).field());
        assertEquals(List.of("RH"), read("Seuls les RH peuvent voir le salary.").get(0).visibleTo());
        assertEquals("salary", read("Solo los RRHH pueden ver el salary.").get(0).field());
        assertEquals("salary", read("Nur die Personalabteilung darf das Salary sehen.").get(0).field());
    }

    @Test
    void french_and_spanish_own_rows_with_groups_that_see_all() {
        AccessRule fr = read("Chaque employé ne voit que ses propres expenses ; les managers voient tout.").get(0);
        assertEquals("expense", fr.entity());
        assertEquals(List.of("Managers"), fr.seeAll());
        AccessRule es = read("Cada empleado solo ve sus propios tickets.").get(0);
        assertEquals("ticket", es.entity());
        AppSpec conges = new AppSpec(1, "Congés", null, List.of(Entity.of("demande_de_conge", "Demande de congé", "Demandes de congé",
                List.of(Field.of("motif", "Motif", FieldType.TEXT)))));
        AccessReader.Split split = reader.split("Chaque employé ne voit que ses propres demandes ; les RH voient tout.");
        AccessRule head = reader.apply(conges, split.sentences()).access().get(0);
        assertEquals("demande_de_conge", head.entity());
        assertEquals(List.of("RH"), head.seeAll());
    }

    @Test
    void everyone_is_not_a_group() {
        assertEquals(List.of(), read("Staff can only see expenses they submitted. Everyone can see all expenses.").get(0).seeAll());
        assertEquals(List.of(), read("Only everyone can see the salary."));
    }

    @Test
    void access_sentences_are_taken_out_of_the_request_and_others_stay() {
        AccessReader.Split split = reader.split("Track leave requests with a reason and days.\nEach employee sees only their own requests; managers see all.");
        assertEquals(1, split.sentences().size());
        assertEquals("Track leave requests with a reason and days.", split.rest().strip());
        assertFalse(reader.split("Each request has a title, a date, their manager and a status.").sentences().size() > 0);
        assertTrue(reader.split("Loans: laptop, borrower, due date").sentences().isEmpty());
    }

    @Test
    void hiding_the_title_field_gives_the_kind_another_title() {
        AppSpec spec = reader.apply(DESK, reader.split("Only HR can see the name.").sentences());
        assertEquals("name", spec.access().get(0).field());
        assertEquals("salary", spec.entity("employee").orElseThrow().titleField().orElseThrow().key());
        assertEquals(List.of(), new SpecValidator().validate(new SpecJson().toTree(spec)));
    }

    @Test
    void each_person_owns_what_they_added_even_when_a_person_field_has_the_same_name() {
        AppSpec spec = new AppSpec(1, "Leave", null, List.of(Entity.of("leave", "Leave", "Leaves", List.of(
                Field.of("reason", "Reason", FieldType.TEXT), Field.of("employee", "Employee", FieldType.PERSON)))));
        AccessReader.Split split = reader.split("Each employee sees only their own requests.");
        assertEquals("created_by", reader.apply(spec, split.sentences()).access().get(0).ownerColumn());
        AccessReader.Split the = reader.split("The employee sees their leaves.");
        assertEquals("employee", reader.apply(spec, the.sentences()).access().get(0).ownerColumn());
    }

    @Test
    void a_sentence_naming_no_field_or_kind_adds_nothing() {
        assertEquals(List.of(), read("Only HR can see the shoe size."));
    }
}
