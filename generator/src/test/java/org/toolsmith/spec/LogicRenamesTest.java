package org.toolsmith.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Logic follows the keys the normalizer renames, and validation names a script's field that is gone. */
class LogicRenamesTest {
    private final SpecJson json = new SpecJson();
    private final SpecNormalizer normalizer = new SpecNormalizer();
    private final SpecValidator validator = new SpecValidator();

    /** As an AI service might write it: camelCase keys and a capitalised record kind key. */
    private static final String CAMEL = """
            {"spec": 1, "name": "Library", "entities": [
              {"key": "Book", "name": "Book", "plural": "Books", "fields": [{"key": "title", "label": "Title", "type": "text"},
                {"key": "pageCount", "label": "Page count", "type": "integer"}]},
              {"key": "Loan", "name": "Loan", "plural": "Loans", "fields": [
                {"key": "borrower", "label": "Borrower", "type": "text"},
                {"key": "book", "label": "Book", "type": "reference", "target": "Book"},
                {"key": "loanDate", "label": "Loan date", "type": "date"},
                {"key": "dueDate", "label": "Due date", "type": "date"},
                {"key": "Returned", "label": "Returned", "type": "boolean"}]}],
             "rules": [{"key": "due_after_loan", "entity": "Loan", "name": "Due after loan", "field": "dueDate",
                        "script": "if (record.loanDate == null || record['dueDate'] == null) return true;\\nreturn days(record.loanDate, record.dueDate) > 0;",
                        "message": "The due date must be after the loan date."}],
             "computed": [{"key": "loans", "entity": "Book", "label": "Loans", "type": "integer",
                           "script": "return (record._related.Loan || []).filter(l => !l.Returned).length;"}],
             "actions": [{"key": "mark_returned", "entity": "Loan", "label": "Mark returned",
                          "script": "return result().set({Returned: true, 'dueDate': null}).update('Book', record.book, {pageCount: 1});"}],
             "automations": [{"key": "stamp", "entity": "Loan", "name": "Stamp", "on": "update", "field": "Returned", "value": "true",
                              "script": "if (ctx.before.Returned) return null; return result().set({loanDate: today()});"}]}
            """;

    @Test
    void renamed_record_kinds_and_fields_are_followed_into_every_kind_of_logic() {
        AppSpec spec = normalizer.normalize(json.fromTree(json.tree(CAMEL)));
        assertEquals(List.of("book", "loan"), spec.entities().stream().map(Entity::key).toList());
        assertEquals(List.of("borrower", "book", "loan_date", "due_date", "returned"),
                spec.entity("loan").orElseThrow().fields().stream().map(Field::key).toList());

        Rule rule = spec.rules().get(0);
        assertEquals("loan", rule.entity());
        assertEquals("due_date", rule.field());
        assertEquals("if (record.loan_date == null || record['due_date'] == null) return true;\n"
                + "return days(record.loan_date, record.due_date) > 0;", rule.script());
        Computed loans = spec.computed().get(0);
        assertEquals("book", loans.entity());
        assertEquals("return (record._related.loan || []).filter(l => !l.returned).length;", loans.script());
        assertEquals("return result().set({returned: true, 'due_date': null}).update('book', record.book, {page_count: 1});",
                spec.actions().get(0).script());
        Automation stamp = spec.automations().get(0);
        assertEquals("returned", stamp.field());
        assertEquals("if (ctx.before.returned) return null; return result().set({loan_date: today()});", stamp.script());
        assertEquals(List.of(), validator.validate(json.toTree(spec)));
        assertEquals(json.toTree(spec), json.toTree(normalizer.normalize(spec)), "normalizing twice changes nothing");
    }

    @Test
    void a_repeated_key_keeps_the_logic_on_the_field_that_kept_it() {
        AppSpec spec = normalizer.normalize(json.fromTree(json.tree("""
                {"spec": 1, "name": "Tasks", "entities": [{"key": "task", "name": "Task", "plural": "Tasks", "fields": [
                  {"key": "due", "label": "Due", "type": "date"}, {"key": "due", "label": "Due again", "type": "date"}]}],
                 "rules": [{"key": "r", "entity": "task", "name": "R", "field": "due", "message": "m",
                            "script": "return record.due != null;"}]}""")));
        assertEquals(List.of("due", "due_2"), spec.entities().get(0).fields().stream().map(Field::key).toList());
        assertEquals("due", spec.rules().get(0).field());
        assertEquals("return record.due != null;", spec.rules().get(0).script());
    }

    @Test
    void validation_names_a_field_a_script_reads_that_the_record_kind_does_not_have() {
        List<Problem> problems = validator.validate(json.tree("""
                {"spec": 1, "name": "Tasks", "entities": [{"key": "task", "name": "Task", "plural": "Tasks", "fields": [
                  {"key": "title", "label": "Title", "type": "text"}, {"key": "deadline", "label": "Deadline", "type": "date"}]}],
                 "rules": [{"key": "r", "entity": "task", "name": "R", "message": "m",
                            "script": "if (!record.title) return true;\\nreturn record._before == null || record._before.due_date != null;"}],
                 "actions": [{"key": "a", "entity": "task", "label": "A", "script": "return record.id > 0 && record.created_at && record.hasOwnProperty('x');"}]}"""));
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.get(0);
        assertEquals("$.rules[0].script", p.path());
        assertTrue(p.message().contains("reads record.due_date (line 2)") && p.message().contains("Was it renamed or removed?")
                && p.message().contains("deadline, title"), p.message());
    }
}
