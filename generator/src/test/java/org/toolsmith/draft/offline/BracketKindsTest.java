package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Kinds noted with bracketed fields and no verb become colon lists, in every language and in the singular. */
class BracketKindsTest {
    private static String rewrite(Lang lang, String s) {
        return BracketKinds.rewrite(Lexicon.load(lang), s);
    }

    @Test
    void singular_groups_after_a_colon_become_sentences_and_the_rest_goes_on() {
        assertEquals("Pour le club. atelier: nom, adresse. bateaux: nom, longueur, atelier. les sorties : date, bateau.",
                rewrite(Lang.FR, "Pour le club : atelier (nom, adresse), bateaux (nom, longueur, atelier) et les sorties : date, bateau."));
    }

    @Test
    void a_lone_group_opening_a_sentence_becomes_a_colon_list() {
        assertEquals("Kurz. Lieferungen: Nummer, Kunde, Gewicht.", rewrite(Lang.DE, "Kurz. Lieferungen (Nummer, Kunde, Gewicht)."));
    }

    @Test
    void examples_options_verbs_and_bullets_stay() {
        String options = "Status (open, closed, lost).";
        assertEquals(options, rewrite(Lang.EN, options));
        String verb = "We rent boats (name, length) to members.";
        assertEquals(verb, rewrite(Lang.EN, verb));
        String remark = "Hotel (we have a list - name, city).";
        assertEquals(remark, rewrite(Lang.EN, remark));
        String bullet = "- depot (name, city, manager)";
        assertEquals(bullet, rewrite(Lang.EN, bullet));
        String parts = "Les tombes. emplacement (allée, rang, numéro), date d'achat, durée.";
        assertEquals(parts, rewrite(Lang.FR, parts));
    }

    @Test
    void a_singular_party_inside_a_parents_list_is_said_after_the_sentence() {
        assertEquals("Cada pedido: el cliente, la tarta, el precio. el cliente: nombre, teléfono, email. Gracias.",
                rewrite(Lang.ES, "Cada pedido: el cliente (nombre, teléfono, email), la tarta, el precio. Gracias."));
        String place = "Chaque tombe : emplacement (allée, rang, numéro), date.";
        assertEquals(place, rewrite(Lang.FR, place));
        String kinds = "want: suppliers (name, phone, email), orders (supplier, date, total)";
        assertTrue(rewrite(Lang.EN, kinds).contains("suppliers: name, phone, email"), rewrite(Lang.EN, kinds));
    }

    @Test
    void the_drafted_spec_has_the_bracketed_kinds_linked() {
        var spec = SpecCheck.draft("hola, en la tienda queremos llevar los arreglos. cliente (nombre, teléfono), el reloj (marca, modelo, cliente) y cada arreglo: qué reloj, fecha de entrada, precio. un cliente puede traer varios relojes");
        assertTrue(SpecCheck.links(spec, "Reloj", "Cliente"), SpecCheck.names(spec));
        assertTrue(SpecCheck.links(spec, "Arreglo", "Reloj"), SpecCheck.names(spec));
    }

    @Test
    void a_party_in_brackets_inside_an_order_list_becomes_its_own_linked_kind() {
        var spec = SpecCheck.draft("Für die Werkstatt möchte ich die Aufträge festhalten: Kunde (Name, Ort und Telefon), Datum, Gerät, Preis und ob bezahlt.");
        assertTrue(SpecCheck.links(spec, "Auftrag", "Kunde"), SpecCheck.names(spec));
    }
}
