package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.toolsmith.draft.offline.RefineFixtures.ROOMS;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * Field-level edits said in long, chatty English: the field named by the noun phrase of the clause
 * ({@link FieldPhrase}), never by a verb phrase or a piece of a sentence; type changes said by what
 * people need ({@link TypeByUse}); renames, values and additions said around asides, fillers and
 * reasons. Phrasing of our own, on the room bookings spec; nothing else may change ({@link RefineExpect}).
 */
class ChattyFieldEditsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "We should also jot down how many people actually came to each booking. | +booking:integer:Number of people",
        "Could you keep a copy of the signed booking form, the facilities team asked for it. | +booking:file:Signed booking form",
        "Please add somewhere to write down the catering requirements. | +booking:long_text:Catering requirements",
        "It would be handy to note down which department is paying - sales, HR or finance. | +booking:choice:Department",
        "Let's keep track of which caterer we book each time. | +booking:text:Caterer",
        "The office moved last month, which was chaos. We need the date it was cleaned. | +booking:date:Date cleaned",
        "What we need instead is the number of chairs, if there are any. | +booking:integer:Number of chairs",
        "needs an owner and a catering yes/no | +booking:person:Owner & +booking:boolean:Catering"})
    void names_a_new_field_by_the_noun_phrase_of_a_chatty_clause(String message, String expected) {
        RefineExpect.check(ROOMS, message, expected);
    }

    @Test
    void a_date_that_should_include_the_time_becomes_a_date_and_time() {
        AppSpec visits = RefineFixtures.spec("""
                {"spec": 1, "name": "Visits", "entities": [
                  {"key": "visit", "name": "Visit", "plural": "Visits", "fields": [
                    {"key": "visit_date", "label": "Visit date", "type": "date", "required": true},
                    {"key": "engineer", "label": "Engineer", "type": "text"}]}]}
                """);
        RefineExpect.check(visits, "Can the visit date include the time as well? We book slots.", "visit.visit_date=datetime");
    }

    @Test
    void a_verb_of_writing_down_is_read_as_a_whole_word_only() {
        assertEquals("La tarea «Almacén» se llama «Logística»", FieldPhrase.plainVerbs("La tarea «Almacén» se llama «Logística»"));
        assertEquals("record the mileage", FieldPhrase.plainVerbs("log the mileage"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "It'd help to attach the signed terms they send us. | +booking:file:Signed terms",
        "I'd love to see whether the room was left tidy afterwards. | +booking:boolean",
        "The organisers have asked if they could also record the number of guests. | +booking:integer:Number of guests",
        "they could also put in how many guests came | +booking:integer",
        "Some bookings fall through, so the status needs a No show option too. | booking.status[Requested;Confirmed;Cancelled;No show]",
        "Change 'Purpose' so it's called 'Reason'. | booking.purpose~Reason"})
    void reads_the_request_inside_a_frame_of_wishes_questions_and_permissions(String message, String expected) {
        RefineExpect.check(ROOMS, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The purpose has to be filled in, we need to count them every month. | booking.purpose!",
        "Rename Purpose to Reason, that's what people actually write there. | booking.purpose~Reason",
        "The status must always be set, the managers asked for it. | booking.status!",
        "We stopped using the notes, get rid of them. Helps with keeping things tidy. | -booking.notes"})
    void adds_nothing_from_reasons_and_verb_phrases(String message, String expected) {
        RefineExpect.check(ROOMS, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "For the start, only the day matters, not the time. | booking.starts_at=date",
        "Starts at is too precise, we only care about the date. | booking.starts_at=date",
        "The notes are overkill, honestly a single line is plenty. | booking.notes=text",
        "The purpose should be allowed to be longer, one line isn't enough. | booking.purpose=long_text"})
    void changes_a_type_said_by_what_people_need(String message, String expected) {
        RefineExpect.check(ROOMS, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "hmm notes → rename to 'Remarks' | booking.notes~Remarks",
        "Let's call the purpose 'Reason' instead, people mix it up with the notes. | booking.purpose~Reason",
        "The purpose is really the reason, so call it Reason. | booking.purpose~Reason",
        "The status needs a fourth option, 'No-show'. | booking.status[Requested;Confirmed;Cancelled;No-show]",
        "For each room I'd like to tick off whether it has a whiteboard | +room:boolean:Whiteboard",
        "Could bookings have a layout? Boardroom, theatre or cabaret. | +booking:choice:Layout"})
    void reads_renames_values_and_scopes_around_chatter(String message, String expected) {
        RefineExpect.check(ROOMS, message, expected);
    }
}
