package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.entity;
import static org.toolsmith.draft.offline.SpecCheck.field;
import static org.toolsmith.draft.offline.SpecCheck.find;
import static org.toolsmith.draft.offline.SpecCheck.links;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.FieldType;

/** How native speakers of German, French and Spanish write requests: word order, case endings, bullets, links. */
class NativePhrasingTest {
    @Test
    void german_verb_then_subject_does_not_lead_the_first_field() {
        AppSpec spec = draft("Für jeden Auftrag notieren wir den Kunden, das Lieferdatum und den Gesamtbetrag.");
        Entity order = entity(spec, "Auftrag");
        assertEquals(FieldType.DATE, field(order, "Lieferdatum").type());
        assertEquals(FieldType.MONEY, field(order, "Gesamtbetrag").type());
        assertTrue(find(order, "Kunde").isPresent(), SpecCheck.names(spec));
        assertTrue(order.fields().stream().noneMatch(f -> f.label().startsWith("Wir")), SpecCheck.names(spec));
    }

    @Test
    void german_records_named_before_an_inverted_subject_are_a_kind() {
        AppSpec spec = draft("Die Fahrräder haben eine Rahmennummer und eine Farbe. "
                + "Lieferungen erfassen wir mit Datum, Spediteur, Gewicht in kg und Lieferschein.");
        Entity delivery = entity(spec, "Lieferung");
        assertEquals(FieldType.DATE, field(delivery, "Datum").type());
        assertEquals(FieldType.DECIMAL, field(delivery, "Gewicht in kg").type());
    }

    @Test
    void german_accusative_labels_come_back_to_the_nominative() {
        AppSpec spec = draft("Jedes Team hat einen Namen, einen Verantwortlichen und ein Jahresbudget.");
        Entity team = entity(spec, "Team");
        assertTrue(find(team, "Name").isPresent(), SpecCheck.names(spec));
        assertEquals(FieldType.PERSON, field(team, "Verantwortlicher").type());
        assertEquals(FieldType.MONEY, field(team, "Jahresbudget").type());
    }

    @Test
    void german_verb_final_assignment_links_the_two_kinds() {
        AppSpec spec = draft("Büros haben eine Etage und eine Raumnummer. "
                + "Jeder Schreibtisch kann genau einem Büro zugeordnet werden. Schreibtische haben eine Inventarnummer und eine Höhe.");
        assertTrue(links(spec, "Schreibtisch", "Büro"), SpecCheck.names(spec));
        assertFalse(links(spec, "Büro", "Schreibtisch"));
    }

    @Test
    void a_file_format_after_als_or_en_names_the_type_not_the_field() {
        AppSpec de = draft("Pro Prüfung: Datum, Prüfer, Ergebnis und das Protokoll als PDF.");
        assertEquals(FieldType.FILE, field(entity(de, "Prüfung"), "Protokoll").type());
        AppSpec fr = draft("Pour chaque devis : client, montant, date d'envoi et le devis signé en PDF.");
        assertEquals(FieldType.FILE, field(entity(fr, "Devis"), "Devis signé").type());
    }

    @Test
    void bullets_that_each_name_a_kind_and_its_fields_are_kinds() {
        AppSpec spec = draft("Outil pour l'atelier vélo :\n- vélos : numéro de cadre, modèle, couleur\n"
                + "- réparations : vélo, date, prix, mécanicien");
        Entity repair = entity(spec, "Réparation");
        assertEquals(FieldType.MONEY, field(repair, "Prix").type());
        assertTrue(links(spec, "Réparation", "Vélo"), SpecCheck.names(spec));
        assertEquals(2, spec.entities().size(), SpecCheck.names(spec));
    }

    @Test
    void french_record_tied_to_two_kinds_links_to_both() {
        AppSpec spec = draft("Les cours ont un intitulé et un niveau. Les salles ont un nom et une capacité. "
                + "Chaque séance est rattachée à un cours et à une salle : date, heure de début, nombre d'inscrits.");
        assertTrue(links(spec, "Séance", "Cours"), SpecCheck.names(spec));
        assertTrue(links(spec, "Séance", "Salle"), SpecCheck.names(spec));
    }

    @Test
    void spanish_second_clause_after_y_is_not_a_second_link() {
        AppSpec spec = draft("De cada sala guardamos el nombre y la planta. Cada reserva es de una sala y anotamos quién reserva y el día.");
        assertTrue(links(spec, "Reserva", "Sala"), SpecCheck.names(spec));
        assertEquals(2, spec.entities().size(), SpecCheck.names(spec));
    }

