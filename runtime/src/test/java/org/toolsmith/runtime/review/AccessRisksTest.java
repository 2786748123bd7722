package org.toolsmith.runtime.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AccessRule;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

class AccessRisksTest {
    static final AppSpec BASE = new AppSpec(1, "Desk", null, List.of(Entity.of("employee", "Employee", "Employees", List.of(
            Field.of("name", "Name", FieldType.TEXT), Field.of("salary", "Salary", FieldType.MONEY)))));
    static final AccessRule OWN = AccessRule.ownRows("employee", null, List.of("Managers"), null);
    static final AccessRule SALARY = AccessRule.hiddenField("employee", "salary", List.of("HR"), null);

    private static List<Review.Risk> risks(List<AccessRule> before, List<AccessRule> after) {
        return AccessRisks.of(BASE.withAccess(before), BASE.withAccess(after));
    }

    @Test
    void unchanged_or_narrower_rules_are_no_risk() {
        assertEquals(List.of(), risks(List.of(OWN, SALARY), List.of(OWN, SALARY)));
        assertEquals(List.of(), risks(List.of(), List.of(OWN, SALARY)), "adding rules narrows");
    }

    @Test
    void opening_a_kind_to_everyone_is_a_high_risk() {
        Review.Risk r = risks(List.of(OWN), List.of(new AccessRule("employee", "all", null, List.of(), null, List.of(), null))).get(0);
        assertEquals("high", r.level());
        assertTrue(r.message().contains("will see every employee"), r.message());
    }

    @Test
    void new_see_all_groups_and_a_removed_own_rule_are_flagged() {
        assertTrue(risks(List.of(OWN), List.of(AccessRule.ownRows("employee", null, List.of("Managers", "Finance"), null)))
                .get(0).message().startsWith("Members of Finance will see every employee"));
        assertTrue(risks(List.of(OWN), List.of()).get(0).message().startsWith("Employees are no longer limited to their owners"));
    }

    @Test
    void showing_a_hidden_field_to_more_people_is_flagged() {
        assertEquals("high", risks(List.of(SALARY), List.of()).get(0).level());
        assertTrue(risks(List.of(SALARY), List.of(AccessRule.hiddenField("employee", "salary", List.of("HR", "Finance"), null)))
                .get(0).message().contains("also be shown to Finance"));
    }
}
