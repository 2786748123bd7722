package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.entity;
import static org.toolsmith.draft.offline.SpecCheck.field;
import static org.toolsmith.draft.offline.SpecCheck.links;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/** Child records said inside a clause become kinds of their own, linked to their owner. */
class RecordClausesTest {
    private static final Lexicon EN = Lexicon.load(Lang.EN);

    @Test
    void a_pronoun_subject_with_several_records_makes_a_child_kind_of_the_sentence_subject() {
        AppSpec spec = draft("Every workshop has a title and a tutor, and it runs in several sittings, each on a date with a venue.");
        assertTrue(links(spec, "Sitting", "Workshop"), SpecCheck.names(spec));
        assertEquals(FieldType.DATE, field(entity(spec, "Sitting"), "Date").type());
        assertTrue(entity(spec, "Workshop").fields().stream().noneMatch(f -> f.label().equals("Venue")), SpecCheck.names(spec));
    }

    @Test
    void an_elided_subject_after_and_is_the_sentence_subject() {
        AppSpec spec = draft("Each warehouse has a code and a manager, and holds several racks (steel, wooden or mobile) with a row number.");
        assertTrue(links(spec, "Rack", "Warehouse"), SpecCheck.names(spec));
        assertEquals(FieldType.CHOICE, field(entity(spec, "Rack"), "Type").type());
        assertFalse(links(spec, "Warehouse", "Rack"));
    }

    @Test
    void attributes_said_in_the_next_clause_go_to_the_records() {
        AppSpec spec = draft("Growers send us soil samples. For each sample we carry out several analyses, "
                + "and an analysis has the parameter, the measured value, the chemist and the date.");
        assertTrue(links(spec, "Analysis", "Sample"), SpecCheck.names(spec));
        assertEquals(FieldType.DATE, field(entity(spec, "Analysis"), "Date").type());
        assertTrue(entity(spec, "Sample").fields().stream().noneMatch(f -> f.label().equals("Chemist")), SpecCheck.names(spec));
    }

    @Test
    void every_record_noted_for_each_owner_is_its_own_kind() {
        AppSpec spec = draft("Horses have a name, a breed and an owner. For each horse we note every shoeing with the farrier, the date and the cost.");
        assertTrue(links(spec, "Shoeing", "Horse"), SpecCheck.names(spec));
        assertEquals(FieldType.MONEY, field(entity(spec, "Shoeing"), "Cost").type());
    }

    @Test
    void a_record_logged_against_an_owner_links_to_it() {
        AppSpec spec = draft("Tenancies have a start date and a rent. We log each complaint against a tenancy, with the date, the topic and the outcome.");
        assertTrue(links(spec, "Complaint", "Tenancy"), SpecCheck.names(spec));
        assertEquals(FieldType.DATE, field(entity(spec, "Complaint"), "Date").type());
    }

    @Test
    void the_rewrite_keeps_the_first_clause_and_moves_the_records_list() {
        RecordClauses rc = new RecordClauses(EN);
        List<String> out = rc.rewrite("Each album has a title and a label, and it contains several tracks, each with a name and a length");
        assertEquals(List.of("Each album has a title and a label", "Each album has several tracks with a name and a length"), out);
    }

    @Test
    void a_list_item_with_and_before_an_article_stays_in_the_list() {
        RecordClauses rc = new RecordClauses(EN);
        List<String> out = rc.rewrite("Each invoice has several lines with the article, the amount and the tax rate");
        assertNull(out, "already plain");
        out = rc.rewrite("Each invoice has a number, and it lists several lines with the article, the amount and the tax rate");
        assertEquals("Each invoice has several lines with the article, the amount and the tax rate", out.get(1));
    }

    @Test
    void time_units_and_people_are_no_records() {
        RecordClauses rc = new RecordClauses(EN);
        assertNull(rc.rewrite("Each machine has a serial number, and it runs for several hours with a break"));
        assertNull(rc.rewrite("Each team has a name, and it has several people with a badge"));
    }

    @Test
    void a_language_without_the_words_is_left_alone() {
        assertNull(new RecordClauses(Lexicon.load(Lang.FR)).rewrite("Chaque cours a un titre, et il a plusieurs séances avec une date"));
    }

    @Test
    void a_plural_subject_put_under_an_owner_with_a_list_is_its_child() {
        AppSpec spec = draft("Our museum lends objects to other venues. Each exhibition has a title, a curator and an opening date. "
                + "Labels are written for an exhibition, with the object name, the text and the author.");
        assertTrue(links(spec, "Label", "Exhibition"), SpecCheck.names(spec));
    }

    @Test
    void an_event_clause_names_the_owner_and_the_record_written() {
        AppSpec spec = draft("Kilns have a name, a maximum temperature and a location. "
                + "Every time we fire a kiln we write a firing: the date, the peak temperature, the potter and the result.");
        assertTrue(links(spec, "Firing", "Kiln"), SpecCheck.names(spec));
        assertTrue(entity(spec, "Kiln").fields().stream().noneMatch(f -> f.label().equals("Potter")), SpecCheck.names(spec));
    }

    @Test
    void a_form_filled_in_is_no_record_kind() {
        RecordClauses rc = new RecordClauses(EN);
        assertNull(rc.rewrite("Every time we lend a drill we fill in a form with the borrower, the date and the return date"));
    }

    @Test
    void someone_acting_on_each_thing_makes_a_record_named_by_the_act() {
        RecordClauses rc = new RecordClauses(EN);
        assertEquals(List.of("Each reading has the gauge, the date, the value and who took it"),
                rc.rewrite("Someone reads each gauge every week: the date, the value and who took it"));
    }

    @Test
    void a_collection_each_with_its_fields_is_a_kind() {
        AppSpec spec = draft("I look after the stables. There are several paddocks, each with a name, a size in acres and a water source. "
                + "Horses have a name, a breed and an owner.");
        FieldType size = field(entity(spec, "Paddock"), "Size in acres").type();
        assertTrue(size == FieldType.INTEGER || size == FieldType.DECIMAL, size.json());
        assertTrue(entity(spec, "Paddock").fields().stream().anyMatch(f -> f.label().equals("Water source")), SpecCheck.names(spec));
    }

    @Test
    void a_record_sent_to_a_person_by_email_has_no_owner() {
        assertNull(new RecordClauses(EN).rewrite("Requests are sent to me by email with the dates, the type of leave and a reason"));
    }
}
