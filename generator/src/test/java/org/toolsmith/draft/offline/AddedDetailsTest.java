package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.entity;
import static org.toolsmith.draft.offline.SpecCheck.field;
import static org.toolsmith.draft.offline.SpecCheck.find;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.FieldType;

/** Details added to a record outside its clean list: after a comma and a mark, in a sentence of their own, as a relative clause. */
class AddedDetailsTest {
    @Test
    void a_list_goes_on_after_a_comma_and_a_wish() {
        AppSpec spec = draft("Invoices: number, supplier and total, and we also need the approver and the payment date.");
        Entity invoice = entity(spec, "Invoice");
        assertEquals(FieldType.PERSON, field(invoice, "Approver").type());
        assertEquals(FieldType.DATE, field(invoice, "Payment date").type());
        assertTrue(find(invoice, "Supplier").isPresent(), SpecCheck.names(spec));
        assertEquals(1, spec.entities().size(), SpecCheck.names(spec));
    }

    @Test
    void a_detail_noted_is_the_detail_not_a_yes_no() {
        AppSpec spec = draft("Hall bookings with hall, organiser and date, and we need the approver noted.");
        Entity booking = spec.entities().get(0);
        assertEquals(FieldType.PERSON, field(booking, "Approver").type(), SpecCheck.names(spec));
        assertFalse(booking.fields().stream().anyMatch(f -> f.type() == FieldType.BOOLEAN), SpecCheck.names(spec));
    }

    @Test
    void a_sentence_opening_with_oh_and_adds_to_the_kind_before() {
        AppSpec spec = draft("Specimens: code, material and weight. Oh and the shelf and the person logging it.");
        assertEquals(1, spec.entities().size(), SpecCheck.names(spec));
        Entity specimen = spec.entities().get(0);
        assertEquals(FieldType.PERSON, field(specimen, "Logged by").type(), SpecCheck.names(spec));
        assertTrue(find(specimen, "Shelf").isPresent(), SpecCheck.names(spec));
    }

    @Test
    void french_german_and_spanish_additions_join_the_list() {
        AppSpec fr = draft("Bordereaux d'envoi : référence, transporteur et poids, et nous voulons aussi noter le signataire et la collègue qui l'a saisie.");
        Entity facture = fr.entities().get(0);
        assertEquals(FieldType.PERSON, field(facture, "Signataire").type(), SpecCheck.names(fr));
        assertEquals(FieldType.PERSON, field(facture, "Saisi par").type(), SpecCheck.names(fr));

        AppSpec de = draft("Rechnungen: Nummer, Lieferant und Betrag. Nicht vergessen: den Erfasser und die Person, die sie freigegeben hat.");
        assertEquals(1, de.entities().size(), SpecCheck.names(de));
        Entity rechnung = de.entities().get(0);
        assertEquals(FieldType.PERSON, field(rechnung, "Erfasser").type(), SpecCheck.names(de));
        assertEquals(FieldType.PERSON, field(rechnung, "Freigegeben von").type(), SpecCheck.names(de));

        AppSpec es = draft("Facturas: número, proveedor e importe, y además necesitamos el firmante y la persona que la registró.");
        Entity factura = entity(es, "Factura");
        assertEquals(FieldType.PERSON, field(factura, "Firmante").type(), SpecCheck.names(es));
        assertEquals(FieldType.PERSON, field(factura, "Registrado por").type(), SpecCheck.names(es));
    }

    @Test
    void when_after_who_asks_the_date_of_the_same_act() {
        AppSpec spec = draft("Proben: Code, Material und Gewicht, wer sie freigegeben hat und wann.");
        Entity probe = spec.entities().get(0);
        assertEquals(FieldType.PERSON, field(probe, "Freigegeben von").type(), SpecCheck.names(spec));
        assertFalse(find(probe, "Datum").isPresent(), SpecCheck.names(spec));
        assertTrue(probe.fields().stream().anyMatch(f -> f.type() == FieldType.DATE), SpecCheck.names(spec));
    }

    @Test
    void when_after_who_did_it_in_english_too() {
        AppSpec spec = draft("Parcels: code, shelf, who received it and when.");
        Entity parcel = spec.entities().get(0);
        assertEquals(FieldType.PERSON, field(parcel, "Received by").type(), SpecCheck.names(spec));
        assertFalse(find(parcel, "Date").isPresent(), SpecCheck.names(spec));
        assertTrue(parcel.fields().stream().anyMatch(f -> f.type() == FieldType.DATE), SpecCheck.names(spec));
    }

