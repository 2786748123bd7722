package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A kind opening its sentence and asked for as a list of its own becomes a colon list. */
class SeparateListsTest {
    private static String rewrite(Lang lang, String s) {
        return SeparateLists.rewrite(Lexicon.load(lang), s);
    }

    @Test
    void a_fronted_kind_kept_separately_becomes_a_colon_list() {
        assertEquals("Repairs have a date. Spare parts: the part, the price and the supplier.",
                rewrite(Lang.EN, "Repairs have a date. Spare parts we also want to log separately: the part, the price and the supplier."));
        assertEquals("drivers: name, phone and licence number",
                rewrite(Lang.EN, "drivers are agency staff so we need a list of them with name, phone and licence number"));
        assertEquals("proveedores: nombre, teléfono, email.",
                rewrite(Lang.ES, "Los proveedores los queremos tener aparte (nombre, teléfono, email) porque cambian."));
        assertEquals("Die Lieferanten. Werkstätten: Name, Ort, Telefon",
                rewrite(Lang.DE, "Die Lieferanten. Die Werkstätten bitte als eigene Liste (Name, Ort, Telefon)"));
    }

    @Test
    void a_list_of_children_or_a_sentence_without_a_marker_stays() {
        String children = "Orders need a list of lines with product, quantity and price.";
        assertEquals(children, rewrite(Lang.EN, children));
        String plain = "We keep customers with name and phone.";
        assertEquals(plain, rewrite(Lang.EN, plain));
        String pronoun = "We also want it separately: date and amount.";
        assertEquals(pronoun, rewrite(Lang.EN, pronoun));
    }

    @Test
    void the_drafted_spec_gets_the_separate_kind() {
        var spec = SpecCheck.draft("Each trip: date, boat, skipper. skippers are volunteers so we need a list of them w/ name, phone and licence");
        assertTrue(SpecCheck.names(spec).contains("Skipper"), SpecCheck.names(spec));
    }
}
