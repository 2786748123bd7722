package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.entity;
import static org.toolsmith.draft.offline.SpecCheck.field;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.links;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.FieldType;

/** Several kinds listed in one sentence with their fields in parentheses, and questions led by a preposition. */
class ListedKindsTest {
    @Test
    void each_parenthesised_group_names_a_kind_even_a_singular_one() {
        AppSpec spec = draft("Two registers: furniture (name, room, purchase date) and repairs (furniture, date, cost, carpenter).");
        assertEquals(List.of("Furniture", "Repair"), spec.entities().stream().map(Entity::name).toList());
        assertTrue(links(spec, "Repair", "Furniture"));
    }

    @Test
    void a_kind_named_before_a_relative_clause_keeps_its_fields() {
        AppSpec spec = draft("The tool should hold our tenants (name, phone, email), the flats they rent (address, rooms, monthly rent) "
                + "and repair requests (flat, date, problem, status).");
        assertEquals(FieldType.MONEY, field(entity(spec, "Flat"), "Monthly rent").type());
        assertEquals(FieldType.PHONE, field(entity(spec, "Tenant"), "Phone").type());
        assertTrue(links(spec, "Repair request", "Flat"), SpecCheck.names(spec));
    }

    @Test
    void a_preposition_before_which_or_what_only_leads_in() {
        AppSpec spec = draft("Kitchens have a name and a floor. Staff borrow kettles; we need to know who borrowed it, "
                + "from which kitchen, on what date and for how many days.");
        Entity loan = entity(spec, "Loan");
        assertTrue(links(spec, "Loan", "Kitchen"), SpecCheck.names(spec));
        assertEquals(FieldType.DATE, field(loan, "Date").type());
    }

    @Test
    void which_noun_stops_before_its_verb() {
        FieldReader reader = new FieldReader(Lexicon.load(Lang.EN));
        DraftField f = reader.read(new ListSplitter.Item("which supplier sent it")).get(0);
        assertEquals("Supplier", f.label);
        assertEquals(FieldType.REFERENCE, f.type);
        assertEquals("Tenant", reader.read(new ListSplitter.Item("which tenant reported it")).get(0).label);
    }

    @Test
    void each_noun_with_fields_in_one_sentence_is_a_kind() {
        AppSpec spec = draft("We have suppliers with a name and an email, drivers with a licence number, "
                + "and deliveries with a date and the weight in kg.");
        assertEquals(List.of("Supplier", "Driver", "Delivery"), spec.entities().stream().map(Entity::name).toList());
        assertEquals(FieldType.EMAIL, field(entity(spec, "Supplier"), "Email").type());
        assertEquals(FieldType.DECIMAL, field(entity(spec, "Delivery"), "Weight in kg").type());
    }

    @Test
    void kinds_named_by_examples_take_the_fields_after_each_with() {
        AppSpec spec = draft("There are courses like first aid, fire safety and forklift driving, each with a trainer and a duration in hours.");
        Entity course = entity(spec, "Course");
        assertEquals(FieldType.PERSON, field(course, "Trainer").type());
        assertTrue(course.fields().stream().noneMatch(f -> f.type() == FieldType.CHOICE), course.fields().toString());
        AppSpec es = draft("Tenemos salas como la azul, la verde y la grande, cada una con una capacidad y un proyector (sí/no).");
        assertEquals(FieldType.INTEGER, field(entity(es, "Sala"), "Capacidad").type());
    }

    @Test
    void when_someone_does_something_names_the_record_after_the_verb() {
        AppSpec spec = draft("Each fridge has a location and a model. When someone defrosts a fridge they log the date and the duration in minutes.");
        assertTrue(links(spec, "Defrosting", "Fridge"), SpecCheck.names(spec));
        assertEquals(FieldType.DATE, field(entity(spec, "Defrosting"), "Date").type());
    }

    @Test
    void a_heading_naming_two_kinds_gives_the_list_to_the_last_and_for_kind_lists_fill_the_first() {
        AppSpec spec = draft("Track the boats we rent out and the bookings we take: date, customer, hours, deposit. "
                + "For boats just the name and the number of seats.");
        assertTrue(links(spec, "Booking", "Boat"), SpecCheck.names(spec));
        assertEquals(FieldType.MONEY, field(entity(spec, "Booking"), "Deposit").type());
        assertEquals(FieldType.INTEGER, field(entity(spec, "Boat"), "Number of seats").type());
    }

    @Test
    void a_plural_subject_with_an_event_verb_names_the_record() {
        AppSpec spec = draft("Players sign up with their name, their email and their shirt size (S, M, L). "
                + "On match day we record each player's goals.");
        Entity signUp = entity(spec, "Sign-up");
        assertEquals(FieldType.CHOICE, field(signUp, "Shirt size").type());
        assertTrue(signUp.fields().stream().noneMatch(f -> f.label().contains("'s")), signUp.fields().toString());
    }

    @Test
    void a_plural_kind_with_two_typed_items_is_a_kind_beside_the_others() {
        AppSpec spec = draft("We keep a list of tenants with name and phone. "
                + "Each lease has a start date, a monthly rent and the tenant.");
        assertTrue(links(spec, "Lease", "Tenant"), SpecCheck.names(spec));
        assertEquals(FieldType.PHONE,
                field(entity(spec, "Tenant"), "Phone").type());
        assertTrue(entity(spec, "Lease").fields().stream().noneMatch(x -> x.label().equals("Phone")),
                SpecCheck.names(spec));
    }

    @Test
    void records_of_each_kind_with_two_items_are_a_kind_of_their_own_linked_to_it() {
        AppSpec spec = draft("Boats have a name and a length. We record the inspections of each boat with the date and the outcome.");
        assertTrue(links(spec, "Inspection", "Boat"), SpecCheck.names(spec));
        assertEquals(FieldType.DATE, field(entity(spec, "Inspection"), "Date").type());
        assertTrue(entity(spec, "Boat").fields().stream().noneMatch(x -> x.label().equals("Outcome")), SpecCheck.names(spec));
    }

    @Test
    void a_few_of_a_kind_each_with_fields_is_a_counted_collection() {
        AppSpec spec = draft("We have a few greenhouses, each with a name and a size. "
                + "Each plant belongs to one greenhouse and has a species and a planting date.");
        assertEquals(FieldType.TEXT, field(entity(spec, "Greenhouse"), "Name").type());
        assertTrue(links(spec, "Plant", "Greenhouse"), SpecCheck.names(spec));
    }
}
