package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.entity;
import static org.toolsmith.draft.offline.SpecCheck.field;
import static org.toolsmith.draft.offline.SpecCheck.find;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.FieldType;

/**
 * Many records of a kind named inside its owner's list ("… and the parts used: part, quantity, price") or after a
 * count word in a sentence about a kind drafted before ("During an inspection we can raise any number of hazards: …").
 */
class ChildInListTest {
    @Test
    void a_plural_that_ends_the_owners_list_with_its_own_fields_is_a_kind_in_four_languages() {
        AppSpec en = draft("For each visit we note the date, the technician and the parts used: part, quantity, price.");
        assertEquals(FieldType.MONEY, field(entity(en, "Part"), "Price").type());
        assertTrue(find(entity(en, "Visit"), "Technician").isPresent(), SpecCheck.names(en));
        assertTrue(SpecCheck.links(en, "Part", "Visit"), SpecCheck.names(en));
        AppSpec fr = draft("Pour chaque visite on note la date, le technicien et les produits utilisés (référence, quantité, prix).");
        assertTrue(SpecCheck.links(fr, "Produit", "Visite"), SpecCheck.names(fr));
        AppSpec es = draft("En cada visita anotamos la fecha, el técnico y los productos usados (referencia, cantidad y precio).");
        assertTrue(SpecCheck.links(es, "Producto", "Visita"), SpecCheck.names(es));
        assertTrue(find(entity(es, "Visita"), "Técnico").isPresent(), SpecCheck.names(es));
        AppSpec de = draft("Bei jedem Besuch notieren wir das Datum, den Techniker und die verwendeten Teile: Teilenummer, Menge, Preis.");
        assertTrue(SpecCheck.links(de, "Teil", "Besuch"), SpecCheck.names(de));
    }

    @Test
    void a_count_word_before_a_plural_in_a_sentence_about_a_drafted_kind_opens_its_records() {
        AppSpec en = draft("Each inspection has an area, a date, an inspector and a rating. "
                + "During an inspection we can raise any number of hazards: a description, a severity, a photo and a target date.");
        Entity hazard = entity(en, "Hazard");
        assertEquals(FieldType.DATE, field(hazard, "Target date").type());
        assertTrue(SpecCheck.links(en, "Hazard", "Inspection"), SpecCheck.names(en));
        assertEquals(2, en.entities().size(), SpecCheck.names(en));
        AppSpec fr = draft("Chaque inspection a une zone, une date et un inspecteur. "
                + "Lors d'une inspection on peut relever plusieurs anomalies : description, gravité, photo, date limite.");
        assertTrue(SpecCheck.links(fr, "Anomalie", "Inspection"), SpecCheck.names(fr));
        AppSpec de = draft("Jede Prüfung hat einen Bereich, ein Datum und einen Prüfer. "
                + "Bei der Prüfung notieren wir mehrere Mängel: Beschreibung, Schwere, Foto, Frist.");
        assertTrue(SpecCheck.links(de, "Mangel", "Prüfung"), SpecCheck.names(de));
    }

    @Test
    void photos_options_and_one_things_details_stay_fields() {
        AppSpec spec = draft("For each visit we note the date, the technician, the photos (before, after, damage) and the status: open, closed.");
        assertEquals(1, spec.entities().size(), SpecCheck.names(spec));
        AppSpec one = draft("Each order has a date, an amount and the customer (name, phone, email).");
        assertTrue(one.entities().stream().noneMatch(e -> e.name().startsWith("Customers")), SpecCheck.names(one));
    }
}
