package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * A collection wished for with its details after a with-word is a kind of its own, not fields of the record
 * ({@link WeHaveWith#object}, read from {@code RequestReader.wishedClause}): "We'd also like a list of caterers with
 * their office phone and our client code", "We'd also need the suppliers with their contact email and phone". A closing
 * "with them" / "chez eux" / "con ellos" / "bei ihnen" is no field (lexicon {@code sentence_rewrites}). Session 14, family
 * k2 (a kind missed entirely, its details nowhere).
 */
class WishedKindListsTest {
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Caterer | Client code | We record every event: the venue, caterer, order number, event date, price per head. We'd also like a list of caterers with their office phone number and our client code.",
        "Technician | Hourly rate | Repairs: bike, date in, fault, price, technician. We also need a list of technicians with their name, phone and hourly rate.",
        "Supplier | Contact email | hi! we order stock every week - product, quantity, order date, delivered y/n. We'd also need the suppliers with their contact email and phone number please",
        "Venue | Capacity | Our events: title, date, venue, ticket price. I also want a list of venues with address, capacity and a contact person.",
        "Landlord | Phone | Tenancies: property, tenant, start date, rent. We also need to keep the landlords, with their phone, email and bank details.",
        "Courier | Badge number | Collections - date, bike, courier, number of pickups. Also want a list of couriers with their badge number and badge expiry date.",
        "Teacher | Email | We run evening classes (title, weekday, room, fee). We also want the teachers with their email, phone and hourly rate.",
        "Club | Contact name | League fixtures: home club, away club, date, pitch, score. We also need a list of clubs with their contact name, phone and home ground.",
        "Cost centre | Budget holder | Purchase orders: item, amount, date, cost centre. Finance also needs the cost centres with their code and budget holder.",
        "Instructor | Phone | Ski lessons: date, level, pupil, instructor. We'd also like a list of instructors with their phone and qualification level.",
        "Sponsor | Contact name | Charity run sign-ups: name, email, t-shirt size. We also need our sponsors, with contact name, email and amount pledged.",
        "Caterer | Price per head | Weddings: couple, date, guests, venue, caterer. Also want a list of caterers with their phone number, price per head and notes.",
        "Loueur | Téléphone | On note chaque location : article, loueur, numéro de bon, date de début, tarif. Il faut aussi une liste des loueurs avec leur téléphone et notre numéro de compte.",
        "Fournisseur | Email | Commandes : produit, quantité, date, fournisseur. On a aussi besoin d'une liste des fournisseurs avec leur email et leur téléphone.",
        "Empresa | Teléfono | Registramos cada alquiler: artículo, empresa, número de pedido, fecha de inicio, tarifa. También necesitamos una lista de empresas con su teléfono y nuestro número de cuenta.",
        "Proveedor | Email | Pedidos: producto, cantidad, fecha, proveedor. También queremos una lista de proveedores con su email y su teléfono.",
        "Caterer | Client code | We record every event: the venue, caterer, order number, event date, price per head. Plus a list of caterers with their office phone number and our client code with them.",
        "Loueur | Numéro de compte | On note chaque location : article, loueur, date de début, tarif. Il faut aussi une liste des loueurs avec leur téléphone et notre numéro de compte chez eux."})
    void the_wished_collection_is_a_kind(String kind, String kindField, String request) {
        AppSpec spec = SpecCheck.draft(request);
        SpecCheck.field(SpecCheck.entity(spec, kind), kindField);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Date | Repairs: bike, date in, fault, price. We also need the dates with times and the totals with VAT.",
        "Total | Repairs: bike, date in, fault, price. We also need the totals with VAT and the dates with times.",
        "Photo | Repairs: bike, date in, fault, price. We also need the photos with captions and notes.",
        "Name | Repairs: bike, date in, fault, price. We also need the names with phone numbers and emails.",
        "Contact detail | Orders: customer, date, total. We also need the contact details with phone and email."})
    void no_kind_when_the_collection_is_a_field(String notAKind, String request) {
        AppSpec spec = SpecCheck.draft(request);
        assertTrue(spec.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase(notAKind)), SpecCheck.names(spec));
    }
}
