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

    @Test
    void clauses_after_a_colon_are_background_not_fields() {
        AppSpec spec = draft("Lockers are a headache: students lose keys and nobody knows who has which one. "
                + "For each locker we need the number, the corridor and who has it.");
        assertTrue(all(spec).stream().noneMatch(f -> f.label().toLowerCase().contains("lose")), all(spec).toString());
        assertTrue(labelled(spec, "Number").isPresent(), all(spec).toString());
    }

    @Test
    void a_field_wished_for_in_its_own_sentence_is_added() {
        AppSpec spec = draft("For each site visit we record the site, the date and the inspector. A photo of the entrance would be nice.");
        assertEquals(FieldType.FILE, typeOf(spec, "Photo of the entrance"));
        AppSpec also = draft("For each shift we record the date, the worker and the hours. Accounting also needs the hourly rate.");
        assertEquals(FieldType.MONEY, typeOf(also, "Hourly rate"));
    }

    @Test
    void actions_on_the_record_name_people() {
        AppSpec spec = draft("For every leak we log the floor, the date and what needs fixing. The caretaker assigns it to a plumber. "
                + "Then the building manager signs it off.");
        assertEquals(FieldType.PERSON, typeOf(spec, "Assigned to"));
        assertEquals(FieldType.PERSON, typeOf(spec, "Approved by"));
        assertEquals(FieldType.LONG_TEXT, typeOf(spec, "Repairs needed"));
    }

    @Test
    void note_down_keeps_its_particle_out_of_the_label() {
        AppSpec spec = draft("For every ladder loan we have to note down which ladder it is, who took it and when it is due back.");
        assertTrue(all(spec).stream().noneMatch(f -> f.label().toLowerCase().startsWith("down")), all(spec).toString());
        assertEquals(FieldType.DATE, typeOf(spec, "Due date"));
    }

    @Test
    void slash_between_field_words_makes_two_fields() {
        AppSpec spec = draft("Each booking: guest name/phone, room, arrival date.");
        assertEquals(FieldType.TEXT, typeOf(spec, "Guest name"));
        assertEquals(FieldType.PHONE, typeOf(spec, "Guest phone"));
    }

    @Test
    void options_after_which_is_one_of_belong_to_the_item_before() {
        AppSpec spec = draft("For each workshop: the topic, the length, which is one of 30, 60 or 90 minutes, and the trainer.");
        Field length = labelled(spec, "Length").orElseThrow();
        assertEquals(FieldType.CHOICE, length.type());
        assertEquals(List.of("30", "60", "90"), length.options());
        AppSpec paren = draft("For each ticket: the subject, the severity (one of minor, major or blocker) and the reporter.");
        assertEquals(List.of("Minor", "Major", "Blocker"), labelled(paren, "Severity").orElseThrow().options());
    }

    @Test
    void a_sentence_giving_only_options_makes_a_choice() {
        AppSpec spec = draft("Each sample has a code, a client and a received date. The status can be received, testing or reported. "
                + "Each sample is either accepted or rejected, and we need to know who checked it.");
        assertEquals(List.of("Received", "Testing", "Reported"), labelled(spec, "Status").orElseThrow().options());
    }

    @Test
    void words_that_are_no_noun_phrases_are_not_fields() {
        AppSpec spec = draft("Staff ask to borrow the van now and then and the office has to say yes or no. "
                + "For each loan we need the driver, the date and the mileage.");
        assertTrue(all(spec).stream().noneMatch(f -> f.label().equalsIgnoreCase("Then")), all(spec).toString());
    }

    @Test
    void a_story_sentence_with_a_type_word_gives_no_fields() {
        AppSpec spec = draft("Orders arrive by phone, email and post, and we keep mixing them up. "
                + "For each order we need the customer, the product and the quantity.");
        assertTrue(all(spec).stream().noneMatch(f -> f.label().toLowerCase().contains("arrive")), all(spec).toString());
    }

    @Test
    void a_wish_about_amounts_is_no_field() {
        AppSpec spec = draft("For each caller we note the name, the number and the topic. To be honest I just want fewer emails.");
        assertTrue(all(spec).stream().noneMatch(f -> f.label().toLowerCase().contains("fewer")), all(spec).toString());
    }

    @Test
    void for_a_plural_and_a_wish_names_the_kind_and_keeps_the_first_field() {
        AppSpec spec = draft("Each camper sleeps in one tent; for campers I need the camper's name, an emergency phone and whether they can swim.");
        assertTrue(labelled(spec, "Camper's name").isPresent(), all(spec).toString());
        assertTrue(all(spec).stream().noneMatch(f -> f.label().toLowerCase().startsWith("for ")), all(spec).toString());
    }

    @Test
    void a_very_short_request_in_spanish_or_german_gets_its_archetype_in_that_language() {
        assertTrue(labelled(draft("control de gastos de viaje"), "Importe").isPresent());
        assertTrue(labelled(draft("Reisekostenabrechnung"), "Betrag").isPresent());
    }

    @Test
    void weekday_offers_the_days_of_the_week() {
        AppSpec spec = draft("Choir rehearsals: venue, weekday, conductor.");
        assertEquals(7, labelled(spec, "Weekday").orElseThrow().options().size());
    }

    @Test
    void french_for_each_heading_and_verb_leave_no_junk_field() {
        AppSpec spec = draft("Pour chaque emprunt, il faut savoir quel livre, quel lecteur et la date de retour. "
                + "Je veux aussi noter pour chaque emprunt le bibliothécaire, l'état du livre et ce qui a été réparé.");
        assertTrue(all(spec).stream().noneMatch(f -> f.label().toLowerCase().startsWith("pour chaque")), all(spec).toString());
        assertEquals(FieldType.TEXT, typeOf(spec, "Livre"));
    }

    @Test
    void spanish_verb_after_para_cada_is_cut_and_que_le_pasa_is_the_problem() {
        AppSpec spec = draft("Para cada avería queremos la máquina, qué le pasa, el técnico y si ya la recogió el cliente.");
        assertTrue(labelled(spec, "Máquina").isPresent(), all(spec).toString());
        assertEquals(FieldType.LONG_TEXT, typeOf(spec, "Problema"));
    }

    @Test
    void german_inverted_subject_and_wann_phrases() {
        AppSpec spec = draft("Zu jedem Gerät notieren wir die Inventarnummer, den Raum, wann es geliefert wurde und wann es zurück sein muss.");
        assertTrue(labelled(spec, "Inventarnummer").isPresent(), all(spec).toString());
        assertEquals(FieldType.DATE, typeOf(spec, "Geliefert am"));
        assertEquals(FieldType.DATE, typeOf(spec, "Rückgabedatum"));
        AppSpec craft = draft("Für jeden Schaden brauchen wir die Wohnung, welcher Handwerker zuständig ist und ob er behoben ist.");
        assertTrue(labelled(craft, "Wohnung").isPresent(), all(craft).toString());
        assertEquals(FieldType.PERSON, typeOf(craft, "Handwerker"));
    }

    @Test
    void a_condition_and_what_people_do_about_it_name_no_field() {
        AppSpec spec = draft("When something leaks, tenants call us and we forget. For every leak I want to log the flat, who reported it and the date.");
        assertTrue(all(spec).stream().noneMatch(f -> f.label().toLowerCase().contains("call")), all(spec).toString());
        assertTrue(labelled(spec, "Flat").isPresent(), all(spec).toString());
    }

    @Test
    void with_followed_by_a_story_is_no_list_of_fields() {
        AppSpec spec = draft("Cleaners restock the rooms with the spare towels and the invoices keep going missing. "
                + "Every restock should record the room, the cleaner and the date.");
        assertTrue(all(spec).stream().noneMatch(f -> f.label().toLowerCase().contains("going missing")), all(spec).toString());
    }

    @Test
    void a_hedge_and_a_verb_preposition_stay_out_of_labels() {
        AppSpec spec = draft("Someone asks for a part, says how many they need and roughly what it costs, and picks a workshop.");
        assertEquals(FieldType.MONEY, typeOf(spec, "Cost"));
        assertTrue(all(spec).stream().noneMatch(f -> f.label().toLowerCase().startsWith("for ")), all(spec).toString());
    }

    @Test
    void what_is_left_of_an_every_heading_is_no_field() {
        AppSpec spec = draft("For each boiler: location, model, install date. Every annual check should be logged with the boiler, "
                + "the engineer, the date and what was found.");
        assertTrue(all(spec).stream().noneMatch(f -> f.label().toLowerCase().contains("should")), all(spec).toString());
    }

    @Test
    void a_sentence_that_starts_with_nobody_is_background() {
        AppSpec spec = draft("Our forklifts need inspecting and nobody keeps count. For each forklift: serial number, site, last inspection date.");
        assertTrue(all(spec).stream().noneMatch(f -> f.label().toLowerCase().contains("nobody")), all(spec).toString());
    }

    @Test
    void valid_from_and_until_are_dates_and_typed_groups_are_fields() {
        AppSpec spec = draft("Gym passes for staff: name, pass number, valid from, valid until.");
        assertEquals(FieldType.DATE, typeOf(spec, "Valid from"));
        AppSpec swap = draft("A simple rota board: a volunteer offers a shift (date, start time), and a coordinator approves it.");
        assertEquals(FieldType.DATE, typeOf(swap, "Date"));
    }

    @Test
    void we_want_to_see_their_fields_is_no_access_rule() {
        AppSpec spec = draft("For each tenant we want to see their name, their deposit and their move-in date.");
        assertEquals(FieldType.MONEY, typeOf(spec, "Deposit"));
        assertTrue(spec.access() == null || spec.access().isEmpty(), String.valueOf(spec.access()));
    }

    @Test
    void options_said_as_one_of_without_or_and_when_they_can_start() {
        AppSpec spec = draft("Each parcel has a tracking number, a sender and a weight. The status is one of received, sorted, delivered.");
        assertEquals(List.of("Received", "Sorted", "Delivered"), labelled(spec, "Status").orElseThrow().options());
        AppSpec start = draft("For each trainee: the name, the mentor and when they can start.");
        assertEquals(FieldType.DATE, typeOf(start, "Start date"));
    }

    @Test
    void a_person_acting_on_the_record_names_who_did_it() {
        AppSpec spec = draft("A desk swap board: a volunteer offers a desk (date, floor), another volunteer can claim it, and the coordinator has to approve the swap.");
        assertEquals(FieldType.PERSON, typeOf(spec, "Offered by"));
        assertEquals(FieldType.PERSON, typeOf(spec, "Claimed by"));
        assertEquals(FieldType.DATE, typeOf(spec, "Date"));
    }

    @Test
    void past_participles_of_words_ending_in_y_and_irregular_verbs() {
        assertEquals("replied", Inflector.pastParticiple("reply"));
        assertEquals("dealt", Inflector.pastParticiple("deal"));
        assertEquals("played", Inflector.pastParticiple("play"));
    }

    @Test
    void a_greeting_names_neither_the_app_nor_a_kind() {
        AppSpec spec = draft("Hello team, quick request. Track our scooters: plate, model, next service.");
        assertTrue(spec.entities().stream().noneMatch(e -> e.name().toLowerCase().contains("hello")), SpecCheck.names(spec));
        assertEquals(FieldType.DATE, typeOf(spec, "Next service"));
    }

    @Test
    void what_they_need_how_many_and_by_when() {
        AppSpec spec = draft("Staff request toner through a form: what they need, how many, why, and by when. "
                + "I mark each request as approved, ordered or received.");
        assertEquals(FieldType.INTEGER, typeOf(spec, "Quantity"));
        assertEquals(FieldType.DATE, typeOf(spec, "Needed by"));
        assertEquals(List.of("Approved", "Ordered", "Received"), labelled(spec, "Status").orElseThrow().options());
        assertTrue(labelled(spec, "Ordered").isEmpty(), all(spec).toString());
    }

    @Test
    void who_has_which_thing_is_who_it_is_assigned_to() {
        AppSpec spec = draft("For the radios we need to know who has which radio and when it is due back.");
        assertEquals(FieldType.PERSON, typeOf(spec, "Assigned to"));
    }

    @Test
    void the_tool_itself_is_no_field_and_approves_it_or_not_is_a_yes_or_no() {
        AppSpec spec = draft("Could we have a tracker where someone puts in a request with their name, the monitor size and why? "
                + "Then IT approves it or not.");
        assertTrue(all(spec).stream().noneMatch(f -> f.label().equalsIgnoreCase("Tracker")), all(spec).toString());
        assertEquals(FieldType.BOOLEAN, typeOf(spec, "Approved"));
    }

    @Test
    void it_would_be_great_to_know_whether() {
        AppSpec spec = draft("For each workshop I want the title, the date and the room. It would be great to know if the trainer confirmed.");
        assertEquals(FieldType.BOOLEAN, typeOf(spec, "Trainer confirmed"));
    }

    @Test
    void a_german_list_after_a_semicolon_keeps_its_articles() {
        AppSpec spec = draft("Gäste buchen ein Zimmer für einen Zeitraum; wir brauchen den Gast, die Anreise, die Abreise und ob bezahlt wurde.");
        assertTrue(labelled(spec, "Anreise").isPresent(), all(spec).toString());
        assertEquals(FieldType.BOOLEAN, typeOf(spec, "Bezahlt"));
    }

    @Test
    void who_the_x_is_names_x_and_is_it_due_back_is_a_due_date() {
        AppSpec spec = draft("We track our leases: who the landlord is, what it covers and when it ends. When is it due back?");
        assertTrue(labelled(spec, "Landlord").isPresent(), all(spec).toString());
        assertEquals(FieldType.DATE, typeOf(spec, "Due date"));
    }

    @Test
    void from_and_to_items_stay_fields_in_every_language() {
        // the bounds of a range are its two dates (DateRangeTest)
        assertTrue(labelled(draft("Room bookings: guest, from, to, notes."), "Start date").isPresent());
        assertTrue(labelled(draft("Anträge: Mitarbeiter, von, bis, Grund."), "Beginn").isPresent());
        assertTrue(labelled(draft("Demandes de congé : employé, du, au, motif."), "Date de fin").isPresent());
    }

    @Test
    void a_german_wish_that_others_see_something_stays_an_access_rule() {
        AppSpec spec = draft("Wir verwalten Spesen: Mitarbeiter, Betrag, Datum. Wir möchten, dass jeder Mitarbeiter nur seine eigenen Spesen sehen kann.");
        assertTrue(all(spec).stream().noneMatch(f -> f.label().toLowerCase().contains("sehen")), all(spec).toString());
    }
}
