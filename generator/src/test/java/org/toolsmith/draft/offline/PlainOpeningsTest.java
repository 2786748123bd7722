package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.FieldType;

/** "une fiche par commande avec …", a topic put first, "gives rise to several" ({@link PlainOpenings}). */
class PlainOpeningsTest {
    @Test
    void one_record_per_thing_reads_as_for_each() {
        assertEquals("Bonjour. Pour chaque réservation, il nous faudrait le client et la date.",
                PlainOpenings.rewrite(Lang.FR, "Bonjour. Il nous faudrait une fiche par réservation avec le client et la date."));
        assertEquals("For each repair, we want the bike and the cost.", PlainOpenings.rewrite(Lang.EN, "We want a form per repair with the bike and the cost."));
        // a sheet filled in each day is a record of its own
        String daily = "Chaque soir, l'équipe remplit une fiche par chambre : ménage fait, linge changé.";
        assertEquals(daily, PlainOpenings.rewrite(Lang.FR, daily));
    }

    @Test
    void a_topic_put_first_is_what_the_list_is_for() {
        assertEquals("Pour les fournisseurs, on garde le nom.", PlainOpenings.rewrite(Lang.FR, "Les fournisseurs, on garde le nom."));
        assertEquals("De los socios, queremos el nombre.", PlainOpenings.rewrite(Lang.ES, "Los socios, queremos el nombre."));
        assertEquals("Del socio necesitamos el nombre y el DNI.", PlainOpenings.rewrite(Lang.ES, "Del socio nos interesa el nombre y el DNI."));
        // a plain list is no topic
        assertEquals("Les noms, les dates et les prix.", PlainOpenings.rewrite(Lang.FR, "Les noms, les dates et les prix."));
    }

    @Test
    void gives_rise_to_several_says_has_several() {
        assertEquals("Chaque audit a plusieurs constats.", PlainOpenings.rewrite(Lang.FR, "Chaque audit donne lieu à plusieurs constats."));
        assertEquals("Each audit has several findings.", PlainOpenings.rewrite(Lang.EN, "Each audit gives rise to several findings."));
    }

    @Test
    void a_cake_order_form_links_to_the_customers_kept_apart() {
        AppSpec spec = new OfflineDrafter().draft("Dans notre pâtisserie on prend des commandes. Il nous faudrait une fiche par commande avec le client, la date de retrait "
                + "et l'acompte versé. Les clients, on aimerait garder leur nom et leur téléphone.");
        Entity commande = spec.entities().stream().filter(e -> e.name().equals("Commande")).findFirst().orElseThrow(() -> new AssertionError(spec.entities().toString()));
        assertTrue(commande.fields().stream().anyMatch(f -> f.type() == FieldType.REFERENCE && "client".equals(f.target())), commande.fields().toString());
    }
}
