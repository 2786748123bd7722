package org.toolsmith.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccessRuleTest {
    private final SpecJson json = new SpecJson();

    @Test
    void access_rules_round_trip_with_their_json_names() {
        AppSpec spec = json.fromTree(SpecCases.valid().get(SpecCases.valid().size() - 1));
        assertEquals(3, spec.access().size());
        AccessRule row = spec.accessOf("loan").get(0);
        assertTrue(row.isRowRule());
        assertEquals("borrower", row.ownerColumn());
        assertEquals(List.of("IT desk"), row.seeAll());
        String written = json.write(spec);
        assertTrue(written.contains("\"see_all\":[\"IT desk\"]"), written);
        assertTrue(written.contains("\"visible_to\":[\"IT desk\",\"Finance\"]"), written);
        assertEquals(spec, json.fromTree(json.tree(written)));
    }

    @Test
    void a_spec_without_access_writes_no_access_key() {
        AppSpec spec = json.fromTree(SpecCases.laptops());
        assertFalse(json.write(spec).contains("access"));
        assertEquals(List.of(), spec.access());
    }

    @Test
    void normalizing_and_changing_a_spec_keep_its_access_rules() {
        AppSpec spec = json.fromTree(SpecCases.valid().get(SpecCases.valid().size() - 1));
        AppSpec normal = new SpecNormalizer().normalize(spec).withName("Other").withRules(List.of());
        assertEquals(spec.access(), normal.access());
        new SpecValidator().check(normal);
    }

    @Test
    void owner_defaults_to_the_creator() {
        assertEquals("created_by", AccessRule.ownRows("loan", null, List.of(), null).ownerColumn());
        assertFalse(AccessRule.hiddenField("loan", "due_on", List.of("HR"), null).isRowRule());
    }
}