    @Test
    void an_afterthought_tick_stays_a_yes_no() {
        AppSpec spec = draft("Our tea stock is a mess. want every tea with: name, origin, grams in stock and price. also a tick for fair trade");
        Entity tea = spec.entities().get(0);
        assertEquals(FieldType.BOOLEAN, tea.fields().stream().filter(f -> f.label().toLowerCase().contains("fair trade")).findFirst()
                .orElseThrow(() -> new AssertionError(SpecCheck.names(spec))).type(), SpecCheck.names(spec));
        assertFalse(find(tea, "Tick for").isPresent(), SpecCheck.names(spec));
    }

    @Test
    void an_addition_with_a_reservation_adds_nothing() {
        AppSpec spec = draft("Necesitamos la ficha de cada socio: nombre, teléfono y cuota pagada. También organizamos excursiones, pero eso lo vemos más adelante.");
        assertEquals(1, spec.entities().size(), SpecCheck.names(spec));
        assertTrue(spec.entities().get(0).fields().stream().noneMatch(f -> f.label().toLowerCase().contains("excursiones")
                || f.label().toLowerCase().contains("adelante")), SpecCheck.names(spec));
    }

    @Test
    void a_participle_with_the_day_preposition_is_a_date() {
        AppSpec spec = draft("Prêts de matériel : emprunteur, matériel, rendu le et vérifié par.");
        Entity pret = spec.entities().get(0);
        assertEquals(FieldType.DATE, field(pret, "Rendu le").type(), SpecCheck.names(spec));
        assertEquals(FieldType.PERSON, field(pret, "Vérifié par").type(), SpecCheck.names(spec));
    }

    @Test
    void the_writers_firm_before_the_wish_is_no_kind() {
        AppSpec spec = draft("We're a small bakery and we need an app for deliveries with shop, crates and checked by.");
        assertEquals(1, spec.entities().size(), SpecCheck.names(spec));
        assertEquals(FieldType.PERSON, field(spec.entities().get(0), "Checked by").type(), SpecCheck.names(spec));
        assertEquals("We need an app", AddedDetails.withoutSituation(Lang.EN, "We are a small bakery and need an app"));
        assertEquals("necesitamos una app", AddedDetails.withoutSituation(Lang.ES, "Somos una pequeña panadería y necesitamos una app"));
        assertEquals("Wir brauchen eine App", AddedDetails.withoutSituation(Lang.DE, "Wir sind eine kleine Bäckerei und brauchen eine App"));
        assertEquals("nous avons besoin d'une appli", AddedDetails.withoutSituation(Lang.FR, "Nous sommes une petite boulangerie et nous avons besoin d'une appli"));
        String firmKind = "We are a small bakery and our shops order bread every day";
        assertEquals(firmKind, AddedDetails.withoutSituation(Lang.EN, firmKind));
    }

    @Test
    void what_follows_the_mark_must_be_plain_details() {
        String kinds = "Orders with date, customer and total, and we also need suppliers with name and phone";
        assertEquals(kinds, AddedDetails.join(Lang.EN, kinds));
        String plural = "Tickets: title, status and owner, and we also need customers";
        assertEquals(plural, AddedDetails.join(Lang.EN, plural));
        String restated = "Repairs: each repair belongs to a vehicle; date, cost, garage";
        assertEquals(restated, AddedDetails.join(Lang.EN, restated));
        String unmarked = "Contracts: title, party and end date, the signatory";
        assertEquals(unmarked, AddedDetails.join(Lang.EN, unmarked));
        assertEquals("Verträge: Titel und Enddatum, den Prüfer", AddedDetails.join(Lang.DE, "Verträge: Titel und Enddatum, und wir brauchen auch den Prüfer."));
        assertEquals("by the person who manages the budget", AddedDetails.asQuestions(Lang.EN, "by the person who manages the budget"));
        assertEquals("Validé par", DoerLabels.doerLabel(Lang.FR, "Validée par"));
        assertEquals("Demande par", DoerLabels.doerLabel(Lang.FR, "Demande par"));
        assertEquals("Validée par", DoerLabels.doerLabel(Lang.EN, "Validée par"));
    }
}
