package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.entity;
import static org.toolsmith.draft.offline.SpecCheck.field;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/** "customer (company, contact, email)" inside a record's list: a kind of its own that the record points to. */
class AttributeKindsTest {
    @Test
    void a_party_with_its_attributes_in_brackets_is_a_kind_in_four_languages() {
        AppSpec en = draft("Job sheets: client (company, contact person, phone), job number, date, hours and the price.");
        assertEquals(FieldType.PHONE, field(entity(en, "Client"), "Phone").type());
        assertTrue(SpecCheck.links(en, "Job sheet", "Client"), SpecCheck.names(en));
        AppSpec fr = draft("Pour chaque commande : fournisseur (société, e-mail, pays), date, montant.");
        assertTrue(SpecCheck.links(fr, "Commande", "Fournisseur"), SpecCheck.names(fr));
        AppSpec es = draft("Reparaciones: la bici (marca, modelo, número de serie), fecha de entrada, presupuesto.");
        assertTrue(SpecCheck.links(es, "Reparación", "Bici"), SpecCheck.names(es));
        assertEquals(FieldType.TEXT, field(entity(es, "Bici"), "Marca").type());
        AppSpec de = draft("Wartungen: Gerät (Hersteller, Modell, Seriennummer), Datum, Kosten.");
        assertTrue(SpecCheck.links(de, "Wartung", "Gerät"), SpecCheck.names(de));
    }

    @Test
    void values_units_and_a_contact_stay_fields_of_the_record() {
        AppSpec spec = draft("Orders: item, size (small, medium, large), contact (name, phone), date.");
        assertEquals(1, spec.entities().size(), SpecCheck.names(spec));
        assertEquals(FieldType.CHOICE, field(entity(spec, "Order"), "Size").type());
        AppSpec person = draft("Lettings: the tenant (name, phone number), flat, start date, rent."); // three details: CounterpartKinds
        assertEquals(1, person.entities().size(), SpecCheck.names(person));
        AppSpec de = draft("Gebinde: Stoff, Raum, Menge, Einheit (g, kg, ml oder Liter), geöffnet am.");
        assertEquals(1, de.entities().size(), SpecCheck.names(de));
    }
}
