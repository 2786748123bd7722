package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.entity;
import static org.toolsmith.draft.offline.SpecCheck.field;
import static org.toolsmith.draft.offline.SpecCheck.links;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/** Session 6 (m1): records a kind has many of, named in the plural between "for each X" and their list. */
class ChildListsTest {
    @Test
    void for_each_owner_we_keep_its_records_gives_the_list_to_those_records() {
        AppSpec spec = draft("We lend out cameras. For every camera we keep its services - the date, the cost, what was done. "
                + "Cameras have a serial number, a brand and a purchase date.");
        assertTrue(links(spec, "Service", "Camera"), SpecCheck.names(spec));
        assertEquals(FieldType.MONEY, field(entity(spec, "Service"), "Cost").type());
    }

    @Test
    void french_spanish_and_german_child_lists() {
        AppSpec fr = draft("On loue des salles. Chaque salle a un nom et une capacité. Pour chaque salle on garde les locations : client, date, montant.");
        assertTrue(links(fr, "Location", "Salle"), SpecCheck.names(fr));
        AppSpec es = draft("Los barcos tienen nombre y eslora. Y las revisiones de cada barco con fecha, taller e importe.");
        assertTrue(links(es, "Revisión", "Barco"), SpecCheck.names(es));
        AppSpec de = draft("Wir haben mehrere Lager (Name, Ort, Leiter). Außerdem die Lieferungen zu jedem Lager: Datum, Menge, Lieferant.");
        assertEquals(FieldType.DATE, field(entity(de, "Lieferung"), "Datum").type(), SpecCheck.names(de));
    }

    @Test
    void an_owner_that_has_several_records_with_their_fields_in_parentheses() {
        AppSpec spec = draft("Each course has modules (title, duration in hours, order). Courses have a code and a name.");
        assertTrue(links(spec, "Module", "Course"), SpecCheck.names(spec));
    }

    @Test
    void a_link_clause_or_the_details_of_each_owner_make_no_child() {
        AppSpec link = draft("Customers have a name and an email. Each order goes to a customer: date, total, paid yes/no.");
        assertTrue(links(link, "Order", "Customer"), SpecCheck.names(link));
        assertFalse(entity(link, "Customer").fields().stream().anyMatch(f -> f.label().equals("Total")), SpecCheck.names(link));
        AppSpec details = draft("For each employee we keep the details: name, email, start date.");
        assertEquals(1, details.entities().size(), SpecCheck.names(details));
    }
}
