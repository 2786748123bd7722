package org.toolsmith.runtime.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.toolsmith.migrate.MigrationPlan;
import org.toolsmith.migrate.MigrationPlanner;
import org.toolsmith.migrate.MigrationSql;
import org.toolsmith.migrate.Rename;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.apps.AppRegistry;
import org.toolsmith.runtime.system.Database;
import org.toolsmith.runtime.system.RequestException;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;
import org.toolsmith.spec.SpecJson;
import org.toolsmith.templates.Templates;

/** Publishing versions of an app that holds records: every kind of change, checked value by value. */
class LifecycleMigrationTest {
    private final Database db = Database.inMemory("lifecycle_" + System.nanoTime());
    private final Templates templates = new Templates();
    private final AppRegistry apps = new AppRegistry(db, new SpecJson(), templates);
    private final AuditLog audit = new AuditLog(db);
    private final Lifecycle lifecycle = new Lifecycle(db, apps, new SpecJson(), templates, audit, new Policies(db));

    @AfterEach
    void close() {
        db.close();
    }

    static AppSpec v1() {
        return new AppSpec(1, "Loans", null, List.of(Entity.of("loan", "Loan", "Loans", List.of(
                Field.of("title", "Title", FieldType.TEXT).withRequired(true),
                Field.of("notes", "Notes", FieldType.LONG_TEXT),
                Field.of("qty", "Quantity", FieldType.TEXT),
                Field.of("status", "Status", FieldType.CHOICE).withOptions(List.of("Open", "Closed", "Lost")),
                Field.of("price", "Price", FieldType.DECIMAL),
                Field.of("tags", "Tags", FieldType.MULTI_CHOICE).withOptions(List.of("a", "b", "c")),
                Field.of("code", "Code", FieldType.TEXT)))));
    }

    static AppSpec v2() {
        return new AppSpec(1, "Loans", null, List.of(Entity.of("loan", "Loan", "Loans", List.of(
                Field.of("title", "Book title", FieldType.TEXT).withRequired(true),
                Field.of("remarks", "Remarks", FieldType.LONG_TEXT),
                Field.of("qty", "Quantity", FieldType.INTEGER),
                Field.of("status", "Status", FieldType.CHOICE).withOptions(List.of("Open", "Closed")),
                Field.of("price", "Price", FieldType.MONEY),
                Field.of("tags", "Tags", FieldType.MULTI_CHOICE).withOptions(List.of("a", "b")),
                Field.of("due_on", "Due on", FieldType.DATE).withRequired(true)))));
    }

    private App loaded() {
        App app = apps.create(v1(), "bea");
        lifecycle.setOwner(app, "Bea", "bea");
        sql("INSERT INTO " + table(app) + " (\"title\", \"notes\", \"qty\", \"status\", \"price\", \"tags\", \"code\") VALUES "
                + "('A', 'n1', '3', 'Open', 2.50, '[\"a\",\"b\"]', 'X1'), "
                + "('B', NULL, 'many', 'Lost', 3.333, '[\"b\",\"c\"]', 'X2'), "
                + "('C', 'n3', ' 7 ', 'Closed', NULL, '[\"c\"]', 'X1')");
        return published(app);
    }

    /** Version 1 through review: a new app is a draft that only its builder uses until IT approves it. */
    private App published(App app) {
        lifecycle.submit(apps.get(app.slug()), "first version", "bea");
        lifecycle.approve(apps.get(app.slug()), null, "rex");
        return apps.get(app.slug());
    }

