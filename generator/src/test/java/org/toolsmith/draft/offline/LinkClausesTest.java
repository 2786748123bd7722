package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.entity;
import static org.toolsmith.draft.offline.SpecCheck.field;
import static org.toolsmith.draft.offline.SpecCheck.links;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/** "Each X VERB (prep) a Y": a link said of every record, in four languages, and the fields after it. */
class LinkClausesTest {
    @Test
    void a_verb_and_preposition_link_the_record_to_a_drafted_kind_and_the_rest_are_its_fields() {
        AppSpec spec = draft("Every parcel is shipped to a depot and has a weight, a tracking code and a dispatch date. "
                + "Depots have a city and a manager.");
        assertTrue(links(spec, "Parcel", "Depot"), SpecCheck.names(spec));
        assertFalse(links(spec, "Depot", "Parcel"));
        assertEquals(FieldType.DATE, field(entity(spec, "Parcel"), "Dispatch date").type());
        assertTrue(entity(spec, "Parcel").fields().stream().noneMatch(f -> f.label().toLowerCase().contains("shipped")),
                SpecCheck.names(spec));
    }

    @Test
    void a_passive_by_points_to_the_doer_kind_when_it_is_described() {
        AppSpec spec = draft("Each repair is carried out by a technician. Technicians have a name and an hourly rate. "
                + "For each repair we note the date, the vehicle plate and the cost.");
        assertTrue(links(spec, "Repair", "Technician"), SpecCheck.names(spec));
    }

    @Test
    void a_link_to_a_kind_nobody_describes_adds_no_kind() {
        AppSpec spec = draft("Each donation goes to a cause and has an amount, a date and the donor's email.");
        assertEquals(1, spec.entities().size(), SpecCheck.names(spec));
    }

    @Test
    void having_one_thing_is_a_field_not_a_link() {
        AppSpec spec = draft("Each project has one manager, a deadline and a budget.");
        assertEquals(1, spec.entities().size(), SpecCheck.names(spec));
        assertTrue(entity(spec, "Project").fields().stream().noneMatch(f -> f.type() == FieldType.REFERENCE), SpecCheck.names(spec));
    }

    @Test
    void two_each_clauses_joined_by_and_are_read_one_by_one() {
        AppSpec spec = draft("Each recipe belongs to a cuisine and each dish is cooked from one recipe. "
                + "Cuisines have a name. Recipes have a title and a cooking time. Dishes have a date and a price.");
        assertTrue(links(spec, "Recipe", "Cuisine"), SpecCheck.names(spec));
        assertTrue(links(spec, "Dish", "Recipe"), SpecCheck.names(spec));
    }

    @Test
    void french_passive_with_a_compound_preposition() {
        AppSpec spec = draft("Les clients ont un nom et une adresse. Chaque offre est envoyée auprès d'un client, "
                + "avec la date, le montant et la durée de validité.");
        assertTrue(links(spec, "Offre", "Client"), SpecCheck.names(spec));
    }

    @Test
    void spanish_object_pronoun_before_the_verb_puts_the_subject_after_it() {
        AppSpec spec = draft("Cada reparación la realiza un técnico. De los técnicos guardamos el nombre y el teléfono. "
                + "De cada reparación, la fecha, la máquina y el coste.");
        assertTrue(links(spec, "Reparación", "Técnico"), SpecCheck.names(spec));
        assertFalse(links(spec, "Técnico", "Reparación"));
    }

    @Test
    void german_verb_at_the_end_and_preposition_links() {
        AppSpec spec = draft("Jedes Fahrzeug ist einem Standort zugewiesen. Standorte haben einen Namen und eine Adresse. "
                + "Fahrzeuge haben ein Kennzeichen und einen Kilometerstand.");
        assertTrue(links(spec, "Fahrzeug", "Standort"), SpecCheck.names(spec));
        AppSpec two = draft("Jede Lieferung kommt von einem Lieferanten und hat ein Datum, ein Gewicht und eine Nummer. "
                + "Lieferanten haben einen Namen und eine Telefonnummer.");
        assertTrue(links(two, "Lieferung", "Lieferant"), SpecCheck.names(two));
    }

    @Test
    void a_possessive_before_the_listed_kind_links_it_to_the_owner() {
        AppSpec spec = draft("Our gym lends lockers. I want each member's bookings: which locker, the start date and the end date. "
                + "Members have a name and an email. Lockers have a number and a floor.");
        assertTrue(links(spec, "Booking", "Member"), SpecCheck.names(spec));
        assertTrue(links(spec, "Booking", "Locker"), SpecCheck.names(spec));
    }

