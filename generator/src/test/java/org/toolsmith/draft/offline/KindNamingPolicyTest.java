package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * How a kind is named: a choice word with its values is a field, not a kind ({@link FieldWordKinds}); a time word,
 * a sentence adverb, a verb or an owner word does not name a kind ({@link HollowNames}).
 */
class KindNamingPolicyTest {
    private static final OfflineDrafter DRAFTER = new OfflineDrafter();

    private static List<String> names(AppSpec spec) {
        return spec.entities().stream().map(Entity::name).toList();
    }

    private static Field field(AppSpec spec, String kind, String label) {
        Entity e = spec.entities().stream().filter(x -> x.name().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError(names(spec).toString()));
        return e.fields().stream().filter(f -> f.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(e.fields().toString()));
    }

    private static void choiceOn(String request, String kind, String label, List<String> options) {
        AppSpec spec = DRAFTER.draft(request);
        assertEquals(List.of(kind), names(spec), request);
        Field f = field(spec, kind, label);
        assertEquals(FieldType.CHOICE, f.type(), request);
        assertEquals(options, f.options(), request);
    }

    @Test
    void a_choice_word_heading_its_values_is_a_field_of_the_record_before() {
        choiceOn("We repair sewing machines for schools. Each machine has a serial number, a model and the school it belongs to. "
                + "And a priority: low, normal, urgent.", "Machine", "Priority", List.of("Low", "Normal", "Urgent"));
        choiceOn("We lend cameras to students. Each loan has the camera, the student, the date out and the date back. "
                + "Also a status: out, returned, lost, damaged.", "Loan", "Status", List.of("Out", "Returned", "Lost", "Damaged"));
        choiceOn("Magasin de cycles. Pour chaque réparation : le vélo, le propriétaire, la date d'entrée, le prix. Et un état : attendu, en réparation, terminé, rendu.",
                "Réparation", "État", List.of("Attendu", "En réparation", "Terminé", "Rendu"));
        choiceOn("Tienda de ropa. Cada pedido: cliente, fecha, importe, forma de envío. También un estado: pendiente, enviado, entregado, devuelto.",
                "Pedido", "Estado", List.of("Pendiente", "Enviado", "Entregado", "Devuelto"));
        choiceOn("Kleine Werkstatt. Jeder Auftrag: Kunde, Fahrzeug, Datum, Preis. Dazu ein Status: offen, bestellt, fertig, abgeholt.",
                "Auftrag", "Status", List.of("Offen", "Bestellt", "Fertig", "Abgeholt"));
    }

    @Test
    void a_choice_word_kind_with_real_fields_stays_a_kind() {
        // name, colour and a number are fields of a lookup kind, not values
        AppSpec spec = DRAFTER.draft("Small helpdesk. Tickets: title, reporter, date opened, priority. Priorities: name, colour, days to resolve.");
        assertTrue(names(spec).contains("Priority"), names(spec).toString());
        assertEquals(FieldType.REFERENCE, field(spec, "Ticket", "Priority").type());
    }

    @Test
    void a_time_word_or_verb_is_replaced_by_the_noun_after_it() {
        assertEquals(List.of("Member", "Rehearsal"), names(DRAFTER.draft(
                "Our choir keeps track of members: name, voice part, email. Every month there is a rehearsal: date, venue, pieces practised.")));
        assertEquals(List.of("Bénévole", "Tournée"), names(DRAFTER.draft(
                "Nous suivons nos bénévoles : nom, téléphone, quartier. Chaque semaine on fait des tournées : date, bénévole, nombre de repas.")));
        assertEquals(List.of("Socio", "Regata"), names(DRAFTER.draft(
                "Club de remo. Socios: nombre, DNI, teléfono. Cada mes hay una regata: fecha, lugar, distancia.")));
        assertEquals(List.of("Besprechung", "Zwischengespräch"), names(DRAFTER.draft(
                "Wir betreuen Promovierende: Name, Betreuer, Thema. Jedes Jahr gibt es ein Zwischengespräch: Datum, Bewertung, Protokoll.")));
    }

    @Test
    void a_time_word_heading_a_compound_is_its_head() {
        // "open day" is the thing; "day" is not cut from it
        assertEquals(List.of("Open day"), names(DRAFTER.draft("We run an open day for families each spring. Open days: date, theme, number of visitors.")));
        assertNull(HollowNames.trimmed("Open day"));
        assertNull(HollowNames.trimmed("Training evening"));
        assertNull(HollowNames.trimmed("Artwork"));
    }

    @Test
    void hollow_words_at_the_ends_of_a_name_go() {
        Map<String, String> trims = Map.of("Gallery here", "Gallery", "Our rota", "Rota", "Nos tournée", "Tournée",
                "Now invoice", "Invoice", "Factura ya las tenemos", "Factura", "Nuestra sala", "Sala", "Außerdem Angebot", "Angebot",
                "Unserer Kundenkonto", "Kundenkonto", "Zweitens Lieferung", "Lieferung");
        trims.forEach((name, kept) -> assertEquals(kept, HollowNames.trimmed(name), name));
    }

    @Test
    void which_names_are_hollow() {
        List.of("Year", "Basically", "Soir", "Día hay", "Deshalb").forEach(n -> assertTrue(HollowNames.hollow(n), n));
        List.of("Shift", "Visit", "Séance", "Termin").forEach(n -> assertFalse(HollowNames.hollow(n), n));
        assertFalse(HollowNames.hollow(null));
    }

    @Test
    void the_words_after_a_hollow_name_stop_at_its_list() {
        assertEquals("Gespräch", HollowNames.after("Jedes Jahr gibt es ein Gespräch: Datum, Note", "Jahr"));
        assertEquals("rehearsal", HollowNames.articleNoun(Lang.EN, "there is a rehearsal"));
        assertEquals("seed count", HollowNames.articleNoun(Lang.EN, "we do a seed count on each tray"));
        assertEquals("tournées", HollowNames.articleNoun(Lang.FR, "on fait des tournées"));
        // "hay que …" is followed by a verb, not a kind
        assertNull(HollowNames.after("Cada semana hay que rellenar: nombre", "Semana"));
        assertNull(HollowNames.after("Basically that's it", "Year"));
    }
}