    @Test
    void publishing_a_version_converts_renames_archives_and_fills_value_by_value() {
        App app = loaded();
        lifecycle.saveDraft(app, v2(), List.of(Rename.field("loan", "notes", "remarks")), Map.of(), "bea");
        RequestException undecided = assertThrows(RequestException.class, () -> lifecycle.submit(apps.get(app.slug()), "why", "bea"));
        assertEquals(422, undecided.status());
        String all = String.join("\n", undecided.fields().stream().map(RequestException.FieldError::message).toList());
        assertTrue(all.contains("1 record: These values of \"Quantity\" would not convert") && all.contains("#2: many"), all);
        assertTrue(all.contains("3 records: \"Due on\" is required"), all);
        assertTrue(all.contains("still use a choice of \"Status\"") && all.contains("#2: Lost"), all);
        assertTrue(all.contains("still use a choice of \"Tags\""), all);

        lifecycle.saveDraft(apps.get(app.slug()), v2(), List.of(), Map.of("loan.qty", "clear", "loan.status", "clear",
                "loan.price", "clear", "loan.tags", "clear", "loan.due_on", "fill:2026-01-31"), "bea");
        lifecycle.submit(apps.get(app.slug()), "Loans need a due date", "bea");
        Review review = lifecycle.review(apps.get(app.slug()));
        assertTrue(review.changes().contains("Removes *Code* from Loan, which holds 3 values"), review.changes().toString());
        assertTrue(review.changes().contains("Renames *Notes* to *Remarks* in Loan; its values are kept"), review.changes().toString());
        assertTrue(review.changes().contains("Adds *Due on* (a date, required) to Loan"), review.changes().toString());
        assertTrue(review.risks().stream().anyMatch(r -> r.level().equals("high") && r.message().startsWith("Removes *Code*")));
        assertTrue(review.migration().contains("INSERT INTO \"APP_1_V2\".\"loan\""), review.migration());

        lifecycle.approve(apps.get(app.slug()), "fine", "rex");
        App live = apps.get(app.slug());
        assertEquals(2, live.version());
        assertEquals("APP_1_V2", live.schema());
        List<Map<String, Object>> rows = rows(live, "\"id\", \"title\", \"remarks\", \"qty\", \"status\", \"price\", \"tags\", \"due_on\"");
        assertEquals(3, rows.size());
        assertEquals(List.of(1L, "A", "n1", 3L, "Open", new BigDecimal("2.50"), "[\"a\",\"b\"]", LocalDate.parse("2026-01-31")),
                new ArrayList<>(rows.get(0).values()));
        assertEquals(Arrays.asList(2L, "B", null, null, null, null, "[\"b\"]", LocalDate.parse("2026-01-31")),
                new ArrayList<>(rows.get(1).values()));
        assertEquals(Arrays.asList(3L, "C", "n3", 7L, "Closed", null, null, LocalDate.parse("2026-01-31")),
                new ArrayList<>(rows.get(2).values()));
        assertFalse(schemaExists("APP_1"), "the old schema is dropped after success");
        assertEquals(3L, count("SELECT COUNT(*) FROM TOOLSMITH.FIELD_ARCHIVE WHERE FIELD_KEY = 'code'"));
        sql("INSERT INTO " + table(live) + " (\"title\", \"due_on\") VALUES ('D', DATE '2026-02-01')");
        assertEquals(4L, count("SELECT MAX(\"id\") FROM " + table(live)), "new records continue after the copied ids");

        // Restoring version 1 brings back Code from the archive and Notes by undoing the rename.
        lifecycle.restore(live, 1, "bea");
        lifecycle.saveDraft(apps.get(app.slug()), lifecycle.open(live).orElseThrow().spec(), List.of(),
                Map.of("loan.status", "clear"), "bea");
        lifecycle.submit(apps.get(app.slug()), "back", "bea");
        lifecycle.approve(apps.get(app.slug()), null, "rex");
        App back = apps.get(app.slug());
        assertEquals(3, back.version());
        List<Map<String, Object>> restored = rows(back, "\"id\", \"code\", \"notes\", \"qty\"");
        assertEquals(Arrays.asList(1L, "X1", "n1", "3"), new ArrayList<>(restored.get(0).values()));
        assertEquals(Arrays.asList(2L, "X2", null, null), new ArrayList<>(restored.get(1).values()));
        assertEquals(Arrays.asList(3L, "X1", "n3", "7"), new ArrayList<>(restored.get(2).values()));
        assertEquals(Arrays.asList(4L, null, null, null), new ArrayList<>(restored.get(3).values()));

        List<String> actions = audit.find(new AuditLog.Query(app.slug(), null, null, null)).stream()
                .map(e -> e.action() + ":" + e.actor() + ":" + e.version()).toList();
        assertEquals(List.of("published:rex:3", "approved:rex:3", "submitted:bea:3", "edited:bea:3", "restored:bea:3",
                "drafted:bea:3", "published:rex:2", "approved:rex:2", "submitted:bea:2", "edited:bea:2", "drafted:bea:2",
                "published:rex:1", "approved:rex:1", "submitted:bea:1", "edited:bea:null"), actions);
    }

    @Test
    void a_migration_that_fails_midway_leaves_the_published_version_live_and_whole() {
        App app = loaded();
        AppSpec unique = v1().mapEntity("loan", e -> e.mapField("code", f -> f.withUnique(true)));
        MigrationPlan plan = new MigrationPlanner().plan(app.spec(), unique, List.of(), Map.of(), app.id(), 2, java.util.Set.of());
        Migrator migrator = new Migrator(db, new MigrationSql(templates));
        boolean[] switched = {false};
        RequestException e = assertThrows(RequestException.class, () -> migrator.apply(app, plan, "APP_1_V2", c -> {
            switched[0] = true;
            return null;
        }));
        assertTrue(e.getMessage().contains("two records share a value that must be unique"), e.getMessage());
        assertFalse(switched[0]);
        assertFalse(schemaExists("APP_1_V2"));
        App same = apps.get(app.slug());
        assertEquals("APP_1", same.schema());
        assertEquals(List.of("X1", "X2", "X1"), rows(same, "\"code\"").stream().map(r -> r.get("code")).toList());
        sql("INSERT INTO " + table(same) + " (\"title\") VALUES ('still writable')");
        assertEquals(4L, count("SELECT COUNT(*) FROM " + table(same)));
    }