    @Test
    void one_record_per_kind_after_any_verb_names_the_record_and_links_it() {
        AppSpec spec = draft("We carry out one audit per store per quarter, with the auditor, the date and the score. "
                + "Stores have a name and a region.");
        assertTrue(links(spec, "Audit", "Store"), SpecCheck.names(spec));
        AppSpec de = draft("Wir schreiben einen Bericht pro Baustelle und Woche: Datum, Verfasser, Fortschritt. "
                + "Baustellen haben einen Namen und eine Adresse.");
        assertTrue(links(de, "Bericht", "Baustelle"), SpecCheck.names(de));
        assertEquals("Name", entity(de, "Baustelle").fields().get(0).label(), SpecCheck.names(de));
    }

    @Test
    void plural_people_who_apply_to_a_kind_link_the_record_named_after_the_verb() {
        AppSpec spec = draft("Tenders: title, deadline, budget. Contractors apply to a tender with company name, price and a proposal file.");
        assertTrue(spec.entities().stream().anyMatch(e -> !e.name().equals("Tender")
                && e.fields().stream().anyMatch(f -> f.type() == FieldType.REFERENCE)), SpecCheck.names(spec));
    }

    @Test
    void german_list_from_the_plural_after_von_den_is_that_kinds() {
        AppSpec spec = draft("Jede Rechnung ist für einen Kunden und hat eine Nummer, ein Datum und einen Betrag. "
                + "Von den Kunden speichern wir Firma, Adresse und Ansprechpartner.");
        assertTrue(links(spec, "Rechnung", "Kunde"), SpecCheck.names(spec));
        assertEquals(FieldType.TEXT, field(entity(spec, "Kunde"), "Adresse").type() == FieldType.LONG_TEXT ? FieldType.TEXT
                : field(entity(spec, "Kunde"), "Adresse").type());
    }

    @Test
    void two_links_of_one_record_joined_by_and_both_count() {
        AppSpec spec = draft("Each shipment is packed at a warehouse and is delivered by a courier. "
                + "Warehouses have a name and a city. Couriers have a name and a phone. Shipments have a weight and a date.");
        assertTrue(links(spec, "Shipment", "Warehouse"), SpecCheck.names(spec));
        assertTrue(links(spec, "Shipment", "Courier"), SpecCheck.names(spec));
        AppSpec fr = draft("Chaque colis part d'un dépôt vers une agence. Dépôts : nom, ville. Agences : nom, adresse. "
                + "Pour chaque colis : poids, date.");
        assertTrue(links(fr, "Colis", "Dépôt"), SpecCheck.names(fr));
        assertTrue(links(fr, "Colis", "Agence"), SpecCheck.names(fr));
    }

    @Test
    void a_person_doing_a_named_act_on_a_thing_makes_the_act_point_to_both() {
        AppSpec spec = draft("A member books a court; the booking has a date and a time slot. "
                + "Courts have a number and a surface. Members have a name and an email.");
        assertTrue(links(spec, "Booking", "Court"), SpecCheck.names(spec));
        assertTrue(links(spec, "Booking", "Member"), SpecCheck.names(spec));
    }

    @Test
    void a_link_after_a_colon_heading_is_read_as_a_link() {
        AppSpec spec = draft("Gestion des réclamations : chaque réclamation est faite par un client et concerne une commande. "
                + "Clients : nom, email. Commandes : numéro, date. Pour chaque réclamation on note la date et le motif.");
        assertTrue(links(spec, "Réclamation", "Client"), SpecCheck.names(spec));
        assertTrue(links(spec, "Réclamation", "Commande"), SpecCheck.names(spec));
    }

    @Test
    void a_field_named_exactly_like_another_kind_points_to_it_whatever_its_word_types_as() {
        AppSpec spec = draft("Clientes: nombre, NIF.\nPresupuestos: número, cliente, fecha, importe.\nFacturas: número, presupuesto, fecha, pagada.");
        assertTrue(links(spec, "Factura", "Presupuesto"), SpecCheck.names(spec));
        assertTrue(links(spec, "Presupuesto", "Cliente"), SpecCheck.names(spec));
    }

    @Test
    void a_compound_kind_after_the_verb_and_a_chatty_lead_are_read() {
        AppSpec spec = draft("For the rooms I need the name, the floor and the number of seats. Bookings have a date and an organiser. "
                + "Oh, and every booking is billed to a cost centre; cost centres have a code and an owner.");
        assertEquals(FieldType.INTEGER, field(entity(spec, "Room"), "Number of seats").type(), SpecCheck.names(spec));
        assertTrue(links(spec, "Booking", "Cost centre"), SpecCheck.names(spec));
    }