    @Test
    void french_for_each_kind_set_off_by_a_comma_is_no_field() {
        AppSpec spec = draft("Pour chaque adhérent, il nous faut le nom, la date d'adhésion et le montant de la cotisation.");
        Entity member = entity(spec, "Adhérent");
        assertEquals(FieldType.DATE, field(member, "Date d'adhésion").type());
        assertTrue(member.fields().stream().noneMatch(f -> f.label().toLowerCase().contains("chaque")), SpecCheck.names(spec));
    }

    @Test
    void spanish_person_word_with_its_participle_points_to_the_kind_of_that_name() {
        AppSpec spec = draft("Los mecánicos tienen nombre, teléfono y especialidad. "
                + "Por cada reparación anotamos la fecha, la matrícula, el mecánico asignado y el coste.");
        assertTrue(links(spec, "Reparación", "Mecánico"), SpecCheck.names(spec));
    }

    @Test
    void a_heading_whose_list_opens_with_for_each_is_about_that_kind() {
        AppSpec spec = draft("Para la biblioteca del centro: por cada libro anotamos el título, el autor, la editorial y el año.");
        Entity book = entity(spec, "Libro");
        assertTrue(find(book, "Título").isPresent(), SpecCheck.names(spec));
        assertEquals(1, spec.entities().size(), SpecCheck.names(spec));
    }

    @Test
    void german_question_set_off_by_a_comma_is_a_field_not_its_lead() {
        AppSpec spec = draft("Für jede Lieferung wollen wir sehen, wer sie angenommen hat, wann sie ankam und ob etwas beschädigt war.");
        Entity delivery = entity(spec, "Lieferung");
        assertTrue(delivery.fields().stream().noneMatch(f -> f.label().equalsIgnoreCase("Sehen")), SpecCheck.names(spec));
        assertTrue(delivery.fields().stream().anyMatch(f -> f.type() == FieldType.PERSON), SpecCheck.names(spec));
        assertTrue(delivery.fields().stream().anyMatch(f -> f.type() == FieldType.BOOLEAN), SpecCheck.names(spec));
    }

    @Test
    void german_heading_that_opens_on_a_noun_and_its_verb_names_that_noun() {
        AppSpec spec = draft("Reservierungen laufen über das Telefon: Gast, Anreise, Abreise, Anzahl Personen.");
        Entity booking = entity(spec, "Reservierung");
        assertEquals(FieldType.DATE, field(booking, "Anreise").type());
        assertEquals(FieldType.INTEGER, field(booking, "Anzahl Personen").type());
    }

    @Test
    void french_for_the_kind_then_what_we_need_fills_that_kind() {
        AppSpec spec = draft("Pour les imprimantes, on a besoin du numéro de série, de l'emplacement et de la date du dernier entretien.");
        Entity printer = entity(spec, "Imprimante");
        assertTrue(find(printer, "Numéro de série").isPresent(), SpecCheck.names(spec));
        assertTrue(printer.fields().stream().noneMatch(f -> f.label().toLowerCase().startsWith("besoin")), SpecCheck.names(spec));
    }

    @Test
    void french_for_each_inside_the_first_item_names_the_kind() {
        AppSpec spec = draft("Il faudrait noter pour chaque location l'adhérent, le vélo, la date de sortie et la date de retour.");
        Entity loan = entity(spec, "Location");
        assertEquals(FieldType.DATE, field(loan, "Date de sortie").type());
        assertTrue(find(loan, "Adhérent").isPresent(), SpecCheck.names(spec));
    }

    @Test
    void german_which_noun_which_noun_and_a_verb_name_a_record_that_points_to_both() {
        AppSpec spec = draft("Wir wollen sehen, welcher Kunde welchen Transporter wann gemietet hat. "
                + "Transporter haben ein Kennzeichen und eine Ladefläche. Kunden haben einen Namen und eine Telefonnummer.");
        assertTrue(links(spec, "Miete", "Transporter"), SpecCheck.names(spec));
        assertTrue(links(spec, "Miete", "Kunde"), SpecCheck.names(spec));
        assertEquals(FieldType.DATE, field(entity(spec, "Miete"), "Datum").type());
    }

    @Test
    void german_adverb_inside_a_link_phrase_does_not_hide_the_link() {
        AppSpec spec = draft("Jeder Einsatz gehört natürlich zu einem Fahrzeug und hat ein Datum, einen Fahrer und ein Ziel. "
                + "Fahrzeuge haben ein Kennzeichen und einen Kilometerstand.");
        assertTrue(links(spec, "Einsatz", "Fahrzeug"), SpecCheck.names(spec));
    }

