package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.entity;
import static org.toolsmith.draft.offline.SpecCheck.field;
import static org.toolsmith.draft.offline.SpecCheck.links;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.FieldType;

/** Session 8 (s8d1): record kinds said through "each X can have several Y - …", counts, examples and each-words. */
class EachOwnerKindsTest {
    @Test
    void a_kind_of_people_owns_several_records_listed_after_a_dash() {
        AppSpec spec = draft("Patients have a name, a phone and a date of birth. "
                + "Each patient can have several prescriptions - drug, dose, start date and end date.");
        assertTrue(links(spec, "Prescription", "Patient"), SpecCheck.names(spec));
        assertEquals(FieldType.DATE, field(entity(spec, "Prescription"), "Start date").type());
    }

    @Test
    void several_records_whose_word_alone_is_typed_are_still_a_kind() {
        AppSpec spec = draft("Tenants have a name, a flat number and an email. "
                + "For each tenant there can be lots of payments - the amount, the date received and the method (cash, card, transfer).");
        assertTrue(links(spec, "Payment", "Tenant"), SpecCheck.names(spec));
    }

    @Test
    void french_and_spanish_each_words_after_a_preposition_open_a_record() {
        AppSpec fr = draft("Nous avons trois salles (nom, étage, capacité). "
                + "À chaque réservation, on note la salle, la date, le demandeur et le nombre de personnes.");
        assertTrue(links(fr, "Réservation", "Salle"), SpecCheck.names(fr));
        AppSpec es = draft("Tenemos dos hornos (nombre, modelo, fecha de compra). "
                + "Tras cada hornada anotamos el horno, la fecha, la temperatura y el número de piezas.");
        assertTrue(links(es, "Hornada", "Horno"), SpecCheck.names(es));
    }

    @Test
    void a_count_and_an_adverb_are_no_part_of_a_kind_name() {
        Lexicon en = Lexicon.load(Lang.EN);
        assertEquals("Scanner", KindFillers.strip(en, "12 scanners"));
        assertEquals("Boat", KindFillers.strip(en, "Eleven boats"));
        Lexicon de = Lexicon.load(Lang.DE);
        assertEquals("Lager", KindFillers.strip(de, "Lager selbst nur"));
        assertEquals("Service desk", KindFillers.strip(en, "Service desk"));
    }

    @Test
    void a_tool_word_after_an_each_word_names_records() {
        AppSpec spec = draft("Donors have a name and an email. For each application: which donor, the amount asked, the deadline and the outcome.");
        assertTrue(links(spec, "Application", "Donor"), SpecCheck.names(spec));
    }

    @Test
    void examples_in_parentheses_before_with_or_have_do_not_hide_the_kind() {
        AppSpec en = draft("We keep a list of caterers (bakeries, delis, a pizza place) with their phone, email and minimum order. "
                + "For each event we note which caterer, the date and the number of guests.");
        assertEquals(FieldType.PHONE, field(entity(en, "Caterer"), "Phone").type(), SpecCheck.names(en));
        AppSpec de = draft("Unsere Fahrzeuge (Transporter, Kombis, Kleinwagen …) haben ein Kennzeichen, eine Farbe und einen Kilometerstand.");
        assertTrue(entity(de, "Fahrzeug").fields().stream().anyMatch(f -> f.label().equals("Kennzeichen")), SpecCheck.names(de));
    }

    @Test
    void each_said_alone_stands_for_the_kind_just_counted() {
        AppSpec en = draft("We run twelve scanners across the office. Each has a serial number, a model and a room. "
                + "Every repair: which scanner, the date, the cost.");
        assertTrue(entity(en, "Scanner").fields().stream().anyMatch(f -> f.label().equals("Serial number")), SpecCheck.names(en));
        AppSpec de = draft("In der Halle stehen 8 Maschinen (Drehbänke, Fräsen). Jede hat eine Inventarnummer, einen Hersteller und ein Baujahr.");
        assertTrue(entity(de, "Maschine").fields().stream().anyMatch(f -> f.label().equals("Inventarnummer")), SpecCheck.names(de));
    }

    @Test
    void a_counted_kind_keeps_the_fields_in_its_parentheses_in_four_languages() {
        AppSpec en = draft("We have three warehouses (name, address, manager phone).");
        assertEquals(FieldType.PHONE, field(entity(en, "Warehouse"), "Manager phone").type(), SpecCheck.names(en));
        AppSpec fr = draft("Nous avons cinq agences (chacune avec un nom, une ville et un téléphone).");
        assertEquals(FieldType.PHONE, field(entity(fr, "Agence"), "Téléphone").type(), SpecCheck.names(fr));
        AppSpec es = draft("Tenemos seis tiendas (cada una con nombre, dirección y teléfono).");
        assertEquals(FieldType.PHONE, field(entity(es, "Tienda"), "Teléfono").type(), SpecCheck.names(es));
        AppSpec de = draft("Wir haben vier Standorte (jeweils mit Name, Ort und Telefon).");
        assertEquals(FieldType.PHONE, field(entity(de, "Standort"), "Telefon").type(), SpecCheck.names(de));
    }

    @Test
    void examples_after_a_count_are_no_fields() {
        AppSpec spec = draft("We own 20 vehicles (vans, minibuses, two cars). Each has a registration, a make and a mileage.");
        Entity vehicle = entity(spec, "Vehicle");
        assertTrue(vehicle.fields().stream().noneMatch(f -> f.label().equals("Vans")), SpecCheck.names(spec));
        assertTrue(vehicle.fields().stream().anyMatch(f -> f.label().equals("Registration")), SpecCheck.names(spec));
    }
}
