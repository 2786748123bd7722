package org.toolsmith.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AccessRule;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

class AccessWordsTest {
    static final AppSpec SPEC = new AppSpec(1, "Desk", null, List.of(Entity.of("ticket", "Ticket", "Tickets", List.of(
            Field.of("subject", "Subject", FieldType.TEXT), Field.of("assignee", "Assignee", FieldType.PERSON),
            Field.of("cost", "Cost", FieldType.MONEY)))));

    @Test
    void says_each_rule_in_plain_words() {
        AppSpec spec = SPEC.withAccess(List.of(
                AccessRule.ownRows("ticket", "assignee", List.of("Support", "IT"), null),
                AccessRule.hiddenField("ticket", "cost", List.of("Finance"), null)));
        assertEquals(List.of(
                "Each person sees and changes only the tickets where they are the assignee; members of Support and members of IT see all of them.",
                "Only members of Finance see the cost of tickets (hidden from everyone else in lists, details, search, exports and the API)."),
                AccessWords.describe(spec));
        assertEquals("Everyone the app is shared with sees all tickets.",
                AccessWords.rule(spec, new AccessRule("ticket", "all", null, List.of(), null, List.of(), null)));
        assertEquals("Each person sees and changes only the tickets they added.",
                AccessWords.rule(spec, AccessRule.ownRows("ticket", null, List.of(), null)));
    }
}
