package org.toolsmith.runtime.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.toolsmith.runtime.system.Database;
import org.toolsmith.runtime.system.RequestException;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;
import org.toolsmith.spec.SpecException;
import org.toolsmith.spec.SpecJson;
import org.toolsmith.templates.Templates;

class AppRegistryTest {
    private final Database db = Database.inMemory("registry_" + System.nanoTime());
    private final Templates templates = new Templates();

    @AfterEach
    void close() {
        db.close();
    }

    static AppSpec spec(String name) {
        return new AppSpec(1, name, null, List.of(Entity.of("item", "Item", "Items",
                List.of(Field.of("title", "Title", FieldType.TEXT)))));
    }

    private void sql(String statement) {
        db.inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.execute(statement);
            }
            return null;
        });
    }

    private List<String> appSchemas() {
        return db.inTransaction(c -> {
            List<String> names = new java.util.ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME LIKE 'APP%' ORDER BY SCHEMA_NAME")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }

    @Test
    void slugs_are_ascii_hyphenated_and_unique() {
        AppRegistry apps = new AppRegistry(db, new SpecJson(), templates);
        assertEquals("laptop-loans", apps.create(spec("Laptop loans"), null).slug());
        assertEquals("laptop-loans-2", apps.create(spec("Laptop  Loans!"), null).slug());
        assertEquals("cafe-creme-orders", apps.create(spec("Café crème orders"), null).slug());
        assertEquals(List.of("cafe-creme-orders", "laptop-loans-2", "laptop-loans"), apps.list().stream().map(App::slug).toList());
        App found = apps.get("laptop-loans");
        assertEquals("APP_1", found.schema());
        assertEquals("draft", found.status(), "a new app waits for review");
        assertEquals(1, found.version());
    }

    @Test
    void a_failed_creation_leaves_nothing_behind() {
        AppRegistry apps = new AppRegistry(db, new SpecJson(), templates);
        sql("CREATE SCHEMA \"APP_1\"");
        sql("CREATE TABLE \"APP_1\".\"item\" (\"id\" INT)");
        assertThrows(RuntimeException.class, () -> apps.create(spec("Doomed"), null));
        assertTrue(apps.list().isEmpty());
        assertTrue(apps.find("doomed").isEmpty());
        assertEquals(List.of(), appSchemas());
        assertEquals("APP_2", apps.create(spec("Doomed"), null).schema());
    }

    @Test
    void drops_schemas_left_by_a_creation_that_crashed() {
        new AppRegistry(db, new SpecJson(), templates).create(spec("Kept"), null);
        sql("CREATE SCHEMA \"APP_99\"");
        new AppRegistry(db, new SpecJson(), templates);
        assertEquals(List.of("APP_1"), appSchemas());
    }

    @Test
    void refuses_invalid_specs_with_every_problem() {
        AppRegistry apps = new AppRegistry(db, new SpecJson(), templates);
        AppSpec bad = new AppSpec(1, "", null, List.of(Entity.of("item", "Item", "Items",
                List.of(Field.of("Bad Key", "Bad", FieldType.TEXT), Field.of("id", "Id", FieldType.TEXT)))));
        SpecException e = assertThrows(SpecException.class, () -> apps.create(bad, null));
        assertTrue(e.problems().size() >= 3, e.problems().toString());
        AppSpec newline = new AppSpec(1, "x", null, List.of(Entity.of("item", "Item", "Items",
                List.of(Field.of("state", "State", FieldType.CHOICE).withOptions(List.of("a\nb"))))));
        assertThrows(SpecException.class, () -> apps.create(newline, null));
        assertEquals(List.of(), appSchemas());
        assertEquals(404, assertThrows(RequestException.class, () -> apps.get("nope")).status());
    }
}
