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

/** Bullets that each open a kind in their own way ("kind (fields)", "kind: fields", "a list of kinds"), and bullets that go on. */
class BulletKindsTest {
    @Test
    void english_bullets_open_a_kind_each_and_a_bare_bullet_goes_on_with_the_one_before() {
        AppSpec spec = draft("Bike workshop, what we need:\n- riders (name, phone, email)\n"
                + "- repair: rider, bike model, date in, price, whether it's paid\n- and who did the work");
        Entity rider = entity(spec, "Rider");
        assertEquals(FieldType.PHONE, field(rider, "Phone").type());
        Entity repair = entity(spec, "Repair");
        assertEquals(FieldType.MONEY, field(repair, "Price").type());
        assertTrue(SpecCheck.links(spec, "Repair", "Rider"), SpecCheck.names(spec));
        assertTrue(find(repair, "Done by").isPresent(), SpecCheck.names(spec));
        assertTrue(find(rider, "Done by").isEmpty(), SpecCheck.names(spec));
    }

    @Test
    void french_spanish_and_german_bullets_open_their_kinds() {
        AppSpec fr = draft("Pour l'atelier il faudrait :\n- les fournisseurs (raison sociale, téléphone, adresse)\n"
                + "- commande : fournisseur, date, montant, statut (envoyée, reçue)\n- et si la facture est arrivée");
        assertTrue(SpecCheck.links(fr, "Commande", "Fournisseur"), SpecCheck.names(fr));
        assertEquals(FieldType.LONG_TEXT, field(entity(fr, "Fournisseur"), "Adresse").type());
        assertTrue(find(entity(fr, "Commande"), "Facture arrivée").isPresent(), SpecCheck.names(fr));

        AppSpec es = draft("Para la peña necesitamos:\n- una lista de socios (nombre, teléfono, email)\n"
                + "- las cuotas: socio, fecha, importe, forma de pago (efectivo, tarjeta)\n- y quién la cobró");
        assertTrue(SpecCheck.links(es, "Cuota", "Socio"), SpecCheck.names(es));
        assertEquals(FieldType.EMAIL, field(entity(es, "Socio"), "Email").type());

        AppSpec de = draft("Für die Werkstatt:\n- Kunden (Name, Telefon, E-Mail)\n"
                + "- Aufträge: Kunde, Datum, Betrag, Status (offen, erledigt)\n- und ob bezahlt wurde");
        assertTrue(SpecCheck.links(de, "Auftrag", "Kunde"), SpecCheck.names(de));
        assertEquals(FieldType.PHONE, field(entity(de, "Kunde"), "Telefon").type());
    }

    @Test
    void one_kinds_bullets_stay_its_fields_even_with_a_group_or_options_among_them() {
        // "customer (name, phone, email)" is one bullet of five, "reason: …" and "status: …" are options
        AppSpec spec = draft("Returns log:\n- order number\n- customer (name, phone, email)\n- reason: too small, broken, other\n"
                + "- status: open, refunded\n- date received");
        // the customer with three details is a kind of its own (CounterpartKinds, session 20); the rest stays on Return
        assertEquals(2, spec.entities().size(), SpecCheck.names(spec));
        Entity ret = entity(spec, "Return");
        assertEquals(FieldType.CHOICE, field(ret, "Status").type());
        assertTrue(find(ret, "Order number").isPresent(), SpecCheck.names(spec));
    }
}
