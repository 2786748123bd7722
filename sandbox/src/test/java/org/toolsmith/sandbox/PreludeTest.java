package org.toolsmith.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The helpers every script sees: dates (from the caller's clock) and the result builder. */
class PreludeTest {
    private static final String NOW = "2026-03-10T23:30:00+01:00";
    private static ScriptRunner runner;

    @BeforeAll
    static void start() {
        runner = new ScriptRunner();
    }

    @AfterAll
    static void stop() {
        runner.close();
    }

    private static ScriptResult run(String script) {
        return runner.run(script, ScriptKind.ACTION, "{\"due\":\"2026-03-01\",\"empty\":null}", "{}", NOW,
                1_000_000, 100_000);
    }

    private static String value(String script) {
        ScriptResult result = run(script);
        assertTrue(result.ok(), result::toString);
        return result.valueJson();
    }

    private static ScriptResult failure(String script) {
        ScriptResult result = run(script);
        assertEquals(ScriptError.SCRIPT, result.error(), result::toString);
        return result;
    }

    @Test
    void today_is_the_date_of_the_given_time_in_its_own_zone() {
        assertEquals("\"2026-03-10\"", value("return today();"));
        assertEquals("\"" + NOW + "\"", value("return now();"));
    }

    @ParameterizedTest
    @CsvSource({
        "2026-03-01, 2026-03-10, 9",
        "2026-03-10, 2026-03-01, -9",
        "2024-02-28, 2024-03-01, 2",
        "2025-02-28, 2025-03-01, 1",
        "2026-03-28, 2026-03-30, 2",
        "2025-12-31, 2026-01-01, 1",
        "2026-03-01T23:59:00+02:00, 2026-03-02T00:01:00Z, 1"})
    void days_counts_whole_days_from_a_to_b(String a, String b, int expected) {
        assertEquals(Integer.toString(expected), value("return days('" + a + "', '" + b + "');"));
    }

    @Test
    void days_with_an_empty_date_is_null() {
        assertEquals("[null,null,null]", value("return [days(record.empty, today()), days(today(), ''), "
                + "days(undefined, today())];"));
    }

    @Test
    void a_date_that_is_not_one_fails_with_a_message_and_the_line() {
        ScriptResult result = failure("let x = 1;\nreturn days('31/01/2026', today());");
        assertEquals(2, result.line());
        assertTrue(result.message().contains("must be a date like \"2026-01-31\""), result.message());
        assertTrue(failure("return days('2026-02-30', today());").message().contains("not a real date"));
        assertTrue(failure("return days(20260101, today());").message().contains("20260101"));
    }

    @Test
    void add_days_moves_across_months_and_years() {
        assertEquals("[\"2026-03-03\",\"2026-02-22\",\"2027-01-01\",null]", value(
                "return [addDays(record.due, 2), addDays(record.due, -7), addDays('2026-12-31', 1), addDays(null, 1)];"));
        assertTrue(failure("return addDays(today(), 1.5);").message().contains("whole number"));
    }

    @Test
    void add_months_keeps_the_day_or_takes_the_last_of_the_month() {
        assertEquals("[\"2026-02-28\",\"2024-02-29\",\"2027-01-15\",\"2025-12-31\"]", value(
                "return [addMonths('2026-01-31', 1), addMonths('2024-01-31', 1), addMonths('2026-12-15', 1), "
                        + "addMonths('2026-03-31', -3)];"));
    }

    @Test
    void weekday_counts_from_monday_and_weekends_are_saturday_and_sunday() {
        assertEquals("[1,4,7,true,false,null]", value("return [weekday('2026-01-05'), weekday('2026-01-01'), "
                + "weekday('2026-01-04'), isWeekend('2026-01-03'), isWeekend('2026-01-05'), weekday('')];"));
    }

    @Test
    void to_date_keeps_the_date_part_and_checks_it() {
        assertEquals("[\"2026-01-31\",null]", value("return [toDate('2026-01-31T10:00:00Z'), toDate(null)];"));
        failure("return toDate('tomorrow');");
    }

    @Test
    void an_empty_result_has_no_changes_and_no_notifications() {
        assertEquals("{\"changes\":[],\"notifications\":[]}", value("return result();"));
    }

    @Test
    void the_result_builder_chains_changes_and_notifications_as_plain_objects() {
        assertEquals("{\"changes\":[{\"op\":\"set\",\"fields\":{\"returned\":true,\"returned_on\":\"2026-03-10\"}},"
                + "{\"op\":\"update\",\"entity\":\"book\",\"id\":4,\"fields\":{\"available\":true}},"
                + "{\"op\":\"create\",\"entity\":\"event\",\"fields\":{\"text\":\"returned\"}}],"
                + "\"notifications\":[{\"to\":\"ada@example.com\",\"message\":\"Thanks\",\"channel\":\"email\","
                + "\"subject\":\"Dune\"},{\"to\":\"12\",\"message\":\"Back\",\"channel\":\"app\"}]}",
                value("""
                        return result()
                          .set({returned: true, returned_on: today()})
                          .update('book', 4, {available: true})
                          .create('event', {text: 'returned'})
                          .notify('ada@example.com', 'Thanks', {channel: 'email', subject: 'Dune'})
                          .notify(12, 'Back');
                        """));
    }

    @Test
    void the_result_builder_copies_fields_so_later_changes_do_not_leak_in() {
        assertEquals("{\"a\":1}", value("const f = {a: 1};\nconst r = result().set(f);\nf.a = 2;\n"
                + "return r.changes[0].fields;"));
    }

    @Test
    void the_result_builder_refuses_malformed_changes_with_a_message_and_the_line() {
        ScriptResult noFields = failure("const r = result();\nreturn r.set('returned');");
        assertTrue(noFields.message().contains("set(fields): fields must be an object"), noFields.message());
        assertEquals(2, noFields.line());
        assertTrue(failure("return result().update('book', null, {a: 1});").message().contains("record id"));
        assertTrue(failure("return result().create('', {a: 1});").message().contains("entity must be a non-empty"));
        assertTrue(failure("return result().notify('ada', '');").message().contains("message must be"));
        assertTrue(failure("return result().notify('ada', 'hi', {channel: 'sms'});").message()
                .contains("channel must be"));
    }

    @Test
    void the_context_is_read_only_too() {
        ScriptResult result = runner.run("ctx.user = 'root';\nreturn ctx.user;", ScriptKind.ACTION, "{}",
                "{\"user\":\"ada\"}", NOW, 1_000_000, 100_000);
        assertEquals(ScriptError.SCRIPT, result.error());
        assertEquals(1, result.line());
    }

    @Test
    void a_value_that_is_not_json_is_refused_as_a_result_error() {
        assertEquals(ScriptError.RESULT, run("return 1n;").error());
        assertEquals("null", value("return () => 1;"));
        assertEquals("{}", value("return {f() { return 1; }};"));
    }
}
