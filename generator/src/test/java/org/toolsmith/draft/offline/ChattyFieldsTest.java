package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/** Fields in chatty requests: implied by questions, wishes and actions, and background that names none. */
class ChattyFieldsTest {

    private static List<Field> all(AppSpec spec) {
        return spec.entities().stream().flatMap(e -> e.fields().stream()).toList();
    }

    private static Optional<Field> labelled(AppSpec spec, String label) {
        return all(spec).stream().filter(f -> f.label().equalsIgnoreCase(label)).findFirst();
    }

    private static FieldType typeOf(AppSpec spec, String label) {
        return labelled(spec, label).map(Field::type)
                .orElseThrow(() -> new AssertionError("no field " + label + " in " + all(spec).stream().map(Field::label).toList()));
    }

    @Test
    void a_sentence_that_only_says_also_and_a_long_label_is_no_crash() {
        AppSpec spec = draft("We track every delivery note: the carrier, the date and whether it was signed. Also the person who checked it.");
        assertEquals(FieldType.DATE, typeOf(spec, "Date"));
    }

    @Test
    void short_questions_in_sentences_of_their_own_are_fields() {
        AppSpec spec = draft("Staff must report near misses on the shop floor. What happened? Where? When? Was anyone injured?");
        assertEquals(FieldType.LONG_TEXT, typeOf(spec, "Description"));
        assertEquals(FieldType.TEXT, typeOf(spec, "Location"));
        assertEquals(FieldType.DATE, typeOf(spec, "Date"));
        assertEquals(FieldType.BOOLEAN, typeOf(spec, "Anyone injured"));
    }

    @Test
    void a_question_to_the_reader_is_no_field() {
        AppSpec spec = draft("Could you build us something for parking permits? Each permit has a plate, a holder and an expiry date.");
        assertTrue(all(spec).stream().noneMatch(f -> f.label().toLowerCase().contains("build")), all(spec).toString());
    }

    @Test
    void if_so_until_when_asks_for_an_end_date() {
        AppSpec spec = draft("We lend badges to visiting engineers: who has it and which door it opens. Is it permanent? If not, until when?");
        assertEquals(FieldType.BOOLEAN, typeOf(spec, "Permanent"));
        assertEquals(FieldType.DATE, typeOf(spec, "End date"));
    }

    @Test
    void a_question_word_before_a_question_mark_is_no_yes_or_no() {
        AppSpec spec = draft("For every key we want: which cabinet, who holds it, when was it issued?");
        assertEquals(FieldType.DATE, typeOf(spec, "Issued on"));
    }

    @Test
    void how_much_it_costs_is_a_cost_and_per_month_says_so() {
        AppSpec spec = draft("For each magazine subscription we keep the title, how much it costs per month and when it renews.");
        assertEquals(FieldType.MONEY, typeOf(spec, "Cost per month"));
        assertEquals(FieldType.DATE, typeOf(spec, "Renewal date"));
        AppSpec repair = draft("For each broken window we note the room, the size and how much the glazing will cost.");
        assertEquals(FieldType.MONEY, typeOf(repair, "Glazing cost"));
    }

    @Test
    void who_phrases_name_the_role() {
        AppSpec spec = draft("For each parcel we log who it's for, who owns the shelf it sits on, and who on our team is dealing with it.");
        assertEquals(FieldType.PERSON, typeOf(spec, "Recipient"));
        assertEquals(FieldType.PERSON, typeOf(spec, "Handled by"));
        AppSpec asks = draft("For each access request: which printer, who is asking and when we must reply by.");
        assertEquals(FieldType.PERSON, typeOf(asks, "Requested by"));
        assertEquals(FieldType.DATE, typeOf(asks, "Reply by"));
    }

    @Test
    void a_duty_is_not_what_a_kind_has() {
        AppSpec spec = draft("Our cleaners have to sign the sheet. For each clean we note the room, the time and who did it.");
        assertFalse(all(spec).stream().anyMatch(f -> f.label().toLowerCase().startsWith("to sign")), all(spec).toString());
    }
}
