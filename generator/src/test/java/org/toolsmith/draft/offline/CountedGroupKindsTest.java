package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * A counted group the writer has, whose details follow as "…, need their a, b and c": "We've got about 120 clients, need
 * their name, address and phone" is read like "we have 120 clients with their name, address and phone" (lexicon
 * {@code sentence_rewrites}, then {@link WeHaveWith#read}). Session 14 round 2, family k4 (a list of things kept as its
 * own kind).
 */
class CountedGroupKindsTest {
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Client | Phone | We log jobs: date, address, notes. We've got about 120 clients, need their name, address and phone.",
        "Driver | Licence number | Hi! we track deliveries with a date and a van. we have 15 drivers, need their name, phone and licence number",
        "Volunteer | Dbs date | Shifts: date, start time, task. There are around 40 volunteers and we need their name, mobile and DBS date.",
        "Tenant | Email | hello, rent payments - date, amount, method. we have ~60 tenants, need to keep their name, email and flat number",
        "Trainer | Hourly rate | Sessions have a date, a room and a trainer. We work with 8 trainers and need to know their name, phone and hourly rate.",
        "Supplier | Account number | Orders: product, quantity, date. We deal with a dozen suppliers - we need their name, contact email and account number.",
        "Coach | Qualification | Matches: date, opponent, score. we've got several coaches, need their name, phone and qualification",
        "Site | Postcode | Inspections: date, inspector, result. We manage over 30 sites, we keep their name, postcode and site manager.",
        "Member | Membership number | Bookings with date, court and time. We have about 300 members and we'd like their name, email and membership number.",
        "Kunde | Telefon | Wir erfassen Einsätze: Datum, Ort, Notizen. Wir haben etwa 120 Kunden, brauchen ihren Namen, ihre Adresse und ihr Telefon.",
        "Helfer | Führerscheinklasse | Hallo, wir planen Schichten mit Datum und Aufgabe. Wir haben rund 40 Helfer und brauchen deren Name, Handynummer und Führerscheinklasse.",
        "Lieferant | Kundennummer | Bestellungen: Artikel, Menge, Datum. Es gibt 12 Lieferanten, wir brauchen ihre Kontakt-E-Mail und Kundennummer."})
    void the_counted_group_is_a_kind(String kind, String kindField, String request) {
        AppSpec spec = SpecCheck.draft(request);
        SpecCheck.field(SpecCheck.entity(spec, kind), kindField);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Customer | Orders: date, total. We have 20 orders a day, customers need their receipts by email.",
        "Problem | Repairs: bike, date in, fault. We have a problem, need their phone numbers fast.",
        "Shift | Staff: name, role, phone. We have 2 shifts a day and we need their start times on the rota."})
    void no_kind_when_no_group_is_counted(String notAKind, String request) {
        AppSpec spec = SpecCheck.draft(request);
        assertTrue(spec.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase(notAKind)), SpecCheck.names(spec));
    }
}
