package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.assertValid;
import static org.toolsmith.draft.offline.SpecCheck.entity;
import static org.toolsmith.draft.offline.SpecCheck.field;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.links;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.FieldType;

/** Kinds that long, chatty requests name in passing: counted in words, "are just", "for students we keep". */
class NarrativeKindsTest {
    private static final OfflineDrafter DRAFTER = new OfflineDrafter();

    private static List<String> labels(Entity e) {
        return e.fields().stream().map(f -> f.label()).toList();
    }

    @Test
    void a_collection_counted_in_words_is_a_kind_with_the_fields_after_each_with() {
        AppSpec spec = draft("We have four kilns, each with a name, a maximum temperature and a location. "
                + "Potters reserve a kiln for a firing: we need the kiln, who reserved it and the start time.");
        Entity kiln = entity(spec, "Kiln");
        assertTrue(labels(kiln).containsAll(List.of("Name", "Location")), labels(kiln).toString());
        assertTrue(spec.entities().stream().anyMatch(e -> !e.name().equals("Kiln") && e.fields().stream()
                .anyMatch(f -> f.type() == FieldType.REFERENCE && f.target().equals(kiln.key()))), SpecCheck.names(spec));
    }

    @Test
    void plural_that_is_just_a_few_fields_is_a_kind() {
        AppSpec spec = draft("Each laptop has a serial number and is assigned to one employee. Employees are just a name and an office.");
        assertEquals(List.of("Name", "Office"), labels(entity(spec, "Employee")).stream().filter(l -> !l.equals("Notes")).toList());
        assertTrue(links(spec, "Laptop", "Employee"), SpecCheck.names(spec));
    }

    @Test
    void a_how_many_item_counts_as_one_field_of_a_kind() {
        AppSpec spec = draft("Certificates have a title and how many months they stay valid. For each award we note the date and the certificate.");
        assertEquals(FieldType.INTEGER, entity(spec, "Certificate").fields().get(1).type());
    }

    @Test
    void for_each_kind_with_two_items_fills_that_kind() {
        AppSpec spec = draft("For each boat we keep the mooring and the next survey date. Each trip records the boat, the skipper and the date.");
        Entity boat = entity(spec, "Boat");
        assertEquals(FieldType.DATE, field(boat, "Next survey date").type());
        assertTrue(links(spec, "Trip", "Boat"), SpecCheck.names(spec));
    }

    @Test
    void for_a_plural_we_keep_names_that_kind() {
        AppSpec spec = draft("For patients we keep the name, the date of birth and an emergency phone. "
                + "For each appointment I note the date, the patient and the reason.");
        assertEquals(FieldType.PHONE, field(entity(spec, "Patient"), "Emergency phone").type());
        assertTrue(links(spec, "Appointment", "Patient"), SpecCheck.names(spec));
    }

    @Test
    void a_person_word_that_is_a_drafted_kind_links_to_it() {
        AppSpec spec = draft("Drivers have a name and a licence number. For every delivery we record which driver took it, the date and the address.");
        assertTrue(links(spec, "Delivery", "Driver"), SpecCheck.names(spec));
    }

    @Test
    void a_periodic_check_of_each_one_is_a_record_about_the_kind_before() {
        AppSpec spec = draft("Each defibrillator has a location and a serial number. Every week someone checks each one; "
                + "we need to know who checked it, the date and whether the battery was fine.");
        assertTrue(links(spec, "Check", "Defibrillator"), SpecCheck.names(spec));
        assertEquals(FieldType.PERSON, field(entity(spec, "Check"), "Checked by").type());
    }

    @Test
    void irregular_verbs_give_participles() {
        assertEquals("done", Inflector.pastParticiple("did"));
        assertEquals("received", Inflector.pastParticiple("got"));
        assertEquals("fixed", Inflector.pastParticiple("fix"));
    }

    @Test
    void a_paper_filed_is_the_record_not_its_submission() {
        AppSpec spec = draft("I want each engineer to submit their overtime requests with the date, the hours and the reason.");
        assertEquals(List.of("Overtime request"), spec.entities().stream().map(Entity::name).toList());
    }

    @Test
    void a_compound_after_every_stays_whole_and_piece_of_is_dropped() {
        AppSpec spec = draft("Every fuel purchase should record the truck, the driver, the litres and the date.");
        assertEquals(List.of("Fuel purchase"), spec.entities().stream().map(Entity::name).toList());
        AppSpec pieces = draft("I want to plan each piece of content: the title, the author and the channel.");
        assertEquals(List.of("Content"), pieces.entities().stream().map(Entity::name).toList());
    }

    @Test
    void spanish_kind_counted_with_varios_and_a_link_said_with_esta_en() {
        AppSpec spec = DRAFTER.draft("Tenemos varios talleres con nombre y ciudad. Cada máquina está en un taller y tiene modelo, "
                + "número de serie y fecha de compra.");
        assertValid(spec);
        assertTrue(links(spec, "Máquina", "Taller"), SpecCheck.names(spec));
        assertEquals(FieldType.DATE, field(entity(spec, "Máquina"), "Fecha de compra").type());
    }

    @Test
    void spanish_plurals_in_enes_and_ines_get_their_accent_back() {
        assertEquals("almacén", Inflector.singularWord(Lang.ES, "almacenes"));
        assertEquals("jardín", Inflector.singularWord(Lang.ES, "jardines"));
        assertEquals("examen", Inflector.singularWord(Lang.ES, "exámenes"));
    }

    @Test
    void an_article_before_a_shared_modifier_still_shares_the_head() {
        AppSpec spec = draft("For each rehearsal we need the band, the date, the start and end time and the room.");
        Entity r = entity(spec, "Rehearsal");
        assertEquals(FieldType.DATETIME, field(r, "Start time").type());
        assertEquals(FieldType.DATETIME, field(r, "End time").type());
    }

