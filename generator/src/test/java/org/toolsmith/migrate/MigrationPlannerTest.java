package org.toolsmith.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;
import org.toolsmith.templates.Templates;

class MigrationPlannerTest {
    private final MigrationPlanner planner = new MigrationPlanner();

    private static AppSpec spec(Field... fields) {
        return new AppSpec(1, "Loans", null, List.of(Entity.of("loan", "Loan", "Loans", List.of(fields))));
    }

    private static Field notes() {
        return Field.of("notes", "Notes", FieldType.LONG_TEXT);
    }

    private MigrationPlan plan(AppSpec from, AppSpec to, List<Rename> renames, Map<String, String> decisions) {
        return planner.plan(from, to, renames, decisions, 7, 2, Set.of());
    }

    private static List<String> words(MigrationPlan plan) {
        return plan.changes().stream().map(Change::words).toList();
    }

    @Test
    void a_changed_label_with_the_same_key_is_a_label_change_that_keeps_the_column() {
        MigrationPlan p = plan(spec(notes()), spec(notes().withLabel("Remarks")), List.of(), Map.of());
        assertEquals(List.of("calls *Notes* *Remarks* now, in Loan"), words(p));
        assertEquals("src.\"notes\"", p.copies().get(0).expressions().get(1));
        assertTrue(p.archives().isEmpty());
    }

    @Test
    void a_changed_key_without_a_rename_is_a_removal_and_an_addition_and_with_one_keeps_the_values() {
        AppSpec to = spec(notes().withKey("remarks").withLabel("Remarks"));
        MigrationPlan without = plan(spec(notes()), to, List.of(), Map.of());
        assertEquals(List.of("adds *Remarks* (a longer text) to Loan", "removes *Notes* from Loan"), words(without));
        assertEquals(List.of(new MigrationPlan.Archive("loan", "notes", false)), without.archives());

        MigrationPlan with = plan(spec(notes()), to, List.of(Rename.field("loan", "notes", "remarks")), Map.of());
        assertEquals(List.of("renames *Notes* to *Remarks* in Loan; its values are kept"), words(with));
        assertEquals("src.\"notes\"", with.copies().get(0).expressions().get(1));
        assertEquals("\"remarks\"", with.copies().get(0).columns().get(1));
    }

    @Test
    void a_new_required_field_asks_for_a_fill_value_unless_one_is_given() {
        Field due = Field.of("due_on", "Due on", FieldType.DATE).withRequired(true);
        MigrationPlan asks = plan(spec(notes()), spec(notes(), due), List.of(), Map.of());
        assertEquals(1, asks.checks().size());
        assertTrue(asks.checks().get(0).fillable() && !asks.checks().get(0).clearable());
        MigrationPlan filled = plan(spec(notes()), spec(notes(), due), List.of(), Map.of("loan.due_on", "fill:2026-01-31"));
        assertTrue(filled.checks().isEmpty());
        assertEquals("CAST('2026-01-31' AS DATE)", filled.copies().get(0).expressions().get(2));
    }

    @Test
    void a_type_change_converts_and_the_dry_run_finds_what_would_not() {
        Field qty = Field.of("qty", "Quantity", FieldType.TEXT);
        MigrationPlan p = plan(spec(qty), spec(qty.withType(FieldType.INTEGER)), List.of(), Map.of());
        DataCheck check = p.checks().get(0);
        assertEquals("loan.qty", check.key());
        assertTrue(check.condition().contains("NOT (REGEXP_LIKE(TRIM(src.\"qty\"), '^-?[0-9]{1,18}$'))"), check.condition());
        assertEquals("CAST(TRIM(src.\"qty\") AS BIGINT)", p.copies().get(0).expressions().get(1));
        MigrationPlan cleared = plan(spec(qty), spec(qty.withType(FieldType.INTEGER)), List.of(), Map.of("loan.qty", "clear"));
        assertTrue(cleared.copies().get(0).expressions().get(1).startsWith("CASE WHEN REGEXP_LIKE"));
    }

    @Test
    void a_link_cannot_become_a_date_and_says_what_to_do_instead() {
        AppSpec from = new AppSpec(1, "A", null, List.of(Entity.of("a", "A", "As", List.of(Field.of("t", "T", FieldType.TEXT))),
                Entity.of("b", "B", "Bs", List.of(Field.of("a", "The A", FieldType.REFERENCE).withTarget("a")))));
        AppSpec to = from.mapEntity("b", e -> e.mapField("a", f -> f.withType(FieldType.DATE)));
        MigrationPlan p = plan(from, to, List.of(), Map.of());
        assertEquals(1, p.blockers().size());
        assertTrue(p.blockers().get(0).contains("add a new field and remove this one"), p.blockers().get(0));
    }

    @Test
    void removing_a_choice_lists_the_records_that_use_it() {
        Field status = Field.of("status", "Status", FieldType.CHOICE).withOptions(List.of("Open", "It's lost"));
        MigrationPlan p = plan(spec(status), spec(status.withOptions(List.of("Open"))), List.of(), Map.of());
        assertEquals("src.\"status\" IN ('It''s lost')", p.checks().get(0).condition());
        assertTrue(p.checks().get(0).clearable());
        assertEquals(Change.Risk.HIGH, p.changes().get(0).risk());
    }

    @Test
    void the_script_builds_beside_the_live_schema_in_four_steps_and_archives_removed_values() {
        MigrationPlan p = plan(spec(notes(), Field.of("code", "Code", FieldType.TEXT)), spec(notes()), List.of(), Map.of());
        String sql = new MigrationSql(new Templates()).render(p, "APP_7", "APP_7_V2");
        assertTrue(MigrationSql.step(sql, "create").startsWith("CREATE SCHEMA \"APP_7_V2\";"), sql);
        assertTrue(MigrationSql.step(sql, "copy").contains("INSERT INTO \"APP_7_V2\".\"loan\" (\"id\", \"notes\", \"created_at\""), sql);
        assertTrue(MigrationSql.step(sql, "copy").contains("FROM \"APP_7\".\"loan\" src;"), sql);
        assertTrue(MigrationSql.step(sql, "finish").contains("CREATE INDEX \"ix_loan__created_at\""), sql);
        assertTrue(MigrationSql.step(sql, "archive").contains("SELECT 7, 2, 'loan', 'code', \"id\", CAST(\"code\" AS"), sql);
        assertFalse(MigrationSql.step(sql, "create").contains("\"APP_7\"."), "the live schema is only read");
    }

    @Test
    void renames_compose_across_saves_and_invert_for_a_restore() {
        List<Rename> composed = Rename.compose(List.of(Rename.field("loan", "notes", "remarks")),
                List.of(Rename.field("borrowing", "remarks", "comments"), Rename.entity("loan", "borrowing")));
        assertEquals(List.of(Rename.field("borrowing", "notes", "comments"), Rename.entity("loan", "borrowing")), composed);
        assertEquals(List.of(Rename.field("loan", "comments", "notes"), Rename.entity("borrowing", "loan")), Rename.invert(composed));
        assertEquals(List.of(), Rename.compose(List.of(Rename.field("loan", "a", "b")), List.of(Rename.field("loan", "b", "a"))));
    }
}