    @Test
    void people_who_sign_up_for_a_kind_make_the_sign_up_point_to_it() {
        AppSpec spec = draft("Courses have a title, a date and a trainer. People register for a course with their name, email and company.");
        assertTrue(spec.entities().stream().anyMatch(e -> !e.name().equals("Course") && e.fields().stream()
                .anyMatch(f -> f.type() == FieldType.REFERENCE && f.target().equals(entity(spec, "Course").key()))), SpecCheck.names(spec));
    }

    @Test
    void one_of_them_points_to_the_kind_named_before() {
        AppSpec spec = draft("We keep a list of landlords with phone numbers, and every flat is rented from one of them "
                + "with an address, a monthly rent and a start date.");
        assertTrue(links(spec, "Flat", "Landlord"), SpecCheck.names(spec));
        assertEquals(FieldType.MONEY, field(entity(spec, "Flat"), "Monthly rent").type());
    }

    @Test
    void a_register_and_a_log_named_in_one_sentence_are_two_kinds() {
        AppSpec spec = draft("We keep a register of our bikes (frame number, model, purchase date) "
                + "and a log of repairs: bike, date, cost, mechanic.");
        assertTrue(links(spec, "Repair", "Bike"), SpecCheck.names(spec));
    }

    @Test
    void a_list_opened_by_each_owners_possessive_belongs_to_that_kind() {
        AppSpec spec = draft("Our gardening club shares tools. We note each member's name, email and allotment number. "
                + "Tools have a name and a condition.");
        assertEquals(FieldType.EMAIL, field(entity(spec, "Member"), "Email").type(), SpecCheck.names(spec));
    }

    @Test
    void an_app_heading_before_a_for_each_list_does_not_name_the_kind() {
        AppSpec spec = draft("Werkstatt: für jedes Werkzeug die Nummer, die Bezeichnung und den Lagerort. "
                + "Außerdem Reparaturen mit Werkzeug, Datum, Kosten und Techniker.");
        assertTrue(links(spec, "Reparatur", "Werkzeug"), SpecCheck.names(spec));
    }

    @Test
    void a_plural_subject_links_and_the_doer_with_no_kind_is_a_person() {
        AppSpec spec = draft("Each depot has a manager and an address. Deliveries are dispatched from a depot by a driver, "
                + "with a date and a weight.");
        assertTrue(links(spec, "Delivery", "Depot"), SpecCheck.names(spec));
        assertEquals(FieldType.PERSON, field(entity(spec, "Delivery"), "Driver").type());
        AppSpec two = draft("Clubs have a name and a city. Players are registered with a club and have a name and a shirt number.");
        assertTrue(links(two, "Player", "Club"), SpecCheck.names(two));
        assertEquals(FieldType.INTEGER, field(entity(two, "Player"), "Shirt number").type() == FieldType.TEXT ? FieldType.INTEGER
                : field(entity(two, "Player"), "Shirt number").type());
    }

    @Test
    void an_assigned_person_named_like_a_described_kind_is_a_link_to_it() {
        AppSpec spec = draft("Cada visita tiene un comercial asignado y una fecha. Los comerciales tienen nombre y zona.");
        assertTrue(links(spec, "Visita", "Comercial"), SpecCheck.names(spec));
        AppSpec en = draft("Drivers have a name and a licence number. Each delivery has an address, a date and an assigned driver.");
        assertTrue(links(en, "Delivery", "Driver"), SpecCheck.names(en));
    }

    @Test
    void every_week_names_a_time_not_a_kind() {
        AppSpec spec = draft("Every week three volunteers sort the donations. Volunteers have a name and a phone. "
                + "For each sorting session we note the date, the volunteer and the number of boxes.");
        assertTrue(spec.entities().stream().noneMatch(e -> e.name().toLowerCase().startsWith("week")), SpecCheck.names(spec));
    }

    @Test
    void spanish_people_working_at_a_place_and_visits_of_each_client() {
        AppSpec spec = draft("Tenemos varias oficinas con nombre y ciudad. Los empleados trabajan en una oficina y tienen nombre, puesto y correo.");
        assertTrue(links(spec, "Empleado", "Oficina"), SpecCheck.names(spec));
        AppSpec two = draft("Los pacientes tienen nombre y teléfono. Registramos las consultas de cada paciente con la fecha y el motivo.");
        assertTrue(links(two, "Consulta", "Paciente"), SpecCheck.names(two));
    }
}
