package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.toolsmith.draft.DraftException;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * Checks a chat edit against a short list of expected changes, and that nothing else changed. The
 * expectations, separated by {@code &}:
 * <ul>
 * <li>{@code -loan.notes}: the field is gone; {@code -kind item}: the record kind is gone</li>
 * <li>{@code +loan:date}: one new field of that type on the kind; {@code +loan:date:Return}: and its label starts so</li>
 * <li>{@code loan.borrower=person}: the field now has that type</li>
 * <li>{@code loan.due_back!}: now required; {@code loan.borrower?}: now optional; {@code item.serial_number#}: now unique</li>
 * <li>{@code loan.notes~Remarks}: renamed</li>
 * <li>{@code loan.condition[Good;Damaged;Lost]}: these choices, in this order</li>
 * <li>{@code kind Repair>item}: a new kind whose name starts so, linked to item; {@code kind Supplier}: a new kind</li>
 * <li>{@code loan>project}: a link from loan to project</li>
 * <li>{@code error}: the message is refused</li>
 * <li>{@code unchanged}: nothing changes and the person is told why</li>
 * </ul>
 */
final class RefineExpect {
    private RefineExpect() {
    }

    static void check(AppSpec before, String message, String expected) {
        if (expected.strip().equals("error")) {
            assertThrows(DraftException.class, () -> new OfflineRefiner().refine(before, message), message);
            return;
        }
        if (expected.strip().equals("unchanged")) {
            var r = new OfflineRefiner().refine(before, message);
            assertEquals(before, r.spec(), message);
            org.junit.jupiter.api.Assertions.assertTrue(r.summary().startsWith("Nothing was changed"), r.summary());
            return;
        }
        AppSpec after = RefineFixtures.refine(before, message).spec();
        List<String> touched = new ArrayList<>();
        for (String e : expected.split("\\s*&\\s*")) {
            one(before, after, e.strip(), touched, message);
        }
        RefineFixtures.unchangedExcept(before, after, touched.stream().distinct().toArray(String[]::new));
        for (Entity b : before.entities()) {
            Entity a = after.entity(b.key()).orElse(null);
            if (a == null || touched.contains(b.key())) {
                continue;
            }
            long fresh = a.fields().stream().filter(f -> b.field(f.key()).isEmpty()).count();
            long asked = touched.stream().filter(t -> t.startsWith("+" + b.key() + ":")).count()
                    + touched.stream().filter(t -> t.startsWith("link:" + b.key())).count();
            assertEquals(asked, fresh, () -> "fields added to " + b.key() + " for \"" + message + "\": " + RefineFixtures.JSON.write(after));
        }
    }

    private static void one(AppSpec before, AppSpec after, String e, List<String> touched, String message) {
        String why = "\"" + message + "\" → " + e + " in " + RefineFixtures.JSON.write(after);
        if (e.startsWith("-kind ")) {
            String kind = e.substring(6);
            assertTrue(after.entity(kind).isEmpty(), why);
            touched.add(kind);
            before.entities().forEach(x -> x.fields().stream().filter(f -> kind.equals(f.target())).forEach(f -> touched.add(x.key() + "." + f.key())));
        } else if (e.startsWith("-")) {
            String[] p = e.substring(1).split("\\.");
            assertTrue(after.entity(p[0]).orElseThrow().field(p[1]).isEmpty(), why);
            touched.add(p[0] + "." + p[1]);
        } else if (e.startsWith("+")) {
            String[] p = e.substring(1).split(":");
            List<Field> fresh = RefineFixtures.newFields(before, after, p[0]);
            FieldType type = FieldType.valueOf(p[1].toUpperCase(Locale.ROOT));
            long already = touched.stream().filter(t -> t.startsWith("+" + p[0] + ":")).count();
            assertTrue(fresh.stream().anyMatch(f -> f.type() == type), why);
            if (p.length > 2) {
                assertTrue(fresh.stream().anyMatch(f -> f.type() == type && f.label().toLowerCase(Locale.ROOT).startsWith(p[2].toLowerCase(Locale.ROOT))), why);
            }
            touched.add("+" + p[0] + ":" + already);
        } else if (e.startsWith("kind ")) {
            String[] p = e.substring(5).split(">");
            Entity made = after.entities().stream().filter(x -> before.entity(x.key()).isEmpty())
                    .filter(x -> x.name().toLowerCase(Locale.ROOT).startsWith(p[0].toLowerCase(Locale.ROOT))).findFirst().orElse(null);
            assertNotNull(made, why);
            if (p.length > 1) {
                assertTrue(made.fields().stream().anyMatch(f -> f.type() == FieldType.REFERENCE && p[1].equals(f.target())), why);
            }
        } else if (e.matches("\\w+>\\w+")) {
            String[] p = e.split(">");
            Entity from = after.entity(p[0]).orElseThrow();
            assertTrue(from.fields().stream().anyMatch(f -> f.type() == FieldType.REFERENCE && f.target() != null
                    && after.entity(f.target()).map(t -> t.key().equals(p[1]) || t.name().equalsIgnoreCase(p[1])).orElse(false)), why);
            touched.add("link:" + p[0]);
        } else if (e.contains("[")) {
            String[] p = e.substring(0, e.indexOf('[')).split("\\.");
            List<String> options = List.of(e.substring(e.indexOf('[') + 1, e.length() - 1).split(";"));
            assertEquals(options, RefineFixtures.field(after, p[0], p[1]).options(), why);
            touched.add(p[0] + "." + p[1]);
        } else if (e.contains("~")) {
            String[] p = e.substring(0, e.indexOf('~')).split("\\.");
            assertEquals(e.substring(e.indexOf('~') + 1), RefineFixtures.field(after, p[0], p[1]).label(), why);
            touched.add(p[0] + "." + p[1]);
        } else if (e.contains("=")) {
            String[] p = e.substring(0, e.indexOf('=')).split("\\.");
            FieldType type = FieldType.valueOf(e.substring(e.indexOf('=') + 1).toUpperCase(Locale.ROOT));
            assertEquals(type, RefineFixtures.field(after, p[0], p[1]).type(), why);
            touched.add(p[0] + "." + p[1]);
        } else {
            char flag = e.charAt(e.length() - 1);
            String[] p = e.substring(0, e.length() - 1).split("\\.");
            Field f = RefineFixtures.field(after, p[0], p[1]);
            switch (flag) {
                case '!' -> assertTrue(f.required(), why);
                case '?' -> assertFalse(f.required(), why);
                case '#' -> assertTrue(f.unique(), why);
                default -> throw new IllegalArgumentException("unknown expectation " + e);
            }
            touched.add(p[0] + "." + p[1]);
        }
    }
}
