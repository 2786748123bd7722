package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * English chat edits wrapped in a frame (session 4, helper E1): asked as a question, told as a problem,
 * reported from others, or naming the thing only by what is wanted; and an attached thing whose name
 * shares a word with an existing field. Phrasing and domain of our own (a workshop's repair jobs).
 */
class ChatFramesTest {
    static final AppSpec REPAIRS = RefineFixtures.spec("""
            {"spec": 1, "name": "Repairs", "entities": [
              {"key": "job", "name": "Job", "plural": "Jobs", "fields": [
                {"key": "bike", "label": "Bike", "type": "text", "required": true},
                {"key": "owner", "label": "Owner", "type": "text"},
                {"key": "mechanic", "label": "Mechanic", "type": "person"},
                {"key": "booked_for", "label": "Booked for", "type": "date"},
                {"key": "state", "label": "State", "type": "choice", "options": ["Waiting", "Working", "Ready"]},
                {"key": "price", "label": "Price", "type": "text"},
                {"key": "memo", "label": "Memo", "type": "text"}]}]}""");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Is there a way to see who picked the bike up? | +job:person",
        "any chance we could keep a photo of the frame number? | +job:file:Photo",
        "We keep forgetting to note down the owner's email address. | +job:email",
        "Nobody knows who tested the brakes afterwards. | +job:person",
        "right now we can't tell when the bike was handed back | +job:date",
        "we have no idea how many spokes were replaced | +job:integer",
        "There's no place for the parts we ordered. | +job:text:Parts",
        "The mechanics told me they need a field for the lock code. | +job:text:Lock code",
        "The mechanics say they'd like to tick whether the tyres were pumped. | +job:boolean",
        "Our front desk wants to know the cost of the parts. | +job:money:Cost",
        "It would help to know when the customer was called. | +job:date",
        "Could the price be a number? | job.price=integer",
        "can the owner be mandatory? | job.owner!",
        "Attach the bike receipt | +job:file:Bike receipt"})
    void reads_a_request_inside_a_chat_frame(String message, String expected) {
        RefineExpect.check(REPAIRS, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the memo needs more room | job.memo=long_text",
        "attach the bike as a photo | job.bike=file",
        "people keep forgetting the owner | job.owner!"})
    void leaves_a_sentence_about_an_existing_field_to_its_readers(String message, String expected) {
        RefineExpect.check(REPAIRS, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "is there a way to drop the memo? | drop the memo?",
        "the drivers told me they need a field for the code | add a field for the code",
        "we never know when the van left | record when the van left",
        "there's nowhere to put the key number | add the key number",
        "the result needs a third option | the result needs a third option",
        "could it say 'Ready to collect' instead? | rename it to 'Ready to collect' instead?"})
    void takes_off_only_the_frame(String message, String plain) {
        assertEquals(plain, ChatFrames.plain(message));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "floor plan | plan",
        "receipt as a pdf | receipt",
        "plan of the site | plan"})
    void the_attached_thing_is_its_last_name_word(String words, String head) {
        assertEquals(head, AttachedThing.head(words));
    }
}
