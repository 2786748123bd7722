package org.toolsmith.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpecNormalizerTest {
    private final SpecNormalizer normalizer = new SpecNormalizer();
    private final SpecValidator validator = new SpecValidator();

    private static Field field(String label, FieldType type) {
        return Field.of(null, label, type);
    }

    private static AppSpec app(Entity... entities) {
        return new AppSpec(0, null, null, List.of(entities));
    }

    private AppSpec normalized(AppSpec spec) {
        AppSpec out = normalizer.normalize(spec);
        validator.check(out);
        assertEquals(out, normalizer.normalize(out), "normalizing twice changes nothing");
        return out;
    }

    @Test
    void leaves_a_valid_spec_exactly_as_it_was_apart_from_the_title() {
        AppSpec spec = SpecCases.JSON.fromTree(SpecCases.laptops());
        AppSpec out = normalized(spec);
        assertEquals(spec.entities().get(0), out.entities().get(0));
        assertEquals(spec.entities().get(1).fields(), out.entities().get(1).fields());
        assertEquals("laptop", out.entities().get(1).title());
    }

    @Test
    void makes_keys_from_labels_folding_accents_and_dropping_punctuation() {
        AppSpec out = normalized(app(Entity.of(null, "Prêt d'ordinateur", null, List.of(
                field("Fälligkeits-Datum", FieldType.DATE),
                field("x\"; DROP TABLE t; --", FieldType.TEXT),
                field("<script>alert(1)</script>", FieldType.TEXT),
                field("2nd contact", FieldType.EMAIL),
                field("Größe", FieldType.DECIMAL)))));
        Entity e = out.entities().get(0);
        assertEquals("pret_d_ordinateur", e.key());
        assertEquals(List.of("falligkeits_datum", "x_drop_table_t", "script_alert_1_script", "f_2nd_contact", "grosse"),
                e.fields().stream().map(Field::key).toList());
        assertEquals("x\"; DROP TABLE t; --", e.fields().get(1).label());
    }

    @Test
    void keeps_sql_words_as_keys() {
        AppSpec out = normalized(app(Entity.of("order", "Order", null, List.of(
                Field.of("select", "Select", FieldType.TEXT), Field.of("group", "Group", FieldType.TEXT)))));
        assertEquals("order", out.entities().get(0).key());
        assertEquals(List.of("select", "group"), out.entities().get(0).fields().stream().map(Field::key).toList());
    }

    @Test
    void truncates_long_keys_to_63_characters() {
        AppSpec out = normalized(app(Entity.of(null, "Thing", null, List.of(field("word ".repeat(40), FieldType.TEXT)))));
        String key = out.entities().get(0).fields().get(0).key();
        assertTrue(key.length() <= 63 && Keys.isValid(key), key);
    }

    @Test
    void gives_two_fields_with_the_same_key_distinct_keys() {
        AppSpec out = normalized(app(Entity.of("loan", "Loan", null, List.of(
                field("Name", FieldType.TEXT), field("name", FieldType.TEXT), field("NAME!", FieldType.TEXT)))));
        assertEquals(List.of("name", "name_2", "name_3"), out.entities().get(0).fields().stream().map(Field::key).toList());
    }

    @Test
    void moves_reserved_entity_keys_aside_and_keeps_links_to_them() {
        AppSpec out = normalized(app(
                Entity.of("draft", "Draft", null, List.of(Field.of("title", "Title", FieldType.TEXT))),
                Entity.of("review", "Review", null, List.of(
                        Field.of("draft", "Draft", FieldType.REFERENCE).withTarget("draft")))));
        assertEquals("draft_item", out.entities().get(0).key());
        assertEquals("Draft", out.entities().get(0).name());
        assertEquals("review_item", out.entities().get(1).key());
        assertEquals("draft_item", out.entities().get(1).fields().get(0).target());
    }

    @Test
    void duplicate_entity_keys_keep_links_on_the_first() {
        AppSpec out = normalized(app(
                Entity.of("loan", "Loan", null, List.of(Field.of("due", "Due", FieldType.DATE))),
                Entity.of("loan", "Loan", null, List.of(Field.of("prev", "Previous", FieldType.REFERENCE).withTarget("loan")))));
        assertEquals("loan_2", out.entities().get(1).key());
        assertEquals("loan", out.entities().get(1).fields().get(0).target());
    }

    @Test
    void renames_fields_that_hit_system_columns() {
        AppSpec out = normalized(app(Entity.of("x", "X", null, List.of(
                Field.of("id", "ID", FieldType.TEXT), Field.of("created_at", "Created", FieldType.DATE)))));
        assertEquals(List.of("id_value", "created_at_value"), out.entities().get(0).fields().stream().map(Field::key).toList());
    }

    @Test
    void fills_plurals_names_and_defaults_but_keeps_given_plurals() {
        AppSpec out = normalized(app(
                Entity.of("person", null, null, List.of(field("Name", FieldType.TEXT))),
                Entity.of("category", "Category", null, List.of(field("Name", FieldType.TEXT))),
                Entity.of("box", "Box", "Crates", List.of(field("Name", FieldType.TEXT)))));
        assertEquals("Person", out.entities().get(0).name());
        assertEquals("People", out.entities().get(0).plural());
        assertEquals("Categories", out.entities().get(1).plural());
        assertEquals("Crates", out.entities().get(2).plural());
        assertEquals(1, out.spec());
        assertEquals("People", out.name());
        assertTrue(out.summary().contains("people"), out.summary());
    }

    @Test
    void picks_a_name_like_text_field_as_title() {
        AppSpec out = normalized(app(Entity.of("asset", "Asset", null, List.of(
                field("Bought on", FieldType.DATE), field("Notes", FieldType.LONG_TEXT),
                field("Colour", FieldType.TEXT), field("Asset tag", FieldType.TEXT)))));
        assertEquals("asset_tag", out.entities().get(0).title());
    }

    @Test
    void prefers_the_first_text_field_without_a_name_like_one() {
        AppSpec out = normalized(app(Entity.of("visit", "Visit", null, List.of(
                field("Visited on", FieldType.DATE), field("Visitor", FieldType.TEXT), field("Reason", FieldType.TEXT)))));
        assertEquals("visitor", out.entities().get(0).title());
    }

    @Test
    void trims_labels_drops_stray_options_and_targets_and_dedupes_options() {
        Field odd = new Field("due", "  Due  ", FieldType.DATE, false, false, List.of("x"), "loan", false, null);
        Field status = Field.of("status", "Status", FieldType.CHOICE).withOptions(List.of(" Open", "open", "Closed", ""));
        AppSpec out = normalized(app(Entity.of("loan", "Loan", null, List.of(odd, status))));
        Field due = out.entities().get(0).fields().get(0);
        assertEquals("Due", due.label());
        assertEquals(List.of(), due.options());
        assertNull(due.target());
        assertEquals(List.of("Open", "Closed"), out.entities().get(0).fields().get(1).options());
    }

    @Test
    void turns_unusable_choices_and_links_into_text() {
        AppSpec out = normalized(app(Entity.of("loan", "Loan", null, List.of(
                Field.of("status", "Status", FieldType.CHOICE),
                Field.of("laptop", "Laptop", FieldType.REFERENCE).withTarget("computer")))));
        assertEquals(List.of(FieldType.TEXT, FieldType.TEXT), out.entities().get(0).fields().stream().map(Field::type).toList());
    }

    @Test
    void resolves_a_link_written_with_the_kind_s_name() {
        AppSpec out = normalized(app(
                Entity.of("team", "Team", null, List.of(field("Name", FieldType.TEXT))),
                Entity.of("member", "Member", null, List.of(Field.of("team", "Team", FieldType.REFERENCE).withTarget("Teams")))));
        assertEquals("team", out.entities().get(1).fields().get(0).target());
    }

    @Test
    void gives_an_empty_kind_a_name_field_and_empty_labels_a_label() {
        AppSpec out = normalized(app(Entity.of("tag", "Tag", null, List.of()),
                Entity.of("note", "Note", null, List.of(Field.of("body_text", " ", FieldType.LONG_TEXT)))));
        assertEquals("name", out.entities().get(0).fields().get(0).key());
        assertEquals("Body text", out.entities().get(1).fields().get(0).label());
    }

    @Test
    void labels_made_only_of_symbols_still_get_a_key() {
        AppSpec out = normalized(app(Entity.of(null, "日本", null, List.of(field("★★", FieldType.TEXT), field("☆", FieldType.TEXT)))));
        assertEquals("record", out.entities().get(0).key());
        assertEquals(List.of("field", "field_2"), out.entities().get(0).fields().stream().map(Field::key).toList());
    }
}
