package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * A typed field replaced by a link to a new kind of the same name (session 14, r4): when the message drops the old
 * column, the link is another column (a new key), never the removed field's key; when it only asks to pick from the
 * list, the field itself becomes the link (same key). Phrasing of our own.
 */
class RemovedKeyKeptTest {
    private static AppSpec shop(String order, String orders, String date, String supplier) {
        return RefineFixtures.spec("{\"spec\": 1, \"name\": \"Shop\", \"entities\": ["
                + "{\"key\": \"order\", \"name\": \"" + order + "\", \"plural\": \"" + orders + "\", \"fields\": [{\"key\": \"date\", \"label\": \"" + date + "\", \"type\": \"date\", \"required\": true}, "
                + "{\"key\": \"" + RefineText.fold(supplier) + "\", \"label\": \"" + supplier + "\", \"type\": \"text\"}]}]}");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | drops | Could we have a proper supplier list (name, phone) and link every order to a supplier? Then remove the old typed supplier field.",
        "de | drops | Die Werkstätten möchten wir als separate Liste mit Name und Telefon führen, und jeder Auftrag gehört zu einer Werkstatt. Das alte Textfeld Werkstatt kann dann weg.",
        "en | keeps | the supplier ought to be chosen from a supplier list (name, phone) rather than typed in",
    })
    void the_link_never_takes_the_key_of_the_field_it_replaced(String lang, String what, String message) {
        AppSpec before = lang.equals("de") ? shop("Auftrag", "Aufträge", "Datum", "Werkstatt") : shop("Order", "Orders", "Date", "Supplier");
        String old = before.entity("order").orElseThrow().fields().get(1).key();
        AppSpec after = RefineFixtures.refine(before, message).spec();
        String why = message + " → " + RefineFixtures.JSON.write(after);
        assertEquals(2, after.entities().size(), why);
        Field link = after.entity("order").orElseThrow().fields().stream().filter(f -> f.type() == FieldType.REFERENCE).findFirst().orElseThrow(() -> new AssertionError(why));
        if (what.equals("drops")) {
            assertTrue(!link.key().equals(old) && after.entity("order").orElseThrow().field(old).isEmpty(), why);
        } else {
            assertEquals(old, link.key(), why);
        }
    }

    /** The removal read before the link ("Das alte Textfeld Lieferant kann weg" said first, or read first): the link still gets a key of its own. */
    @org.junit.jupiter.api.Test
    void a_link_made_after_the_removal_takes_another_key() {
        for (AppSpec before : java.util.List.of(shop("Auftrag", "Aufträge", "Datum", "Werkstatt"), shop("Order", "Orders", "Date", "Supplier"))) {
            String old = before.entity("order").orElseThrow().fields().get(1).key();
            RefineSession s = new RefineSession(before);
            s.removeField("order", old);
            String made = s.addEntity(before.entity("order").orElseThrow().fields().get(1).label());
            s.link("order", made, false);
            String why = RefineFixtures.JSON.write(s.spec);
            assertTrue(s.spec.entity("order").orElseThrow().fields().stream().noneMatch(f -> f.key().equals(old)), why);
            assertTrue(s.spec.entity("order").orElseThrow().fields().stream().anyMatch(f -> f.type() == FieldType.REFERENCE && made.equals(f.target())), why);
        }
    }
}