    @Test
    void a_publication_cut_short_by_a_crash_is_undone_at_the_next_start() {
        App app = loaded();
        Migrator migrator = new Migrator(db, new MigrationSql(templates));
        migrator.freeze(app, true);
        sql("CREATE SCHEMA \"APP_1_V2\"");
        assertThrows(RuntimeException.class, () -> sql("INSERT INTO " + table(app) + " (\"title\") VALUES ('frozen')"));
        new Lifecycle(db, apps, new SpecJson(), templates, audit, new Policies(db));
        sql("INSERT INTO " + table(app) + " (\"title\") VALUES ('writable again')");
        assertEquals(4L, count("SELECT COUNT(*) FROM " + table(app)));
        assertFalse(schemaExists("APP_1_V2"));
    }

    @Test
    void a_unique_rule_the_data_breaks_is_found_by_the_dry_run_before_submission() {
        App app = loaded();
        lifecycle.saveDraft(app, v1().mapEntity("loan", e -> e.mapField("code", f -> f.withUnique(true))), List.of(), Map.of(), "bea");
        RequestException e = assertThrows(RequestException.class, () -> lifecycle.submit(apps.get(app.slug()), null, "bea"));
        assertTrue(e.getMessage().contains("2 records: These Loans share a value of \"Code\"") && e.getMessage().contains("#1: X1, #3: X1"),
                e.getMessage());
        assertEquals("draft", lifecycle.open(app).orElseThrow().status());
    }

    @Test
    void a_note_over_4000_characters_is_refused_whole_not_cut() {
        App app = loaded();
        lifecycle.saveDraft(app, v1().withName("Loans 2"), List.of(), Map.of(), "bea");
        RequestException e = assertThrows(RequestException.class, () -> lifecycle.submit(apps.get(app.slug()), "x".repeat(4001), "bea"));
        assertEquals(422, e.status());
        assertEquals("draft", lifecycle.open(app).orElseThrow().status());
    }

    @Test
    void sharing_with_everyone_is_a_warning_for_the_reviewer_or_blocks_when_the_admin_says_so() {
        App app = loaded();
        sql("INSERT INTO TOOLSMITH.GRANTS (APP_ID, GRANTEE, RIGHTS) VALUES (1, 'everyone', 'view_all')");
        lifecycle.saveDraft(app, v1().withName("Loans 2"), List.of(), Map.of(), "bea");
        lifecycle.submit(apps.get(app.slug()), null, "bea");
        assertTrue(lifecycle.review(apps.get(app.slug())).risks().contains(new Review.Risk("medium",
                "Policy: \"Loans 2\" is shared with everyone; share it with groups or people instead.")));
        lifecycle.policies().set("not_visible_to_everyone", "error", true, "root");
        lifecycle.saveDraft(apps.get(app.slug()), v1().withName("Loans 3"), List.of(), Map.of(), "bea");
        RequestException e = assertThrows(RequestException.class, () -> lifecycle.submit(apps.get(app.slug()), null, "bea"));
        assertTrue(e.getMessage().contains("is shared with everyone"), e.getMessage());
        assertEquals("policy_set", audit.find(new AuditLog.Query(null, "root", null, null)).get(0).action());
    }

    @Test
    void an_app_without_an_owner_cannot_be_submitted() {
        App app = apps.create(v1(), "bea");
        lifecycle.saveDraft(app, v1().withName("Loans 2"), List.of(), Map.of(), "bea");
        RequestException e = assertThrows(RequestException.class, () -> lifecycle.submit(apps.get(app.slug()), null, "bea"));
        assertTrue(e.getMessage().contains("Name an owner"), e.getMessage());
    }

