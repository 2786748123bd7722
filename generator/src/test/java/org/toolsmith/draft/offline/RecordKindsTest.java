package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.entity;
import static org.toolsmith.draft.offline.SpecCheck.field;
import static org.toolsmith.draft.offline.SpecCheck.links;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/** Session 5 (hd1): record kinds introduced as events, listed in prose, or named only as owners; fields naming a kind. */
class RecordKindsTest {
    @Test
    void a_link_clause_then_a_colon_gives_the_record_its_fields() {
        AppSpec spec = draft("Les locataires ont un nom et un téléphone. Chaque quittance concerne un locataire : mois, montant, payée ou non.");
        assertTrue(links(spec, "Quittance", "Locataire"), SpecCheck.names(spec));
        assertEquals(FieldType.MONEY, field(entity(spec, "Quittance"), "Montant").type());
    }

    @Test
    void kinds_listed_in_prose_each_with_its_fields_in_parentheses() {
        AppSpec fr = draft("Au club de théâtre il y a des comédiens (nom, téléphone, rôle préféré) et des pièces (titre, auteur, date de première).");
        assertEquals(FieldType.PHONE, field(entity(fr, "Comédien"), "Téléphone").type(), SpecCheck.names(fr));
        entity(fr, "Pièce");
        AppSpec de = draft("Im Chor gibt es Sänger (Name, Stimme, Telefon) und Proben (Datum, Ort).");
        assertEquals(FieldType.PHONE, field(entity(de, "Sänger"), "Telefon").type(), SpecCheck.names(de));
        assertEquals(FieldType.DATE, field(entity(de, "Probe"), "Datum").type());
    }

    @Test
    void a_field_spelled_like_a_kind_points_to_it_even_when_the_word_reads_as_a_state() {
        AppSpec spec = draft("Pour les livres : titre, auteur, cote. Pour les lecteurs : nom, carte. Chaque emprunt : le livre, le lecteur, date, rendu oui/non.");
        assertEquals(FieldType.REFERENCE, field(entity(spec, "Emprunt"), "Livre").type(), SpecCheck.names(spec));
    }

    @Test
    void words_that_stress_a_kind_and_german_verbs_are_no_part_of_its_name() {
        AppSpec de = draft("Jede Fahrt hat Datum, Ziel und Fahrer. Zu den Fahrzeugen selbst: Kennzeichen, Sitzplätze, nächster TÜV.");
        entity(de, "Fahrzeug");
        AppSpec de2 = draft("Es gibt Mentoren (Name, Fach, Telefon) und Lehrlinge (Name, Lehrjahr). Nach jedem Gespräch schreibt der Mentor auf: Lehrling, Datum, Thema.");
        entity(de2, "Mentor");
        entity(de2, "Gespräch");
    }

    @Test
    void a_field_that_gives_its_kinds_own_fields_in_parentheses_makes_that_kind() {
        AppSpec spec = draft("Repair jobs: the customer (name, phone, email, address), the device, date in, fault, price quoted.");
        assertTrue(links(spec, "Repair job", "Customer"), SpecCheck.names(spec));
        assertEquals(FieldType.PHONE, field(entity(spec, "Customer"), "Phone").type());
        AppSpec led = draft("We want to log each claim against the insurer (we keep insurers as a separate list: company name, claims email) "
                + "with the claim number, the amount and the date filed.");
        assertEquals(FieldType.EMAIL, field(entity(led, "Insurer"), "Claims email").type(), SpecCheck.names(led));
        AppSpec fr = draft("Chaque intervention concerne un immeuble (nom + adresse) et a une date, un technicien et un coût.");
        entity(fr, "Immeuble");
    }

    @Test
    void options_answers_and_the_records_own_details_in_parentheses_make_no_kind() {
        AppSpec spec = draft("Leads: channel (email, social, phone, events), who referred them (name, email), damage (yes/no + photo), "
                + "the buyer (name only, no separate file needed), date.");
        assertEquals(1, spec.entities().size(), SpecCheck.names(spec));
        // a short group among a record's fields is the record's own details; after a link clause it is a kind
        AppSpec inline = draft("Garden jobs: the client (name, phone), the address, the date, the hours spent, paid yes/no.");
        assertEquals(1, inline.entities().size(), SpecCheck.names(inline));
        AppSpec linked = draft("Cada trabajo es para un cliente (nombre, teléfono) y tiene fecha, horas y precio.");
        assertTrue(links(linked, "Trabajo", "Cliente"), SpecCheck.names(linked));
    }

    @Test
    void bullets_that_each_open_a_kind_with_a_with_word_are_kind_lines() {
        AppSpec spec = draft("Unsere Struktur:\n- Kunden mit Kundennummer, Name und Telefon\n- Maschinen mit Seriennummer, Typ und Baujahr\n"
                + "- Wartungen: welche Maschine, Datum, Techniker, Kosten");
        assertEquals(FieldType.PHONE, field(entity(spec, "Kunde"), "Telefon").type(), SpecCheck.names(spec));
        assertTrue(links(spec, "Wartung", "Maschine"), SpecCheck.names(spec));
    }
}
