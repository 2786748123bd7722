package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/** A who-item named by its verb: "qui valide" → Validé par, "wer anfragt" → Angefragt von ({@link WhoParticiple}). */
class WhoParticipleTest {
    private static List<String> persons(String request) {
        AppSpec spec = new OfflineDrafter().draft(request);
        return spec.entities().stream().flatMap(e -> e.fields().stream()).filter(f -> f.type() == FieldType.PERSON)
                .map(f -> f.label()).collect(Collectors.toList());
    }

    @Test
    void french_present_and_past_name_the_act() {
        List<String> p = persons("Pour chaque achat on garde le fournisseur, qui commande, qui vérifie la facture et le montant.");
        assertTrue(p.contains("Commandé par") && p.contains("Vérifié par"), p.toString());
        List<String> q = persons("À chaque nettoyage on note la date, qui l'a fait et qui a rempli la fiche.");
        assertTrue(q.contains("Fait par") && q.contains("Rempli par"), q.toString());
    }

    @Test
    void german_verb_last_without_object() {
        List<String> p = persons("Für jede Bestellung erfassen wir das Datum, wer bestellt, wer prüft und den Betrag.");
        assertTrue(p.contains("Bestellt von") && p.contains("Geprüft von"), p.toString());
    }

    @Test
    void english_present_and_spanish_changed_stems() {
        List<String> p = persons("For every purchase we log the supplier, who orders it, who checks the invoice and the total.");
        assertTrue(p.contains("Ordered by") && p.contains("Checked by"), p.toString());
        assertEquals("Pedido por", WhoParticiple.mend(Lang.ES, "Pidido por"));
        assertEquals("Medido por", WhoParticiple.mend(Lang.ES, "Midido por"));
        assertEquals("Firmado por", WhoParticiple.mend(Lang.ES, "Firmado por"));
    }

    @Test
    void verbs_that_name_no_act_keep_the_plain_label() {
        assertEquals(null, WhoParticiple.label(Lang.FR, "qui y va", "qui y va"));
        assertEquals(null, WhoParticiple.label(Lang.FR, "qui est present", "qui est présent"));
        assertEquals(null, WhoParticiple.label(Lang.FR, "qui doit refaire quoi", "qui doit refaire quoi"));
        assertEquals(null, WhoParticiple.label(Lang.DE, "wer kommt", "wer kommt"));
        assertEquals("Réservé par", WhoParticiple.label(Lang.FR, "qui reserve", "qui réserve"));
        assertEquals("Boss", WhoParticiple.mend(Lang.EN, "Boss"));
        assertEquals("Status by", WhoParticiple.mend(Lang.EN, "Status by"));
    }
}