    @Test
    void links_between_kinds_and_to_the_same_kind_survive_a_renamed_kind_and_stay_enforced() {
        AppSpec v1 = new AppSpec(1, "Kit", null, List.of(
                Entity.of("laptop", "Laptop", "Laptops", List.of(Field.of("tag", "Tag", FieldType.TEXT),
                        Field.of("spare_for", "Spare for", FieldType.REFERENCE).withTarget("laptop"))),
                Entity.of("loan", "Loan", "Loans", List.of(Field.of("laptop", "Laptop", FieldType.REFERENCE).withTarget("laptop").withRequired(true)))));
        App app = apps.create(v1, "bea");
        lifecycle.setOwner(app, "Bea", "bea");
        sql("INSERT INTO \"APP_1\".\"laptop\" (\"tag\", \"spare_for\") VALUES ('L1', NULL)");
        sql("INSERT INTO \"APP_1\".\"laptop\" (\"tag\", \"spare_for\") VALUES ('L2', 1)");
        sql("UPDATE \"APP_1\".\"laptop\" SET \"spare_for\" = 2 WHERE \"id\" = 1");
        sql("INSERT INTO \"APP_1\".\"loan\" (\"laptop\") VALUES (2)");
        published(app);
        AppSpec v2 = new AppSpec(1, "Kit", null, List.of(
                Entity.of("computer", "Computer", "Computers", List.of(Field.of("tag", "Asset tag", FieldType.TEXT),
                        Field.of("spare_for", "Spare for", FieldType.REFERENCE).withTarget("computer"))),
                Entity.of("loan", "Loan", "Loans", List.of(Field.of("laptop", "Computer", FieldType.REFERENCE).withTarget("computer").withRequired(true),
                        Field.of("returned", "Returned", FieldType.BOOLEAN).withRequired(true)))));
        lifecycle.saveDraft(app, v2, List.of(Rename.entity("laptop", "computer")), Map.of(), "bea");
        lifecycle.submit(apps.get(app.slug()), null, "bea");
        assertTrue(lifecycle.review(apps.get(app.slug())).changes().contains("Renames the record kind *Laptop* to *Computer* (its records are kept)"));
        lifecycle.approve(apps.get(app.slug()), null, "rex");
        assertEquals(List.of(Arrays.asList(1L, "L1", 2L), Arrays.asList(2L, "L2", 1L)), db.inTransaction(c -> {
            List<List<Object>> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT \"id\", \"tag\", \"spare_for\" FROM \"APP_1_V2\".\"computer\" ORDER BY \"id\"")) {
                while (rs.next()) {
                    out.add(Arrays.asList(rs.getLong(1), rs.getString(2), rs.getObject(3)));
                }
            }
            return out;
        }));
        assertEquals(1L, count("SELECT COUNT(*) FROM \"APP_1_V2\".\"loan\" WHERE \"laptop\" = 2 AND \"returned\" = FALSE"));
        RuntimeException broken = assertThrows(RuntimeException.class,
                () -> sql("INSERT INTO \"APP_1_V2\".\"loan\" (\"laptop\", \"returned\") VALUES (99, TRUE)"));
        assertTrue(String.valueOf(broken.getMessage()).contains("23506") || String.valueOf(broken.getMessage()).toLowerCase().contains("referential"),
                broken.getMessage());
    }

    @Test
    void two_approvals_at_once_publish_once_and_the_second_is_told_why() throws Exception {
        App app = loaded();
        lifecycle.saveDraft(app, v1().withName("Loans 2"), List.of(), Map.of(), "bea");
        lifecycle.submit(apps.get(app.slug()), null, "bea");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Object>> results = pool.invokeAll(List.of(
                    () -> tryApprove(app), () -> tryApprove(app)));
            List<Object> outcomes = new ArrayList<>();
            for (var r : results) {
                outcomes.add(r.get());
            }
            assertEquals(1, outcomes.stream().filter(o -> o instanceof Version).count(), outcomes.toString());
            assertEquals(List.of(409), outcomes.stream().filter(o -> o instanceof RequestException)
                    .map(o -> ((RequestException) o).status()).toList());
        } finally {
            pool.shutdown();
        }
        assertEquals("Loans 2", apps.get(app.slug()).name());
        assertEquals(3, rows(apps.get(app.slug()), "\"id\"").size());
    }

    private Object tryApprove(App app) {
        try {
            return lifecycle.approve(app, null, "rex");
        } catch (RequestException e) {
            return e;
        }
    }

    private String table(App app) {
        return "\"" + app.schema() + "\".\"loan\"";
    }

    private List<Map<String, Object>> rows(App app, String columns) {
        return db.inTransaction(c -> {
            List<Map<String, Object>> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT " + columns + " FROM " + table(app) + " ORDER BY \"id\"")) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        Object v = rs.getObject(i);
                        row.put(rs.getMetaData().getColumnLabel(i), v instanceof java.sql.Date d ? d.toLocalDate() : v);
                    }
                    out.add(row);
                }
            }
            return out;
        });
    }

    private long count(String query) {
        return db.inTransaction(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private boolean schemaExists(String name) {
        return count("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME = '" + name + "'") > 0;
    }

    private void sql(String statement) {
        db.inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.execute(statement);
            }
            return null;
        });
    }
}
