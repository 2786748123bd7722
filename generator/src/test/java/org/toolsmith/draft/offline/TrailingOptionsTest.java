package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.FieldType;

class TrailingOptionsTest {
    private static List<DraftField> read(Lang lang, String list) {
        Lexicon lex = Lexicon.load(lang);
        return new FieldReader(lex).readAll(new ListSplitter(lex).split(list));
    }

    @Test
    void values_after_a_relative_clause_belong_to_the_field_before() {
        List<DraftField> f = read(Lang.EN, "the venue, the seating which is standing, seated or mixed, and the host");
        assertEquals(3, f.size(), () -> "fields: " + f);
        assertEquals(FieldType.CHOICE, f.get(1).type);
        assertEquals(List.of("Standing", "Seated", "Mixed"), f.get(1).options);
    }

    @Test
    void either_after_a_choice_word_gives_its_options() {
        List<DraftField> f = read(Lang.EN, "the tenant, the contract type, either fixed or rolling, the rent");
        assertEquals(3, f.size(), () -> "fields: " + f);
        assertEquals(List.of("Fixed", "Rolling"), f.get(1).options);
        List<DraftField> es = read(Lang.ES, "el socio, la modalidad de pago, que puede ser mensual o anual, y el importe");
        assertEquals(FieldType.CHOICE, es.get(1).type, () -> "fields: " + es);
        assertEquals(List.of("Mensual", "Anual"), es.get(1).options);
    }

    @Test
    void a_question_with_alternatives_stays_a_field_of_its_own() {
        List<DraftField> f = read(Lang.FR, "l'article, la quantité, et si c'est réservé ou vendu");
        assertEquals(3, f.size(), () -> "fields: " + f);
    }
}
