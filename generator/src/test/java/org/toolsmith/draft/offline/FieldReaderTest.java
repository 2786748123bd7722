package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.FieldType;

class FieldReaderTest {
    private final Lexicon lex = Lexicon.load(Lang.EN);
    private final FieldReader reader = new FieldReader(lex);
    private final ListSplitter splitter = new ListSplitter(lex);

    private List<DraftField> read(String list) {
        return reader.readAll(splitter.split(list));
    }

    private DraftField one(String item) {
        List<DraftField> f = read(item);
        assertEquals(1, f.size(), () -> "fields: " + f);
        return f.get(0);
    }

    @Test
    void values_listed_under_a_plural_name_may_be_picked_together() {
        assertEquals(FieldType.MULTI_CHOICE, one("channels (press, radio, social media)").type);
        assertEquals(FieldType.CHOICE, one("channel (press, radio, social media)").type);
        assertEquals(FieldType.CHOICE, one("species (cat, dog, rabbit)").type, "a plural that is its own singular");
        assertEquals(FieldType.CHOICE, one("status (open, closed)").type);
        FieldReader es = new FieldReader(Lexicon.load(Lang.ES));
        assertEquals(FieldType.MULTI_CHOICE, es.readAll(new ListSplitter(Lexicon.load(Lang.ES)).split("idiomas hablados (inglés, francés, alemán)")).get(0).type);
    }

    @Test
    void question_marks_and_yes_no_make_booleans() {
        assertEquals(FieldType.BOOLEAN, one("insured?").type);
        assertEquals(FieldType.BOOLEAN, one("vaccinated (y/n)").type);
        DraftField d = one("invoiced or not");
        assertEquals(FieldType.BOOLEAN, d.type);
        assertEquals("Invoiced", d.label);
    }

    @Test
    void whether_becomes_a_boolean_named_by_the_rest() {
        DraftField d = one("whether they've signed the waiver");
        assertEquals(FieldType.BOOLEAN, d.type);
        assertEquals("Signed waiver", d.label);
    }

    @Test
    void whether_with_alternatives_becomes_a_status_choice() {
        DraftField d = one("whether it shipped, stalled or got cancelled");
        assertEquals(FieldType.CHOICE, d.type);
        assertEquals(List.of("Shipped", "Stalled", "Cancelled"), d.options);
    }

    @Test
    void options_in_parentheses_or_slashes_make_a_choice() {
        DraftField p = one("urgency (routine/soon/asap)");
        assertEquals(FieldType.CHOICE, p.type);
        assertEquals(List.of("Routine", "Soon", "Asap"), p.options);
        DraftField s = one("shift early/late/night");
        assertEquals("Shift", s.label);
        assertEquals(List.of("Early", "Late", "Night"), s.options);
    }

    @Test
    void a_label_naming_a_choice_keeps_field_words_in_parentheses_as_options() {
        DraftField d = one("contact method (phone, email, letter)");
        assertEquals(FieldType.CHOICE, d.type);
        assertEquals(3, d.options.size());
    }

    @Test
    void a_group_in_parentheses_becomes_several_fields() {
        List<DraftField> f = read("the tenant (name, email, phone number)");
        assertEquals(List.of(FieldType.TEXT, FieldType.EMAIL, FieldType.PHONE), f.stream().map(x -> x.type).toList());
    }

    @Test
    void who_questions_become_people_with_a_by_label() {
        DraftField d = one("who inspected it");
        assertEquals(FieldType.PERSON, d.type);
        assertEquals("Inspected by", d.label);
        assertEquals("Cleaned by", one("who's cleaning it").label);
    }

    @Test
    void which_questions_point_to_another_kind() {
        DraftField d = one("which warehouse it sits in");
        assertEquals(FieldType.REFERENCE, d.type);
        assertEquals("warehouse", d.target);
    }

    @Test
    void shared_heads_are_spread_over_the_list() {
        List<DraftField> f = read("opening and closing time");
        assertEquals(List.of("Opening time", "Closing time"), f.stream().map(x -> x.label).toList());
        List<DraftField> g = read("the landlord's name and phone");
        assertEquals("Landlord phone", g.get(1).label);
        assertEquals(FieldType.PHONE, g.get(1).type);
    }

    @Test
    void trailing_clauses_and_articles_leave_the_label() {
        assertEquals("Tracking number", one("the tracking number if there is one").label);
        assertEquals("Courier", one("their courier so we can chase them").label);
    }

    @Test
    void one_question_can_name_two_dates() {
        List<DraftField> f = read("when the lease starts and ends");
        assertEquals(List.of("Start date", "End date"), f.stream().map(x -> x.label).toList());
        assertTrue(f.stream().allMatch(x -> x.type == FieldType.DATE));
    }

    @Test
    void how_many_reads_as_a_count() {
        DraftField d = one("how many nights they stay");
        assertEquals(FieldType.INTEGER, d.type);
        assertTrue(d.label.startsWith("Number of nights"));
    }

    @Test
    void a_label_led_by_with_loses_the_with() {
        FieldReader reader = new FieldReader(Lexicon.load(Lang.EN));
        org.junit.jupiter.api.Assertions.assertEquals("Purpose", reader.cleanLabel("with the purpose"));
        FieldReader fr = new FieldReader(Lexicon.load(Lang.FR));
        org.junit.jupiter.api.Assertions.assertEquals("Motif", fr.cleanLabel("avec le motif"));
    }
}
