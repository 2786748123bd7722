package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/** Field lists typed without commas get their commas back; prose is left alone. */
class RunOnListsTest {
    private static final NlpPipeline NLP = new NlpPipeline(NlpModels.SHARED);

    private static String commas(Lang lang, String text) {
        return RunOnLists.commas(Lexicon.load(lang), NLP, text);
    }

    @Test
    void english_field_words_end_a_phrase_and_an_owner_word_joins_its_detail() {
        assertEquals("we want to log lessons: pupil name, teacher, date, duration in hours and the price",
                commas(Lang.EN, "we want to log lessons pupil name teacher date duration in hours and the price"));
        assertEquals("for each pallet we need weight, supplier email, delivery date and notes",
                commas(Lang.EN, "for each pallet we need weight supplier email delivery date and notes"));
    }

    @Test
    void french_and_spanish_field_words_start_a_phrase_and_the_lead_gets_a_colon() {
        assertEquals("on suit les adhérents du club: nom, prenom, date de naissance, telephone des parents et la cotisation",
                commas(Lang.FR, "on suit les adhérents du club nom prenom date de naissance telephone des parents et la cotisation"));
        assertEquals("quiero apuntar las reservas: nombre, telefono, fecha, importe y si ya pagó",
                commas(Lang.ES, "quiero apuntar las reservas nombre telefono fecha importe y si ya pagó"));
    }

    @Test
    void german_compounds_are_phrases_of_their_own() {
        assertEquals("wir erfassen die Lieferungen mit lieferdatum, lieferant, bestellnummer, menge und wer sie angenommen hat",
                commas(Lang.DE, "wir erfassen die Lieferungen mit lieferdatum lieferant bestellnummer menge und wer sie angenommen hat"));
    }

    @Test
    void leaves_prose_and_short_lists_alone() {
        List<String> prose = List.of(
                "People email us when something breaks and nobody knows who owns the ticket",
                "The inspector writes the door number the building and whether it closes properly",
                "Across our hotels the supervisors do room inspections after the attendants finish",
                "Each booking has a customer name and a date",
                "name, phone, email and start date");
        for (String p : prose) {
            assertEquals(p, commas(Lang.EN, p));
        }
        assertEquals("Chaque client peut avoir plusieurs contrats avec une date de début",
                commas(Lang.FR, "Chaque client peut avoir plusieurs contrats avec une date de début"));
    }

    @Test
    void a_phone_written_request_drafts_one_field_per_phrase() {
        AppSpec spec = new OfflineDrafter().draft("need something to log bike rentals customer name phone number bike model rental date "
                + "return date and the price thx");
        List<Field> fields = spec.entities().stream().flatMap(e -> e.fields().stream()).toList();
        List<String> labels = fields.stream().map(Field::label).map(String::toLowerCase).toList();
        assertTrue(labels.containsAll(List.of("customer name", "phone number", "bike model", "rental date", "return date")), labels::toString);
        assertTrue(fields.stream().anyMatch(f -> f.label().equalsIgnoreCase("phone number") && f.type() == FieldType.PHONE), labels::toString);
    }
}
