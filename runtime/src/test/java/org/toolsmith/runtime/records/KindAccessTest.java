package org.toolsmith.runtime.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AccessRule;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/** The table in docs/security.md: how sharing rights and the spec's access rules combine. */
class KindAccessTest {
    static final Entity TICKET = Entity.of("ticket", "Ticket", "Tickets", List.of(Field.of("subject", "Subject", FieldType.TEXT),
            Field.of("assignee", "Assignee", FieldType.PERSON), Field.of("cost", "Cost", FieldType.MONEY)));
    static final AppSpec PLAIN = new AppSpec(1, "Desk", null, List.of(TICKET));
    static final Set<Right> VIEW_ALL = EnumSet.of(Right.VIEW_ALL, Right.EDIT_ALL);
    static final Set<Right> VIEW_OWN = EnumSet.of(Right.VIEW_OWN, Right.EDIT_OWN);
    static final Map<String, Object> OLGAS = Map.of("created_by", "olga", "assignee", "Gus");

    private static AppSpec with(AccessRule... rules) {
        return PLAIN.withAccess(List.of(rules));
    }

    private static String visible(AppSpec spec, Caller caller) {
        return KindAccess.of(spec, TICKET, caller).visible(new ArrayList<>());
    }

    @Test
    void without_rules_the_sharing_decides() {
        assertEquals("TRUE", visible(PLAIN, new Caller("gus", VIEW_ALL)));
        assertEquals("\"created_by\" = ?", visible(PLAIN, new Caller("gus", VIEW_OWN)));
        assertEquals("FALSE", visible(PLAIN, new Caller("gus", EnumSet.of(Right.ADD))));
    }

    @Test
    void own_rows_narrow_view_all_except_for_see_all_members_and_owners() {
        AppSpec spec = with(AccessRule.ownRows("ticket", null, List.of("Support"), null));
        assertEquals("\"created_by\" = ?", visible(spec, new Caller("gus", VIEW_ALL)));
        assertEquals("TRUE", visible(spec, new Caller("gus", VIEW_OWN, Set.of("support"))), "see_all widens even view_own");
        assertEquals("TRUE", visible(spec, Caller.everything("bea")), "manage is not narrowed");
        assertEquals("FALSE", visible(spec, new Caller("gus", EnumSet.of(Right.ADD), Set.of("Support"))), "no view right, nothing");
        assertFalse(KindAccess.of(spec, TICKET, new Caller("gus", VIEW_ALL)).allows(OLGAS, Right.EDIT_ALL, Right.EDIT_OWN));
        assertTrue(KindAccess.of(spec, TICKET, new Caller("gus", VIEW_ALL, Set.of("Support"))).allows(OLGAS, Right.EDIT_ALL, Right.EDIT_OWN));
        assertFalse(KindAccess.of(spec, TICKET, new Caller("gus", VIEW_OWN, Set.of("Support"))).allows(OLGAS, Right.EDIT_ALL, Right.EDIT_OWN),
                "see_all is about seeing: edit_own still means their own");
    }

    @Test
    void a_person_field_owns_rows_regardless_of_case() {
        AppSpec spec = with(AccessRule.ownRows("ticket", "assignee", List.of(), null));
        List<Object> params = new ArrayList<>();
        assertEquals("LOWER(TRIM(\"assignee\")) = ?", KindAccess.of(spec, TICKET, new Caller("Gus", VIEW_OWN)).visible(params));
        assertEquals(List.of("gus"), params);
        assertTrue(KindAccess.of(spec, TICKET, new Caller("gus", VIEW_OWN)).allows(OLGAS, Right.EDIT_ALL, Right.EDIT_OWN));
        assertFalse(KindAccess.of(spec, TICKET, new Caller("olga", VIEW_OWN)).allows(OLGAS, Right.EDIT_ALL, Right.EDIT_OWN),
                "the creator is not the owner here");
    }

    @Test
    void rows_all_widens_seeing_but_not_changing() {
        AppSpec spec = with(new AccessRule("ticket", "all", null, List.of(), null, List.of(), null));
        assertEquals("TRUE", visible(spec, new Caller("gus", VIEW_OWN)));
        assertFalse(KindAccess.of(spec, TICKET, new Caller("gus", VIEW_OWN)).allows(OLGAS, Right.EDIT_ALL, Right.EDIT_OWN));
    }

    @Test
    void a_hidden_field_leaves_the_kind_and_the_records_of_non_members() {
        AppSpec spec = with(AccessRule.hiddenField("ticket", "cost", List.of("Finance"), null));
        KindAccess outsider = KindAccess.of(spec, TICKET, new Caller("gus", VIEW_ALL));
        assertEquals(List.of("subject", "assignee"), outsider.visibleEntity().fields().stream().map(Field::key).toList());
        assertEquals(Map.of("subject", "x"), outsider.strip(Map.of("subject", "x", "cost", "12.00")));
        KindAccess member = KindAccess.of(spec, TICKET, new Caller("fay", VIEW_ALL, Set.of("FINANCE")));
        assertEquals(3, member.visibleEntity().fields().size());
        assertEquals(3, KindAccess.of(spec, TICKET, Caller.everything("bea")).visibleEntity().fields().size());
    }

    @Test
    void a_script_reads_a_key_only_as_a_whole_word() {
        assertTrue(KindAccess.readsAny("return record.cost * 2;", Set.of("cost")));
        assertTrue(KindAccess.readsAny("return $cost;", Set.of("cost")));
        assertFalse(KindAccess.readsAny("return record.costly + record.unit_cost;", Set.of("cost")));
        assertFalse(KindAccess.readsAny("return 1;", Set.of("cost", "salary")));
    }
}
