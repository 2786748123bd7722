package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** The shapes of requests that name record kinds and links, each in phrasing of its own. */
class RequestShapesTest {
    @Test
    void counted_collections_become_kinds_that_the_main_record_points_to() {
        AppSpec spec = draft("Parking space booking. We have 12 spaces with different sizes, some have a charger. "
                + "Staff reserve a space for a day.");
        Entity space = entity(spec, "Space");
        assertEquals(FieldType.BOOLEAN, field(space, "Has charger").type());
        assertTrue(space.fields().stream().anyMatch(f -> f.label().equals("Size")));
        assertTrue(links(spec, "Reservation", "Space"), SpecCheck.names(spec));
    }

    @Test
    void a_verb_with_people_names_the_record() {
        AppSpec spec = draft("Staff book a desk for a morning and say which team they are in.");
        Entity booking = entity(spec, "Booking");
        assertTrue(booking.fields().stream().anyMatch(f -> f.type() == FieldType.REFERENCE || f.label().equals("Desk")));
    }

    @Test
    void a_plural_noun_heading_is_a_kind_not_a_verb() {
        AppSpec spec = draft("Orders: customer, total, shipped? Books: title, author, price.");
        assertEquals(FieldType.MONEY, field(entity(spec, "Book"), "Price").type());
        assertEquals(FieldType.BOOLEAN, field(entity(spec, "Order"), "Shipped").type());
    }

    @Test
    void for_every_owner_we_log_details_links_the_details_to_the_owner() {
        AppSpec spec = draft("For every vehicle we log refuels: date, litres, cost, driver. Vehicles have a plate and a model.");
        Entity refuel = spec.entities().stream().filter(e -> e.fields().stream().anyMatch(f -> f.label().equals("Litres")))
                .findFirst().orElseThrow();
        assertTrue(links(spec, refuel.name(), "Vehicle"), SpecCheck.names(spec));
        assertFalse(links(spec, "Vehicle", refuel.name()));
    }

    @Test
    void a_semicolon_goes_on_describing_the_same_record() {
        AppSpec spec = draft("Members borrow a tool for a weekend; we note the return date and a deposit.");
        Entity loan = spec.entities().stream().filter(e -> e.fields().stream().anyMatch(f -> f.type() == FieldType.MONEY))
                .findFirst().orElseThrow(() -> new AssertionError(SpecCheck.names(spec)));
        assertTrue(loan.fields().stream().anyMatch(f -> f.type() == FieldType.DATE), loan.fields().toString());
    }

    @Test
    void periodic_records_get_their_own_kind_with_a_date() {
        AppSpec spec = draft("Every machine has a name and a location. Each week every machine gets a safety check "
                + "(passed, failed) and is assigned to an inspector.");
        Entity check = entity(spec, "Safety");
        assertTrue(links(spec, "Safety", "Machine"));
        assertTrue(check.fields().stream().anyMatch(f -> f.type() == FieldType.DATE));
        assertEquals(FieldType.PERSON, field(check, "Inspector").type());
    }

    @Test
    void running_text_names_fields_after_a_recording_verb_and_common_phrases() {
        AppSpec spec = draft("Expense approvals. The team lead approves or rejects each claim, "
                + "and accounts records who paid it and the payment date.");
        Entity e = spec.entities().get(0);
        assertEquals(List.of("Pending", "Approved", "Rejected"), field(e, "Status").options());
        assertEquals(FieldType.PERSON, field(e, "Paid by").type());
        assertEquals(FieldType.DATE, field(e, "Payment date").type());
    }

    @Test
    void a_bare_list_of_plural_kinds_becomes_the_type_choice() {
        AppSpec spec = draft("Furniture inventory. Desks, chairs, cabinets, whiteboards. Track tag, room, condition.");
        assertEquals(List.of("Desk", "Chair", "Cabinet", "Whiteboard"), field(spec.entities().get(0), "Type").options());
    }

    @Test
    void a_terse_verb_on_a_thing_makes_the_record_and_the_thing() {
        AppSpec spec = draft("Reserve company vans");
        assertTrue(links(spec, "Booking", "Company van"), SpecCheck.names(spec));
        assertTrue(entity(spec, "Booking").fields().stream().anyMatch(f -> f.suggested() && f.type() == FieldType.PERSON));
    }

    @Test
    void german_compounds_find_their_tool() {
        AppSpec spec = draft("Schlüsselverwaltung für unser Büro");
        Entity keys = entity(spec, "Schlüssel");
        assertTrue(keys.fields().stream().anyMatch(f -> f.type() == FieldType.PERSON));
    }

    @Test
    void each_kind_with_a_colon_names_the_kind_and_links_its_fields() {
        AppSpec spec = draft("Tools: name, brand. Each loan: tool, borrower, due date. Keep a list of our phones: "
                + "number, model, who has it.");
        assertTrue(links(spec, "Loan", "Tool"), SpecCheck.names(spec));
        assertEquals(FieldType.PERSON, field(entity(spec, "Phone"), "Assigned to").type());
    }

    @Test
    void belongs_to_an_unlisted_kind_creates_it() {
        AppSpec spec = draft("Each invoice line belongs to an invoice and has a description, a quantity and a unit price.");
        assertTrue(links(spec, "Invoice line", "Invoice"), SpecCheck.names(spec));
    }

    @Test
    void a_sentence_that_starts_with_also_adds_its_field_without_failing() {
        // "Also the …" matches the second alternative of the English "also" pattern, whose first group is empty
        AppSpec spec = draft("We rent out vans to members. Each rental has a start date and a return date. Also the mileage.");
        assertTrue(spec.entities().stream().flatMap(e -> e.fields().stream()).anyMatch(f -> f.label().equals("Mileage")),
                SpecCheck.names(spec));
    }

    /**
     * A clause with its own subject after a semicolon is a sentence of its own: the list before it stays (it was read as
     * one wish with the list lost, and the kind's archetype filled in).
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Key loans with key, borrower and return date; we also need the approver noted. | Key loan | Key;Borrower;Return date",
        "Purchase orders with item, amount and supplier; we also need the approver noted. | Purchase order | Item;Amount;Supplier"})
    void a_subject_clause_after_a_semicolon_keeps_the_list(String request, String kind, String labels) {
        Entity e = entity(draft(request), kind);
        for (String l : labels.split(";")) {
            field(e, l.strip());
        }
    }
}
