package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArchetypeCatalogTest {
    private final ArchetypeCatalog catalog = ArchetypeCatalog.load();

    @Test
    void holds_at_least_forty_tools_with_unique_ids() {
        assertTrue(catalog.all().size() >= 40, "only " + catalog.all().size());
        Set<String> ids = new HashSet<>();
        catalog.all().forEach(a -> assertTrue(ids.add(a.id()), "duplicate " + a.id()));
    }

    @Test
    void every_tool_is_named_in_four_languages_with_fields_and_triggers() {
        for (ArchetypeCatalog.Archetype a : catalog.all()) {
            assertEquals(4, a.names().length, a.id());
            assertFalse(a.triggers().isEmpty(), a.id());
            assertTrue(a.fields().size() >= 2, a.id());
            for (ArchetypeCatalog.Slot s : a.fields()) {
                assertEquals(4, s.labels().length, a.id() + " " + s.labels()[0]);
                if (s.type().hasOptions()) {
                    for (Lang l : Lang.values()) {
                        assertTrue(s.options(l).size() >= 2, a.id() + " " + s.labels()[0] + " " + l);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "who has which office keys, key_register",
        "a simple place for holiday requests, leave_request",
        "log of people signing in at the front desk as visitors, visitor_log",
        "suivi des notes de frais des commerciaux, expense_claim",
        "registro de visitantes en la recepción, visitor_log",
        "Übersicht über unsere Lieferanten, supplier",
    })
    void finds_the_closest_tool(String request, String id) {
        assertEquals(id, catalog.best(request).orElseThrow().archetype().id());
    }

    @Test
    void finds_nothing_for_unrelated_words() {
        assertTrue(catalog.best("xyzzy plugh").isEmpty());
    }
}
