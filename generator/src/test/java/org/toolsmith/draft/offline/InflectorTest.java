package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Singular forms of kind names, German above all, whose plurals no single suffix rule gives back. */
class InflectorTest {
    @Test
    void english_latin_us_plurals_keep_their_us() {
        assertEquals("Bus", Inflector.singular(Lang.EN, "Buses"));
        assertEquals("School minibus", Inflector.singular(Lang.EN, "School minibuses"));
        assertEquals("Campus", Inflector.singular(Lang.EN, "Campuses"));
        assertEquals("House", Inflector.singular(Lang.EN, "Houses"));
        assertEquals("Nurse", Inflector.singular(Lang.EN, "Nurses"));
        assertEquals("Course", Inflector.singular(Lang.EN, "Courses"));
    }

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

    /** Endings that overlap ("aufträge", "träge"): the longest decides, and a part after a hyphen keeps its capital. */
    @Test
    void german_compounds_after_a_hyphen_keep_their_capital() {
        assertEquals("Reinigungs-Auftrag", Inflector.singular(Lang.DE, "Reinigungs-Aufträge"));
        assertEquals("Miet-Vertrag", Inflector.singular(Lang.DE, "Miet-Verträge"));
        assertEquals("Eil-Antrag", Inflector.singular(Lang.DE, "Eil-Anträge"));
        assertEquals("Dauerauftrag", Inflector.singular(Lang.DE, "Daueraufträge"));
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

    @Test
    void french_plurals_in_eaux_keep_their_eau_and_those_in_aux_from_ail_get_it_back() {
        assertEquals("Bateau", Inflector.singular(Lang.FR, "Bateaux"));
        assertEquals("bureau", Inflector.singular(Lang.FR, "bureaux"));
        assertEquals("panneau publicitaire", Inflector.singular(Lang.FR, "panneaux publicitaires"));
        assertEquals("cheval", Inflector.singular(Lang.FR, "chevaux"));
        assertEquals("travail", Inflector.singular(Lang.FR, "travaux"));
    }

    @Test
    void spanish_plurals_of_nouns_ending_in_a_consonant_lose_only_their_es() {
        assertEquals("Club", Inflector.singular(Lang.ES, "Clubes"));
        assertEquals("árbol", Inflector.singular(Lang.ES, "árboles"));
        assertEquals("móvil", Inflector.singular(Lang.ES, "móviles"));
        assertEquals("país", Inflector.singular(Lang.ES, "países"));
        assertEquals("mes", Inflector.singular(Lang.ES, "meses"));
        assertEquals("reloj", Inflector.singular(Lang.ES, "relojes"));
        assertEquals("baile", Inflector.singular(Lang.ES, "bailes"));
        assertEquals("coche", Inflector.singular(Lang.ES, "coches"));
    }
}
