package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.FieldType;

class TypeHintsTest {
    private static DraftField one(Lang lang, String list) {
        Lexicon lex = Lexicon.load(lang);
        List<DraftField> f = new FieldReader(lex).readAll(new ListSplitter(lex).split(list));
        assertEquals(1, f.size(), () -> "fields: " + f);
        return f.get(0);
    }

    private static List<DraftField> all(Lang lang, String list) {
        Lexicon lex = Lexicon.load(lang);
        return new FieldReader(lex).readAll(new ListSplitter(lex).split(list));
    }

    @Test
    void an_example_value_shows_the_type() {
        assertEquals(FieldType.DECIMAL, one(Lang.EN, "sugar content (e.g. 12.5)").type);
        assertEquals(FieldType.MONEY, one(Lang.EN, "deposit taken (like €40)").type);
        assertEquals(FieldType.DECIMAL, one(Lang.FR, "acidité (par exemple 3,2)").type);
        assertEquals(FieldType.DECIMAL, one(Lang.DE, "Restzucker (z.B. 4,5)").type);
    }

    @Test
    void a_unit_alone_in_parentheses_makes_a_measure() {
        assertEquals(FieldType.DECIMAL, one(Lang.EN, "wingspan (cm)").type);
        assertEquals(FieldType.DECIMAL, one(Lang.ES, "caudal (l/h)").type);
    }

    @Test
    void an_outside_name_is_text_and_one_of_our_people_is_a_person() {
        DraftField surveyor = one(Lang.EN, "surveyor (external, just the name)");
        assertEquals(FieldType.TEXT, surveyor.type);
        assertTrue(surveyor.options.isEmpty());
        assertEquals(FieldType.PERSON, one(Lang.EN, "on call (one of our staff)").type);
        assertEquals(FieldType.TEXT, one(Lang.FR, "expert (externe, juste le nom)").type);
        assertEquals(FieldType.TEXT, one(Lang.DE, "Gutachter (extern, nur der Name)").type);
    }

    @Test
    void an_aside_asking_for_the_time_makes_a_date_and_time() {
        assertEquals(FieldType.DATETIME, one(Lang.EN, "collected (date and time)").type);
        assertEquals(FieldType.DATETIME, one(Lang.ES, "llegada (fecha y hora)").type);
        assertEquals(FieldType.DATETIME, one(Lang.DE, "Abholung (Datum und Uhrzeit)").type);
    }

    @Test
    void several_values_cues_make_a_multiple_choice_without_the_cue() {
        DraftField a = one(Lang.EN, "allergens (one or more of milk, egg, soy)");
        assertEquals(FieldType.MULTI_CHOICE, a.type);
        assertEquals(List.of("Milk", "Egg", "Soy"), a.options);
        DraftField b = one(Lang.DE, "Ausstattung (Beamer, Tafel, Lautsprecher – mehrere möglich)");
        assertEquals(FieldType.MULTI_CHOICE, b.type);
        assertEquals(List.of("Beamer", "Tafel", "Lautsprecher"), b.options);
        DraftField c = one(Lang.EN, "opening days (can be several)");
        assertEquals(FieldType.MULTI_CHOICE, c.type);
        assertEquals(7, c.options.size());
    }

    @Test
    void a_cue_item_after_a_field_makes_it_several() {
        List<DraftField> f = all(Lang.FR, "capteur, défauts, un ou plusieurs parmi fuite, givre, bruit");
        assertEquals(2, f.size(), () -> "fields: " + f);
        assertEquals(FieldType.MULTI_CHOICE, f.get(1).type);
        assertEquals(List.of("Fuite", "Givre", "Bruit"), f.get(1).options);
    }

    @Test
    void codes_after_a_label_are_its_options() {
        List<DraftField> f = all(Lang.EN, "name, shirt size S, M, L or XL, phone");
        assertEquals(3, f.size(), () -> "fields: " + f);
        assertEquals(FieldType.CHOICE, f.get(1).type);
        assertEquals(List.of("S", "M", "L", "XL"), f.get(1).options);
    }

    @Test
    void yes_or_no_values_make_a_boolean() {
        assertEquals(FieldType.BOOLEAN, one(Lang.EN, "parking: yes or no").type);
    }
}
