package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.entity;
import static org.toolsmith.draft.offline.SpecCheck.field;
import static org.toolsmith.draft.offline.SpecCheck.find;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.FieldType;

/** Kinds opened the way French, Spanish and German writers open them: owner headings, "we have Xs with", wishes, overviews. */
class KindOpeningsTest {
    @Test
    void we_have_a_plural_with_fields_names_that_kind() {
        assertArrayEquals(new String[] {"Fahrzeug", "Kennzeichen, Marke und Baujahr"},
                WeHaveWith.read(Lexicon.load(Lang.DE), "Wir haben mehrere Fahrzeuge mit Kennzeichen, Marke und Baujahr"));
        assertArrayEquals(new String[] {"Salle", "un nom, un étage et une capacité"},
                WeHaveWith.read(Lexicon.load(Lang.FR), "Nous avons des salles avec un nom, un étage et une capacité"));
        assertArrayEquals(new String[] {"Almacén", "dirección y responsable"},
                WeHaveWith.read(Lexicon.load(Lang.ES), "Tenemos almacenes con dirección y responsable"));
        // several kinds with their own with-words are read elsewhere
        assertNull(WeHaveWith.read(Lexicon.load(Lang.EN), "We have clients with an address, cleaners with a phone and jobs with a date"));
        // a singular is no collection
        assertNull(WeHaveWith.read(Lexicon.load(Lang.DE), "Wir haben ein Lager mit Regalen und Fächern"));
    }

    @Test
    void german_owner_heading_gives_its_list_to_a_kind_drafted_earlier() {
        AppSpec spec = draft("Jeder Einsatz gehört zu einer Baustelle und hat ein Datum, eine Dauer in Stunden und einen Monteur. "
                + "Bei den Baustellen selbst reichen uns Adresse, Bauherr und Starttermin.");
        Entity site = entity(spec, "Baustelle");
        assertTrue(find(site, "Adresse").isPresent(), SpecCheck.names(spec));
        assertTrue(find(site, "Bauherr").isPresent(), SpecCheck.names(spec));
        assertTrue(site.fields().stream().noneMatch(f -> f.label().toLowerCase().contains("reichen")), SpecCheck.names(spec));
    }

    @Test
    void spanish_and_french_owner_headings_name_the_kind() {
        AppSpec es = draft("Cada envío tiene varios bultos con peso y medidas. Del envío guardamos el destinatario, la fecha y el transportista.");
        assertTrue(find(entity(es, "Envío"), "Destinatario").isPresent(), SpecCheck.names(es));
        AppSpec fr = draft("Chaque fournisseur peut avoir plusieurs commandes. Pour un fournisseur on garde le nom, le SIRET et le téléphone.");
        assertEquals(FieldType.PHONE, field(entity(fr, "Fournisseur"), "Téléphone").type());
    }

    @Test
    void german_subjunctive_wish_and_overview_open_a_kind_with_its_group() {
        AppSpec spec = draft("Ich bräuchte eine Übersicht über unsere Pferde (Name, Rasse, Geburtsdatum, Besitzer) "
                + "und über die Behandlungen durch den Hufschmied: welches Pferd, Datum, Kosten.");
        Entity horse = entity(spec, "Pferd");
        assertEquals(FieldType.DATE, field(horse, "Geburtsdatum").type());
        Entity care = entity(spec, "Behandlung");
        assertEquals(FieldType.MONEY, field(care, "Kosten").type());
    }

    @Test
    void german_passive_with_the_participle_last_links_to_a_described_kind() {
        AppSpec spec = draft("Wir haben Kurse mit Titel, Sprache und Niveau. Jeder Kurs wird von einer Trainerin geleitet. "
                + "Die Trainerinnen haben einen Namen, eine E-Mail und einen Stundensatz.");
        assertTrue(SpecCheck.links(spec, "Kurs", "Trainerin"), SpecCheck.names(spec));
    }

    @Test
    void a_terse_list_of_kinds_each_with_a_group_or_a_with_word_gives_each_its_fields() {
        AppSpec spec = draft("Brauche: Standort (Adresse, Anzahl Räume), Wartungsauftrag mit Standort, Gewerk (Heizung, Lüftung, Aufzug), "
                + "Datum, Kosten, Techniker.");
        Entity site = entity(spec, "Standort");
        assertEquals(FieldType.INTEGER, field(site, "Anzahl Räume").type());
        Entity job = entity(spec, "Wartungsauftrag");
        assertEquals(FieldType.CHOICE, field(job, "Gewerk").type());
        assertEquals(FieldType.MONEY, field(job, "Kosten").type());
        assertTrue(SpecCheck.links(spec, "Wartungsauftrag", "Standort"), SpecCheck.names(spec));
    }

    @Test
    void a_list_that_opens_with_a_field_is_no_list_of_kinds() {
        Lexicon de = Lexicon.load(Lang.DE);
        ListSplitter splitter = new ListSplitter(de);
        FieldReader fields = new FieldReader(de);
        assertTrue(KindSegments.read(de, fields, splitter, "Datum, Gewerk (Heizung, Lüftung, Aufzug), Kosten").isEmpty());
        assertTrue(KindSegments.read(de, fields, splitter, "Standort (Adresse, Anzahl Räume)").isEmpty());
    }

    @Test
    void a_place_where_a_duty_is_done_names_no_kind() {
        assertNull(OwnerHeads.read(Lexicon.load(Lang.FR), "Pour le service on doit suivre les contrôles des extincteurs et des alarmes"));
    }

    @Test
    void implicit_dates_and_doers_in_french_spanish_and_german_questions() {
        Entity loan = entity(draft("Pour chaque prêt il faut savoir quel outil, la date de sortie et d'ici quand il faut le ramener."), "Prêt");
        assertEquals(FieldType.DATE, field(loan, "Date limite").type());
        Entity count = entity(draft("Quiero registrar cada recuento: el almacén, la fecha, quién lo revisó y quién lo recogió."), "Recuento");
        assertEquals(FieldType.PERSON, field(count, "Revisado por").type());
        assertEquals(FieldType.PERSON, field(count, "Recogido por").type());
        Entity licence = entity(draft("Lizenzen: Produkt, Ablaufdatum, an wen sie vergeben ist und seit wann."), "Lizenz");
        assertEquals(FieldType.PERSON, field(licence, "Empfänger").type());
        assertEquals(FieldType.DATE, field(licence, "Seit").type());
    }

    @Test
    void a_group_then_and_each_kind_with_fields_makes_two_kinds() {
        AppSpec spec = draft("Registro de socios (nombre, DNI, teléfono) y cada cuota con año, importe y fecha de pago.");
        assertEquals(FieldType.PHONE, field(entity(spec, "Socio"), "Teléfono").type());
        assertEquals(FieldType.MONEY, field(entity(spec, "Cuota"), "Importe").type());
    }
}