    @Test
    void who_they_are_visiting_is_the_host() {
        AppSpec spec = draft("At the gate we write down each contractor's name, who they are seeing, the arrival time and the van plate.");
        assertEquals(FieldType.PERSON, spec.entities().get(0).fields().stream().filter(f -> f.label().equals("Host"))
                .findFirst().orElseThrow(() -> new AssertionError(SpecCheck.names(spec))).type());
    }

    @Test
    void several_with_a_compound_noun_links_the_compound() {
        AppSpec spec = draft("For each wedding we need the date, the venue and the number of guests. Every wedding can have several "
                + "flower orders; for each order we note the florist, the price and whether it has been paid.");
        Entity order = spec.entities().stream().filter(e -> e.name().endsWith("rder")).findFirst()
                .orElseThrow(() -> new AssertionError(SpecCheck.names(spec)));
        assertTrue(links(spec, order.name(), "Wedding"), SpecCheck.names(spec));
        assertTrue(entity(spec, "Wedding").fields().stream().noneMatch(f -> f.type() == FieldType.REFERENCE), SpecCheck.names(spec));
    }

    @Test
    void plural_subject_verb_to_a_drafted_kind_is_a_link() {
        AppSpec spec = draft("Each grant scheme has a title and a budget. Charities have a name, an email and a registered number. "
                + "Charities apply to a scheme with the amount asked.");
        assertTrue(links(spec, "Charity", "Grant scheme"), SpecCheck.names(spec));
    }

    @Test
    void plural_subject_verb_to_an_undrafted_thing_adds_nothing() {
        AppSpec spec = draft("Drivers have a name, a phone and a licence number. Drivers go to a depot every morning.");
        assertEquals(List.of("Driver"), spec.entities().stream().map(Entity::name).toList());
    }

    @Test
    void actions_said_in_the_first_person_become_dates_and_quantities() {
        AppSpec spec = draft("Staff ask me for stationery. For each request I note who asked, how many they need, "
                + "when I ordered it and when it arrived.");
        Entity r = spec.entities().get(0);
        assertEquals(FieldType.INTEGER, field(r, "Quantity").type());
        assertEquals(FieldType.DATE, field(r, "Ordered on").type());
        assertEquals(FieldType.DATE, field(r, "Arrived on").type());
    }

    @Test
    void the_words_of_a_link_are_not_a_field_and_a_required_approval_is_an_approver() {
        AppSpec spec = draft("Each timesheet comes from a contractor and we record the week, the hours and the rate. "
                + "A manager must approve each timesheet before payroll. Contractors have a name and an email.");
        Entity t = entity(spec, "Timesheet");
        assertTrue(t.fields().stream().noneMatch(f -> f.label().toLowerCase().startsWith("comes from")), SpecCheck.names(spec));
        assertEquals(FieldType.PERSON, field(t, "Approved by").type());
        assertTrue(links(spec, "Timesheet", "Contractor"), SpecCheck.names(spec));
    }

    @Test
    void spanish_de_los_x_guardamos_names_the_kind_and_a_date_keeps_its_own_complement() {
        AppSpec spec = DRAFTER.draft("Cada socio puede tener varias reservas. De los socios guardamos nombre y teléfono. "
                + "De las reservas: fecha, pista y precio. Del socio también el correo y la fecha de alta.");
        assertValid(spec);
        assertTrue(links(spec, "Reserva", "Socio"), SpecCheck.names(spec));
        AppSpec phones = DRAFTER.draft("De cada alumno guardamos nombre, teléfono y fecha de nacimiento.");
        assertEquals(FieldType.PHONE, field(entity(phones, "Alumno"), "Teléfono").type());
    }

    @Test
    void a_rating_on_a_scale_is_a_whole_number() {
        assertEquals(FieldType.INTEGER, FieldTyper.type(Lexicon.load(Lang.EN), "Satisfaction from 1 to 5"));
        assertEquals(FieldType.INTEGER, FieldTyper.type(Lexicon.load(Lang.EN), "Score out of 10"));
        assertEquals(FieldType.INTEGER, FieldTyper.type(Lexicon.load(Lang.FR), "Note de 1 à 5"));
    }

    @Test
    void an_actor_with_a_modal_still_names_the_event() {
        AppSpec spec = draft("Bikes have a frame number and a home office. Staff can book a bike for a day.");
        assertTrue(links(spec, "Booking", "Bike"), SpecCheck.names(spec));
    }

    @Test
    void an_opening_that_says_where_the_person_works_does_not_name_the_record() {
        AppSpec spec = draft("I run a small print shop. Orders come in from customers every day and I want to know "
                + "when each order was placed, which customer sent it and who printed it. Customers have a name and an email.");
        assertTrue(spec.entities().stream().noneMatch(e -> e.name().toLowerCase().contains("shop")), SpecCheck.names(spec));
    }

    @Test
    void questions_about_where_from_how_and_who_on_our_side() {
        AppSpec spec = draft("For each enquiry we need the person's name, where the enquiry came from (website, phone or fair), "
                + "how it reached us, and who on our side followed up.");
        Entity e = spec.entities().get(0);
        assertEquals(FieldType.CHOICE, field(e, "Source").type());
        assertEquals(FieldType.CHOICE, field(e, "Channel").type());
        assertEquals(FieldType.PERSON, field(e, "Followed up by").type());
    }

    @Test
    void when_it_expires_is_an_expiry_date() {
        AppSpec spec = draft("For each permit we need to see who signed it off, the site and when it expires.");
        assertEquals(FieldType.DATE, field(entity(spec, "Permit"), "Expiry date").type());
    }
}
