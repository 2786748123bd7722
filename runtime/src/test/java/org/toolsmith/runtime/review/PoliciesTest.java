package org.toolsmith.runtime.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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

/** The organisation's policies, checked before a human reviews: the person-field rule. */
class PoliciesTest {
    private static final Map<String, Set<String>> GROUPS = Map.of("bea", Set.of("it"), "ivy", Set.of("it", "lab"), "sam", Set.of("sales"));

    private final Database db = Database.inMemory("policies_" + System.nanoTime());
    private final Templates templates = new Templates();
    private final AppRegistry apps = new AppRegistry(db, new SpecJson(), templates);
    private final Lifecycle lifecycle = new Lifecycle(db, apps, new SpecJson(), templates, new AuditLog(db),
            new Policies(db, login -> GROUPS.getOrDefault(login, Set.of())));

    @AfterEach
    void close() {
        db.close();
    }

    private App app(boolean withPerson) {
        List<Field> fields = withPerson
                ? List.of(Field.of("title", "Title", FieldType.TEXT), Field.of("borrower", "Borrower", FieldType.PERSON))
                : List.of(Field.of("title", "Title", FieldType.TEXT));
        App app = apps.create(new AppSpec(1, "Loans", null, List.of(Entity.of("loan", "Loan", "Loans", fields))), "bea");
        lifecycle.setOwner(app, "Bea", "bea");
        return app;
    }

    @Test
    void an_error_policy_blocks_showing_person_fields_outside_the_team_with_its_message() {
        lifecycle.policies().set("person_fields_team_only", "error", true, "root");
        App app = app(true);
        grant(app, "group:sales", "view_all");
        grant(app, "user:sam", "view_own add");
        RequestException e = assertThrows(RequestException.class, () -> lifecycle.submit(app, null, "bea"));
        assertEquals(422, e.status());
        assertEquals("This version cannot be submitted yet: \"Loans\" shows the person field \"Borrower\" in Loan to viewers outside the team "
                + "(group:sales, user:sam). Share it only with group:it, or remove the person field.", e.getMessage());

        sql("DELETE FROM TOOLSMITH.GRANTS");
        grant(app, "group:it", "view_all");
        grant(app, "user:ivy", "view_all");
        grant(app, "everyone", "add");
        assertEquals("submitted", lifecycle.submit(app, null, "bea").status(), "the team may see it; others may only add");
    }

    @Test
    void as_a_warning_it_is_a_risk_for_the_reviewer_and_apps_without_person_fields_pass() {
        lifecycle.policies().set("person_fields_team_only", "warning", true, "root");
        App app = app(true);
        grant(app, "everyone", "view_all");
        lifecycle.submit(app, null, "bea");
        assertTrue(lifecycle.review(apps.get(app.slug())).risks().stream().anyMatch(r -> r.level().equals("medium")
                && r.message().startsWith("Policy: \"Loans\" shows the person field \"Borrower\" in Loan to viewers outside the team (everyone)")));

        lifecycle.policies().set("person_fields_team_only", "error", true, "root");
        lifecycle.policies().set("not_visible_to_everyone", "warning", false, "root");
        App plain = app(false);
        grant(plain, "everyone", "view_all");
        assertEquals("submitted", lifecycle.submit(plain, null, "bea").status());
    }

    private void grant(App app, String to, String rights) {
        sql("INSERT INTO TOOLSMITH.GRANTS (APP_ID, GRANTEE, RIGHTS) VALUES (" + app.id() + ", '" + to + "', '" + rights + "')");
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
