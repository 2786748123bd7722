package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Singular forms of kind names, German above all, whose plurals no single suffix rule gives back. */
class InflectorTest {
    @Test
    void german_plurals_become_singular() {
        assertEquals("Mitglied", Inflector.singular(Lang.DE, "Mitglieder"));
        assertEquals("Beitrag", Inflector.singular(Lang.DE, "Beiträge"));
        assertEquals("Jahresbeitrag", Inflector.singular(Lang.DE, "Jahresbeiträge"));
        assertEquals("Lieferant", Inflector.singular(Lang.DE, "Lieferanten"));
        assertEquals("Rechnung", Inflector.singular(Lang.DE, "Rechnungen"));
        assertEquals("Reparatur", Inflector.singular(Lang.DE, "Reparaturen"));
        assertEquals("Kunde", Inflector.singular(Lang.DE, "Kunden"));
        assertEquals("Fahrzeug", Inflector.singular(Lang.DE, "Fahrzeuge"));
    }

    @Test
    void german_nouns_alike_in_both_numbers_stay_as_they_are() {
        assertEquals("Mitarbeiter", Inflector.singular(Lang.DE, "Mitarbeiter"));
        assertEquals("Schlüssel", Inflector.singular(Lang.DE, "Schlüssel"));
        assertEquals("Termin", Inflector.singular(Lang.DE, "Termin"));
    }

    @Test
    void english_french_and_spanish_plurals_by_rule() {
        assertEquals("delivery", Inflector.singular(Lang.EN, "deliveries"));
        assertEquals("visite", Inflector.singular(Lang.FR, "visites"));
        assertEquals("pedido", Inflector.singular(Lang.ES, "pedidos"));
    }

    @Test
    void french_nouns_ending_in_s_in_the_singular_stay_as_they_are() {
        assertEquals("Colis", Inflector.singular(Lang.FR, "Colis"));
        assertEquals("devis", Inflector.singular(Lang.FR, "devis"));
        assertEquals("cours", Inflector.singular(Lang.FR, "cours"));
        assertEquals("commande", Inflector.singular(Lang.FR, "commandes"));
    }
}
