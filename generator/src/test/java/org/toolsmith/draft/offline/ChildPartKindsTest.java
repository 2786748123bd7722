package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;

/**
 * Session 26: the records a record is made of or collects (lines, entries, steps, comments, attendees …), said with
 * details of their own, are a kind of their own that points to the record: "is made up of", "are recorded per", bullets
 * nested under a bullet, a label of two words ("expense items:", "lignes de commande :"). Rows of my own, four languages.
 */
class ChildPartKindsTest {

    private static String shape(String request) {
        AppSpec spec = new OfflineDrafter().draft(request);
        return spec.entities().stream()
                .map(e -> e.name() + e.fields().stream().map(f -> f.label()).collect(Collectors.toList()))
                .collect(Collectors.joining(" "));
    }

    private static long kinds(String request) {
        return new OfflineDrafter().draft(request).entities().size();
    }

    @Test
    void made_up_of_parts_is_a_kind_of_its_own() {
        String en = shape("We keep our purchase orders (supplier name, order date). A purchase order is made up of order lines "
                + "(article, quantity, unit cost).");
        assertTrue(en.contains("Order line[") && en.contains("Quantity"), en);
        assertFalse(en.matches(".*Purchase order\\[[^\\]]*Quantity.*"), en);
        String steps = shape("We write down our cleaning procedures (title, area). A cleaning procedure is made up of steps (step number, "
                + "what to do, minutes needed).");
        assertTrue(steps.contains("Step["), steps);
    }

    @Test
    void nested_bullets_under_a_bullet_are_the_parts_list() {
        assertEquals(List.of("Inspections:", "- site", "- inspection date", "- findings: description, severity, photo"),
                PastedNotes.nestedBullets(List.of("Inspections:", "- site", "- inspection date", "- findings (one or more):",
                        "   - description", "   - severity", "   - photo")));
        String en = shape("Workshops:\n- title\n- workshop date\n- steps (several per workshop):\n  - description\n  - minutes\n  - done");
        assertTrue(en.contains("Step[") && en.contains("Workshop["), en);
        String fr = shape("Interventions :\n- adresse\n- date\n- lignes de facturation (plusieurs) :\n  - prestation\n  - quantité\n  - prix");
        assertTrue(fr.contains("Ligne de facturation["), fr);
        String es = shape("Viajes:\n- destino\n- fecha de salida\n- pagos (varios por viaje):\n  - fecha\n  - importe\n  - forma de pago");
        assertTrue(es.contains("Pago[") && es.contains("Viaje["), es);
        String de = shape("Lieferscheine:\n- Lieferscheinnummer\n- Lieferdatum\n- Positionen (mehrere pro Lieferschein):\n"
                + "  - Artikel\n  - Menge\n  - Einzelpreis");
        assertTrue(de.contains("Position[") && de.contains("Lieferschein["), de);
    }

    @Test
    void a_participant_is_a_person_not_a_part() {
        // people who take part are parties or person fields; an item of the record's list keeps the details after it
        String de = shape("Wir haben Seminare und Teilnehmer; jeder Teilnehmer kann mehrere Seminare besuchen, darum brauchen wir "
                + "Anmeldungen mit Seminar, Teilnehmer, Anmeldedatum und ob schon überwiesen wurde.");
        assertFalse(de.contains("Teilnehmer["), de);
        assertTrue(de.contains("Anmeldedatum"), de);
    }

    @Test
    void plain_lists_and_plural_fields_stay_one_kind() {
        // a bullet nested under a plain item is no list of parts; plural field words stay fields
        assertEquals(1, kinds("Vehicles:\n- plate\n- model\n- notes:\n  - free text\n  - optional"), "notes");
        assertEquals(1, kinds("A simple list of suppliers with name, phone, notes and tags."));
        assertEquals(1, kinds("For every delivery we record the date, the driver and the number of items."));
        assertEquals(1, kinds("Pour chaque livraison on note la date, le chauffeur et le nombre de colis."));
        // "per" before a unit is a rate, not an owner
        assertEquals(1, kinds("We log fuel fill-ups with date, litres and the price per litre, plus entries per week."));
    }
}
