package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.entity;
import static org.toolsmith.draft.offline.SpecCheck.field;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.links;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/** Records that an event names ("every time someone borrows one, we note ..."), and "each X is for a Y", in four languages. */
class EventRecordsTest {
    @Test
    void an_event_clause_after_a_list_is_a_record_of_its_own() {
        AppSpec spec = draft("We keep a list of the cameras with serial number, model and condition, and every time someone "
                + "borrows one we note the date out and the expected return date.");
        assertTrue(links(spec, "Loan", "Camera"), SpecCheck.names(spec));
        assertEquals(FieldType.DATE, field(entity(spec, "Loan"), "Date out").type());
        assertTrue(entity(spec, "Camera").fields().stream().noneMatch(f -> f.label().equals("Date out")));
    }

    @Test
    void a_french_event_points_to_the_thing_it_is_about() {
        AppSpec spec = draft("Chaque fois qu'un technicien répare une machine, on note la date, la panne et le coût. "
                + "Les machines ont un numéro de série et un emplacement.");
        assertTrue(links(spec, "Réparation", "Machine"), SpecCheck.names(spec));
        assertEquals(FieldType.MONEY, field(entity(spec, "Réparation"), "Coût").type());
    }

    @Test
    void a_spanish_event_without_a_recording_verb_reads_the_list_after_the_comma() {
        AppSpec spec = draft("Cada vez que un cliente devuelve un pedido, el motivo, la fecha y el importe. "
                + "Los pedidos tienen número y total.");
        assertTrue(links(spec, "Devolución", "Pedido"), SpecCheck.names(spec));
    }

    @Test
    void a_german_event_with_the_verb_at_the_end() {
        AppSpec spec = draft("Jedes Mal, wenn ein Kunde ein Fahrrad mietet, erfassen wir Datum, Dauer in Stunden und Preis. "
                + "Fahrräder haben eine Rahmennummer und eine Farbe.");
        assertTrue(links(spec, "Miete", "Fahrrad"), SpecCheck.names(spec));
        assertTrue(entity(spec, "Miete").fields().stream().noneMatch(f -> f.label().startsWith("Wir")));
    }

    @Test
    void each_record_is_for_a_kind_links_only_when_that_kind_is_drafted() {
        AppSpec spec = draft("Each ticket is for an event and shows the seat number, the price and the buyer. "
                + "Events have a name, a venue and a date.");
        assertTrue(links(spec, "Ticket", "Event"), SpecCheck.names(spec));
        assertFalse(links(spec, "Event", "Ticket"));
        assertEquals(FieldType.MONEY, field(entity(spec, "Ticket"), "Price").type());
        AppSpec alone = draft("Each voucher is for a discount and has a code, a value and an expiry date.");
        assertEquals(1, alone.entities().size(), SpecCheck.names(alone));
    }

    @Test
    void role_words_are_people_in_every_language() {
        assertEquals(FieldType.PERSON, FieldTyper.type(Lexicon.load(Lang.EN), "interviewer"));
        assertEquals(FieldType.PERSON, FieldTyper.type(Lexicon.load(Lang.FR), "inspecteur"));
        assertEquals(FieldType.PERSON, FieldTyper.type(Lexicon.load(Lang.ES), "entrevistador"));
        assertEquals(FieldType.PERSON, FieldTyper.type(Lexicon.load(Lang.DE), "Gutachter"));
        assertEquals(FieldType.TEXT, FieldTyper.type(Lexicon.load(Lang.EN), "payment terms"));
        assertEquals(FieldType.INTEGER, FieldTyper.type(Lexicon.load(Lang.DE), "Kilometerstand"));
    }

    @Test
    void each_kind_should_say_inside_a_sentence_names_the_record_and_each_time_entry_is_no_event() {
        AppSpec spec = draft("Cases have a number and a client. We charge for our work, so each time entry should say "
                + "which case, who did the work, the date and the hours.");
        assertTrue(links(spec, "Time entry", "Case"), SpecCheck.names(spec));
        assertEquals(FieldType.DECIMAL, field(entity(spec, "Time entry"), "Hours").type());
    }
}