    @Test
    void french_record_that_belongs_to_one_kind_and_is_followed_by_another_links_to_both() {
        AppSpec spec = draft("Dans notre agence, chaque sinistre appartient à un assuré et est suivi par un expert. "
                + "Les assurés ont un nom et un numéro de contrat. Les experts ont un nom et un téléphone. "
                + "Un sinistre a une date, un montant estimé et un statut.");
        assertTrue(links(spec, "Sinistre", "Assuré"), SpecCheck.names(spec));
        assertTrue(links(spec, "Sinistre", "Expert"), SpecCheck.names(spec));
        assertFalse(links(spec, "Assuré", "Expert"));
    }

    @Test
    void spanish_record_made_by_someone_said_with_a_clitic_links_to_that_kind() {
        AppSpec spec = draft("Cada pedido lo hace un comercial. De cada comercial guardamos el nombre, la zona y el teléfono. "
                + "De cada pedido: fecha, importe y forma de envío.");
        assertTrue(links(spec, "Pedido", "Comercial"), SpecCheck.names(spec));
    }

    @Test
    void german_per_owner_we_record_links_the_records_to_the_owner() {
        AppSpec spec = draft("Je Baustelle erfassen wir Lieferungen: Datum, Lieferant, Menge. Baustellen haben eine Adresse und einen Bauleiter.");
        assertTrue(links(spec, "Lieferung", "Baustelle"), SpecCheck.names(spec));
        assertFalse(links(spec, "Baustelle", "Lieferung"));
    }

    @Test
    void german_adjective_after_for_each_is_not_the_kind() {
        AppSpec spec = draft("Zu jedem neuen Mandat gehören ein Aktenzeichen, ein Mandant und das Eröffnungsdatum.");
        Entity mandate = entity(spec, "Mandat");
        assertEquals(FieldType.DATE, field(mandate, "Eröffnungsdatum").type());
        assertTrue(find(mandate, "Aktenzeichen").isPresent(), SpecCheck.names(spec));
    }

    @Test
    void german_kind_named_by_a_compound_is_the_one_its_head_names_later() {
        AppSpec spec = draft("Ersatzteile haben eine Teilenummer und einen Bestand. Jedes Teil liegt in einem Regal. "
                + "Regale haben eine Nummer und einen Raum. Für jedes Teil notieren wir außerdem den Preis und den Hersteller.");
        assertTrue(links(spec, "Ersatzteil", "Regal"), SpecCheck.names(spec));
        assertEquals(FieldType.MONEY, field(entity(spec, "Ersatzteil"), "Preis").type());
    }

    @Test
    void a_long_heading_ending_with_and_for_each_owner_the_records_gives_the_list_to_those_records() {
        AppSpec spec = draft("Ich brauche eine Liste der Pferde mit Name, Rasse und Besitzer, und zu jedem Pferd die Tierarztbesuche: "
                + "Datum, Tierarzt, Behandlung und Kosten.");
        Entity visit = entity(spec, "Tierarztbesuch");
        assertEquals(FieldType.MONEY, field(visit, "Kosten").type());
        assertTrue(links(spec, "Tierarztbesuch", "Pferd"), SpecCheck.names(spec));
        assertTrue(find(entity(spec, "Pferd"), "Rasse").isPresent(), SpecCheck.names(spec));
    }

    @Test
    void german_genitive_in_a_kind_name_points_to_that_kind() {
        AppSpec spec = draft("Maschinen haben eine Inventarnummer und einen Standort. "
                + "Außerdem jede Störung einer Maschine mit Datum, Ursache und Ausfallzeit in Stunden.");
        Entity failure = entity(spec, "Störung");
        assertEquals(FieldType.DECIMAL, field(failure, "Ausfallzeit in Stunden").type());
        assertTrue(links(spec, "Störung", "Maschine"), SpecCheck.names(spec));
    }

    @Test
    void german_records_named_before_a_preposition_and_an_inverted_subject_keep_their_own_name() {
        AppSpec spec = draft("Jede Halle hat eine Nummer und eine Fläche. "
                + "Mängel an den Hallen wollen wir mit Datum, Beschreibung, Kosten und Prüfer erfassen.");
        Entity defect = entity(spec, "Mangel");
        assertEquals(FieldType.MONEY, field(defect, "Kosten").type());
        assertEquals(FieldType.PERSON, field(defect, "Prüfer").type());
    }

    @Test
    void german_passive_done_by_a_kind_links_to_it() {
        AppSpec spec = draft("Gärtner haben einen Namen und ein Revier. "
                + "Jede Pflegemaßnahme kommt von einem Antrag und wird von einem Gärtner durchgeführt. "
                + "Zu einer Pflegemaßnahme gehören das Datum, der Baum und die Dauer.");
        assertTrue(links(spec, "Pflegemaßnahme", "Gärtner"), SpecCheck.names(spec));
        assertEquals(FieldType.DATE, field(entity(spec, "Pflegemaßnahme"), "Datum").type());
    }
}
