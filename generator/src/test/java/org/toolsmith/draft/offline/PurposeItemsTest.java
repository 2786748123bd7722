package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.FieldType;

/** A purpose or reason said as the last item of a list is no field ({@link PurposeItems}); rates and shares are decimals. */
class PurposeItemsTest {
    @Test
    void a_purpose_or_reason_item_is_an_aside() {
        assertTrue(PurposeItems.aside(Lang.EN, "so that we can see the yield"));
        assertTrue(PurposeItems.aside(Lang.EN, "and because the boss asks"));
        assertTrue(PurposeItems.aside(Lang.DE, "damit wir den Ertrag sehen"));
        assertTrue(PurposeItems.aside(Lang.DE, "falls wir das weiterberechnen"));
        assertTrue(PurposeItems.aside(Lang.DE, "um den Überblick zu behalten"));
        assertTrue(PurposeItems.aside(Lang.FR, "pour qu'on voie le rendement"));
        assertTrue(PurposeItems.aside(Lang.FR, "afin de comparer les saisons"));
        assertTrue(PurposeItems.aside(Lang.ES, "para que veamos el rendimiento"));
        // questions and plain items are fields
        assertFalse(PurposeItems.aside(Lang.FR, "pour quel service"));
        assertFalse(PurposeItems.aside(Lang.EN, "car model"));
        assertFalse(PurposeItems.aside(Lang.DE, "ob bezahlt"));
        assertFalse(PurposeItems.aside(Lang.DE, "wenn ja, wann"));
        assertFalse(PurposeItems.aside(Lang.ES, "para qué cliente"));
    }

    @Test
    void a_trailing_purpose_adds_no_field() {
        for (String[] c : List.of(
                new String[] {"Jede Tour: Fahrer, Datum, Strecke in km, damit wir die Kosten sehen.", "Tour"},
                new String[] {"Pour chaque tournée : chauffeur, date, distance en km, pour qu'on puisse estimer les coûts.", "Tournée"},
                new String[] {"For each trip: driver, date, distance in km, so that we see the trend.", "Trip"})) {
            AppSpec spec = new OfflineDrafter().draft(c[0]);
            Entity e = spec.entities().stream().filter(x -> x.name().equals(c[1])).findFirst().orElseThrow(() -> new AssertionError(spec.entities().toString()));
            assertEquals(3, e.fields().size(), e.fields().toString());
        }
    }

    @Test
    void rates_and_quotas_are_decimals_but_a_payment_rate_is_not() {
        assertEquals(FieldType.DECIMAL, FieldTyper.type(Lexicon.load(Lang.DE), "Fehlerquote"));
        assertEquals(FieldType.DECIMAL, FieldTyper.type(Lexicon.load(Lang.DE), "Klickrate"));
        assertEquals(FieldType.DATE, FieldTyper.type(Lexicon.load(Lang.DE), "Erstzulassung"));
        assertEquals(FieldType.DECIMAL, FieldTyper.type(Lexicon.load(Lang.EN), "conversion rate"));
        assertEquals(FieldType.MONEY, FieldTyper.type(Lexicon.load(Lang.EN), "daily rate"));
        assertEquals(FieldType.DECIMAL, FieldTyper.type(Lexicon.load(Lang.FR), "taux de réussite"));
        assertEquals(FieldType.MONEY, FieldTyper.type(Lexicon.load(Lang.FR), "taux horaire"));
        assertEquals(FieldType.DECIMAL, FieldTyper.type(Lexicon.load(Lang.ES), "índice de satisfacción"));
    }
}
