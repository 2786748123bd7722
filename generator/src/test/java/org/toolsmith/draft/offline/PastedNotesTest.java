package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/** Notes pasted from a sheet or a form: column headers, "Key: value" lines, bare item lines, capital headings. */
class PastedNotesTest {
    private static final Lexicon EN = Lexicon.load(Lang.EN);

    @Test
    void a_pipe_header_becomes_one_list_and_its_data_rows_go() {
        String out = PastedNotes.layout(EN, "Bike hire log:\n| Bike | Renter | Hours | Deposit |\n|---|---|---|---|\n| B12 | Ann | 3 | 20 |");
        assertEquals("Bike hire log: Bike, Renter, Hours, Deposit", out);
    }

    @Test
    void slashes_between_options_are_no_columns() {
        String text = "Kayak checks\n- hull condition - fine / worn / broken\n- paddles counted";
        assertEquals(text, PastedNotes.layout(EN, text));
    }

    @Test
    void a_form_keeps_its_keys_and_uses_values_only_as_hints() {
        String out = PastedNotes.layout(EN, "Seed swap\nVariety: Cherry Belle\nSown on: date\nPacket size: small, medium or large\nOrganic: yes/no\nDonor: ");
        assertEquals("Seed swap\n- Variety\n- Sown on (date)\n- Packet size (Small / Medium / Large)\n- Organic (yes/no)\n- Donor", out);
    }

    @Test
    void lines_that_each_list_a_kinds_fields_are_no_form() {
        String text = "Hives: hive number, apiary location, install date\nInspections: hive, inspection date, inspector name, photo\nHarvests: hive, harvest date, weight, price";
        assertEquals(text, PastedNotes.layout(EN, text));
    }

    @Test
    void an_item_split_over_lines_is_one_item() {
        String out = PastedNotes.layout(EN, "Tasting notes\n1. the cheese\n   (from our list)\n2. rating\n   1 to 5");
        assertEquals("Tasting notes\n1. the cheese (from our list)\n2. rating (1 to 5)", out);
    }

    @Test
    void a_form_pasted_from_a_sheet_drafts_one_kind_with_its_keys_as_fields() {
        AppSpec spec = new OfflineDrafter().draft("Locker rentals\nStudent: Mia Lang\nLocker no.: 118\nStart: 01/09\nFee: 15 €\nKey returned: no");
        assertEquals(1, spec.entities().size(), spec.entities().toString());
        Map<String, FieldType> fields = types(spec.entities().get(0));
        assertEquals(FieldType.MONEY, fields.get("fee"), fields.toString());
        assertEquals(FieldType.BOOLEAN, fields.get("key returned"), fields.toString());
        assertTrue(fields.containsKey("student") && fields.containsKey("locker no"), fields.toString());
        assertFalse(fields.keySet().stream().anyMatch(l -> l.contains("mia") || l.contains("118")), fields.toString());
    }

    @Test
    void capital_headings_over_one_line_lists_name_two_kinds() {
        AppSpec spec = new OfflineDrafter().draft("GÄRTEN\nNummer, Größe, Wasseranschluss ja/nein\n\nPÄCHTER\nName, Telefon, E-Mail, Garten");
        List<String> names = spec.entities().stream().map(Entity::name).toList();
        assertEquals(List.of("Garten", "Pächter"), names);
    }

    @Test
    void tab_columns_under_a_sheet_heading_name_the_records() {
        AppSpec spec = new OfflineDrafter().draft("Voici les colonnes de notre cahier des dons :\nDate\tDonateur\tMontant\tReçu fiscal envoyé");
        assertEquals(1, spec.entities().size());
        assertFalse(spec.entities().get(0).name().toLowerCase().contains("voici"), spec.entities().get(0).name());
        assertEquals(FieldType.MONEY, types(spec.entities().get(0)).get("montant"));
    }

    @Test
    void spanish_questions_with_opening_marks_give_values() {
        AppSpec spec = new OfflineDrafter().draft("Para cada alquiler de bici: ¿qué bici? ¿a qué hora sale? ¿en qué tienda? (centro o playa)");
        Map<String, FieldType> fields = types(spec.entities().get(0));
        assertFalse(fields.keySet().stream().anyMatch(l -> l.contains("¿")), fields.toString());
        assertTrue(fields.values().stream().noneMatch(t -> t == FieldType.BOOLEAN), fields.toString());
    }

    @Test
    void a_yes_no_question_in_a_list_is_named_by_what_it_asks() {
        assertEquals("catering", AskedYesNo.label(EN, "do they need catering"));
        assertEquals("signed off", AskedYesNo.label(EN, "has it been signed off"));
        assertEquals("which room", AskedYesNo.label(EN, "which room"));
        AppSpec spec = new OfflineDrafter().draft("For each hall hire we ask: which hall? do they need chairs? is it a charity?");
        Map<String, FieldType> fields = types(spec.entities().get(0));
        assertEquals(FieldType.BOOLEAN, fields.get("chairs"), fields.toString());
        assertFalse(fields.containsKey("do"), fields.toString());
    }

    private static Map<String, FieldType> types(Entity e) {
        return e.fields().stream().filter(f -> !f.key().equals("notes"))
                .collect(Collectors.toMap(f -> f.label().toLowerCase(), Field::type, (a, b) -> a));
    }
}
