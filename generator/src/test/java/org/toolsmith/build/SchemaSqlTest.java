package org.toolsmith.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;
import org.toolsmith.templates.Templates;

class SchemaSqlTest {
    private final SchemaSql sql = new SchemaSql(new Templates());

    static AppSpec sample() {
        Entity laptop = Entity.of("laptop", "Laptop", "Laptops", List.of(
                Field.of("asset_tag", "Asset tag", FieldType.TEXT).withRequired(true).withUnique(true),
                Field.of("order", "Order", FieldType.INTEGER),
                Field.of("select", "Select", FieldType.CHOICE).withOptions(List.of("It's fine", "Broken", "x\"; DROP TABLE t; --")),
                Field.of("group", "Group", FieldType.MULTI_CHOICE).withOptions(List.of("A", "B")),
                Field.of("notes", "Notes", FieldType.LONG_TEXT),
                Field.of("price", "Price", FieldType.MONEY),
                Field.of("weight", "Weight", FieldType.DECIMAL),
                Field.of("bought_on", "Bought on", FieldType.DATE),
                Field.of("seen_at", "Seen at", FieldType.DATETIME),
                Field.of("active", "Active", FieldType.BOOLEAN),
                Field.of("email", "Email", FieldType.EMAIL),
                Field.of("phone", "Phone", FieldType.PHONE),
                Field.of("url", "Link", FieldType.URL),
                Field.of("owner", "Owner", FieldType.PERSON),
                Field.of("photo", "Photo", FieldType.FILE),
                Field.of("replaces", "Replaces", FieldType.REFERENCE).withTarget("laptop"),
                Field.of("current_loan", "Current loan", FieldType.REFERENCE).withTarget("loan")))
                .withTitle("asset_tag");
        Entity loan = Entity.of("loan", "Loan", "Loans", List.of(
                Field.of("laptop", "Laptop", FieldType.REFERENCE).withTarget("laptop").withRequired(true),
                Field.of("due_on", "Due on", FieldType.DATE),
                Field.of("condition", "Condition", FieldType.CHOICE).withOptions(List.of("Good", "Damaged", "Lost"))))
                .withTitle("laptop");
        return new AppSpec(1, "<script>alert(1)</script>", null, List.of(laptop, loan));
    }

    @Test
    void renders_the_golden_schema() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("create-app.sql")) {
            String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(expected, sql.create("APP_12", sample()));
        }
    }

    @Test
    void script_runs_on_h2_with_reserved_words_cycles_and_self_links() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:schema_sql_test");
             Statement st = c.createStatement()) {
            st.execute(sql.create("APP_3", sample()));
            st.execute("INSERT INTO \"APP_3\".\"laptop\" (\"asset_tag\", \"order\", \"select\") VALUES ('L-1', 2, 'It''s fine')");
            st.execute("INSERT INTO \"APP_3\".\"loan\" (\"laptop\") VALUES (1)");
            st.execute("UPDATE \"APP_3\".\"laptop\" SET \"current_loan\" = 1, \"replaces\" = 1");
            try (ResultSet rs = st.executeQuery("SELECT \"order\", \"select\" FROM \"APP_3\".\"laptop\" ORDER BY \"order\"")) {
                assertTrue(rs.next());
                assertEquals(2, rs.getLong(1));
                assertEquals("It's fine", rs.getString(2));
            }
            SQLException unknownChoice = assertThrows(SQLException.class, () -> st.execute(
                    "INSERT INTO \"APP_3\".\"laptop\" (\"asset_tag\", \"select\") VALUES ('L-2', 'Lost')"));
            assertEquals("23513", unknownChoice.getSQLState());
            SQLException duplicate = assertThrows(SQLException.class, () -> st.execute(
                    "INSERT INTO \"APP_3\".\"laptop\" (\"asset_tag\") VALUES ('L-1')"));
            assertEquals("23505", duplicate.getSQLState());
            SQLException missingTarget = assertThrows(SQLException.class, () -> st.execute(
                    "INSERT INTO \"APP_3\".\"loan\" (\"laptop\") VALUES (99)"));
            assertEquals("23506", missingTarget.getSQLState());
            SQLException missingRequired = assertThrows(SQLException.class, () -> st.execute(
                    "INSERT INTO \"APP_3\".\"loan\" (\"due_on\") VALUES (DATE '2025-01-01')"));
            assertEquals("23502", missingRequired.getSQLState());
        }
    }

    @Test
    void sorted_page_uses_an_index_instead_of_sorting_the_table() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:schema_sql_plan");
             Statement st = c.createStatement()) {
            st.execute(sql.create("APP_4", sample()));
            for (String order : List.of("ASC", "DESC")) {
                try (ResultSet rs = st.executeQuery("EXPLAIN SELECT * FROM \"APP_4\".\"loan\" ORDER BY \"due_on\" "
                        + order + ", \"id\" " + order + " LIMIT 25")) {
                    rs.next();
                    String plan = rs.getString(1);
                    assertTrue(plan.contains("ix_loan__due_on"), plan);
                    assertTrue(plan.contains("/* index sorted */"), plan);
                }
                try (ResultSet rs = st.executeQuery("EXPLAIN SELECT * FROM \"APP_4\".\"laptop\" ORDER BY \"select\" "
                        + order + ", \"id\" " + order + " LIMIT 25 OFFSET 50")) {
                    rs.next();
                    assertTrue(rs.getString(1).contains("/* index sorted */"), rs.getString(1));
                }
                try (ResultSet rs = st.executeQuery("EXPLAIN SELECT * FROM \"APP_4\".\"laptop\" ORDER BY \"id\" " + order + " LIMIT 25")) {
                    rs.next();
                    assertTrue(rs.getString(1).contains("/* index sorted */"), rs.getString(1));
                }
            }
        }
    }

    @Test
    void refuses_keys_that_are_not_identifiers() {
        for (String bad : List.of("x\"; DROP TABLE t; --", "<script>alert(1)</script>", "Order", "", "1a")) {
            AppSpec spec = new AppSpec(1, "x", null, List.of(Entity.of("thing", "Thing", "Things",
                    List.of(Field.of(bad, "Bad", FieldType.TEXT)))));
            assertThrows(IllegalArgumentException.class, () -> sql.create("APP_1", spec), bad);
            AppSpec badEntity = new AppSpec(1, "x", null, List.of(Entity.of(bad, "Thing", "Things",
                    List.of(Field.of("name", "Name", FieldType.TEXT)))));
            assertThrows(IllegalArgumentException.class, () -> sql.create("APP_1", badEntity), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> sql.create("APP_1; DROP", sample()));
    }
}
