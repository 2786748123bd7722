package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/** Assertions on drafted specs shared by the drafter's tests: the core contract of APP-SPEC.md. */
final class SpecCheck {
    private static final Pattern KEY = Pattern.compile("^[a-z][a-z0-9_]{0,62}$");

    private SpecCheck() {
    }

    private static final OfflineDrafter DRAFTER = new OfflineDrafter();

    /** The offline drafter's spec for {@code request}, checked valid first. */
    static AppSpec draft(String request) {
        AppSpec spec = DRAFTER.draft(request);
        assertValid(spec);
        return spec;
    }

    /**
     * The records are a kind of their own with {@code recordField}, pointing to {@code owner}, and the owner keeps
     * {@code ownerField} but not the records' field.
     */
    static void ownKind(AppSpec spec, String record, String owner, String ownerField, String recordField) {
        var kind = entity(spec, record);
        field(kind, recordField);
        assertTrue(links(spec, record, owner), () -> record + " -> " + owner + " in " + names(spec));
        var parent = entity(spec, owner);
        field(parent, ownerField);
        assertTrue(find(parent, recordField).isEmpty(), () -> recordField + " left on " + owner);
    }

    /** Whether record kind {@code from} has a reference field pointing to record kind {@code to}. */
    static boolean links(AppSpec spec, String from, String to) {
        String target = entity(spec, to).key();
        return entity(spec, from).fields().stream().anyMatch(f -> f.type() == org.toolsmith.spec.FieldType.REFERENCE && f.target().equals(target));
    }

    static void assertValid(AppSpec spec) {
        var problems = new org.toolsmith.spec.SpecValidator().validate(new org.toolsmith.spec.SpecJson().write(spec));
        assertTrue(problems.isEmpty(), () -> "invalid spec: " + problems);
        assertEquals(1, spec.spec());
        assertNotNull(spec.name());
        assertFalse(spec.entities().isEmpty(), "no record kinds");
        Set<String> keys = new HashSet<>();
        for (Entity e : spec.entities()) {
            assertTrue(KEY.matcher(e.key()).matches(), "entity key " + e.key());
            assertTrue(keys.add(e.key()), "duplicate entity key " + e.key());
            assertFalse(org.toolsmith.spec.Keys.RESERVED_ENTITY_KEYS.contains(e.key()), "reserved key " + e.key());
            assertFalse(e.name() == null || e.name().isBlank(), "entity without a name");
            assertFalse(e.fields().isEmpty(), "entity " + e.key() + " has no fields");
        }
        for (Entity e : spec.entities()) {
            Set<String> fieldKeys = new HashSet<>();
            for (Field f : e.fields()) {
                assertTrue(KEY.matcher(f.key()).matches(), "field key " + f.key());
                assertTrue(fieldKeys.add(f.key()), "duplicate field key " + e.key() + "." + f.key());
                assertFalse(org.toolsmith.spec.Keys.SYSTEM_COLUMNS.contains(f.key()), "system column " + f.key());
                assertFalse(f.label() == null || f.label().isBlank(), "field without label");
                if (f.type().hasOptions()) {
                    assertFalse(f.options().isEmpty(), "choice without options: " + f.key());
                }
                if (f.type() == FieldType.REFERENCE) {
                    assertTrue(keys.contains(f.target()), "reference to missing kind " + f.target());
                }
            }
        }
    }

    static Entity entity(AppSpec spec, String name) {
        return spec.entities().stream().filter(e -> e.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no kind " + name + " in " + names(spec)));
    }

    static Field field(Entity e, String label) {
        return find(e, label).orElseThrow(() -> new AssertionError("no field " + label + " in " + e.name() + ": "
                + e.fields().stream().map(f -> f.label() + "/" + f.type().json()).toList()));
    }

    static Optional<Field> find(Entity e, String label) {
        return e.fields().stream().filter(f -> f.label().equalsIgnoreCase(label)).findFirst();
    }

    static String names(AppSpec spec) {
        return spec.entities().stream().map(Entity::name).toList().toString();
    }
}
