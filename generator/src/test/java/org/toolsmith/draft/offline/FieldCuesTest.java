package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/** Session 8: fields said in passing and their types (phrasings of our own, four languages). */
class FieldCuesTest {
    private static List<DraftField> list(Lang lang, String text) {
        Lexicon lex = Lexicon.load(lang);
        return new FieldReader(lex).readAll(new ListSplitter(lex).split(text));
    }

    private static List<String> labels(Lang lang, String text) {
        return list(lang, text).stream().map(f -> f.label).toList();
    }

    private static DraftField field(Lang lang, String text, String label) {
        List<DraftField> all = list(lang, text);
        return all.stream().filter(f -> f.label.equalsIgnoreCase(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + label + " in " + all.stream().map(f -> f.label).toList()));
    }

    private static Optional<Field> in(AppSpec spec, String kind, String label) {
        return spec.entities().stream().filter(e -> e.name().equalsIgnoreCase(kind)).flatMap(e -> e.fields().stream())
                .filter(f -> f.label().equalsIgnoreCase(label)).findFirst();
    }

    private static String dump(AppSpec spec) {
        return spec.entities().stream().map(e -> e.name() + e.fields().stream().map(Field::label).toList()).toList().toString();
    }

    @Test
    void a_remark_after_a_dash_or_dots_inside_the_options_is_no_option() {
        DraftField allergens = field(Lang.EN, "name, allergens (nuts, dairy, gluten - a recipe may contain several)", "Allergens");
        assertEquals(FieldType.MULTI_CHOICE, allergens.type);
        assertEquals(List.of("Nuts", "Dairy", "Gluten"), allergens.options);
        DraftField sparten = field(Lang.DE, "Name, Sparten (Chor, Orchester, Theater – manche sind in mehreren)", "Sparten");
        assertEquals(FieldType.MULTI_CHOICE, sparten.type);
        DraftField breed = field(Lang.EN, "name, breed (collie, terrier, spaniel... that is all we see)", "Breed");
        assertEquals(List.of("Collie", "Terrier", "Spaniel"), breed.options);
    }

    @Test
    void a_plural_mark_lets_several_values_be_picked() {
        DraftField langs = field(Lang.EN, "name, language(s) spoken (English, Welsh, Polish)", "Language spoken");
        assertEquals(FieldType.MULTI_CHOICE, langs.type);
    }

    @Test
    void a_box_to_tick_is_a_yes_no_named_by_its_word() {
        DraftField checked = field(Lang.EN, "the room, the date and a 'cleaned' tick", "Cleaned");
        assertEquals(FieldType.BOOLEAN, checked.type);
        assertEquals(FieldType.BOOLEAN, field(Lang.FR, "la salle, la date et une case « rangée »", "Rangée").type);
        assertEquals(FieldType.BOOLEAN, field(Lang.EN, "the title, the price and a yes/no for signed", "Signed").type);
    }

    @Test
    void words_shared_across_and_go_to_both_fields() {
        assertEquals(List.of("Contract start", "Contract end", "Rent"), labels(Lang.EN, "contract start and end, and the rent"));
        assertEquals(List.of("Number of cats", "Number of dogs"), labels(Lang.EN, "how many cats and dogs"));
        assertEquals(List.of("Meter reading at the start", "Meter reading at the end"),
                labels(Lang.EN, "the meter reading at the start and at the end"));
        assertEquals(List.of("Vorname", "Nachname", "Telefon"), labels(Lang.DE, "Vor- und Nachname, Telefon"));
        assertEquals(List.of("Fechas de inicio", "Fechas de fin"), labels(Lang.ES, "fechas de inicio y fin"));
        // an article opens a phrase of its own: no head is shared
        assertEquals(List.of("Pickup", "Booking reference"), labels(Lang.EN, "pickup and the booking reference"));
    }

    @Test
    void examples_are_neither_options_nor_label() {
        DraftField lage = field(Lang.DE, "Lage z. B. 3. Reihe links, Preis", "Lage");
        assertEquals(FieldType.TEXT, lage.type);
        DraftField motto = field(Lang.DE, "ein Motto (z. B. Sommerfest, Weihnachtsfeier)", "Motto");
        assertEquals(FieldType.TEXT, motto.type);
        assertTrue(motto.options.isEmpty());
        assertEquals(List.of("Kurs", "Preis"), labels(Lang.DE, "der Kurs bzw. das Seminar, Preis"));
    }

    @Test
    void a_bare_question_word_over_options_is_a_choice() {
        DraftField how = field(Lang.EN, "the amount and how (cheque, card, transfer)", "Method");
        assertEquals(FieldType.CHOICE, how.type);
        DraftField why = field(Lang.EN, "the item, why (too big, faulty, unwanted)", "Reason");
        assertEquals(FieldType.CHOICE, why.type);
    }

    @Test
    void who_and_what_clauses_name_their_fields() {
        assertEquals("Geprüft von", field(Lang.DE, "Gerät, wer geprüft hat", "Geprüft von").label);
        assertEquals(FieldType.PERSON, field(Lang.ES, "fecha, quién lo revisa", "Revisado por").type);
        assertEquals(FieldType.CHOICE, field(Lang.EN, "the title and where it's at (draft, sent, signed)", "Status").type);
        assertEquals(FieldType.LONG_TEXT, field(Lang.EN, "date, what was discussed", "Topics covered").type);
        assertEquals(FieldType.LONG_TEXT, field(Lang.FR, "date, ce qui a été abordé", "Contenu").type);
        assertEquals(FieldType.TEXT, field(Lang.EN, "date, where they went", "Destination").type);
        assertEquals(FieldType.TEXT, field(Lang.FR, "raison sociale, SIRET", "Raison sociale").type);
    }

    @Test
    void abbreviations_end_no_sentence() {
        AppSpec spec = draft("Jeder Kurs hat einen Titel, max. Teilnehmerzahl und einen Preis pro Person.");
        assertEquals(FieldType.INTEGER, in(spec, "Kurs", "Max. Teilnehmerzahl").map(Field::type).orElseThrow(() -> new AssertionError(dump(spec))));
        assertTrue(in(spec, "Kurs", "Preis pro Person").isPresent(), () -> dump(spec));
        assertTrue(AbbreviationStops.endsWithOne(Lang.DE, "Lage im 2."));
        assertTrue(AbbreviationStops.endsWithOne(Lang.EN, "a theme (e.g."));
        assertFalse(AbbreviationStops.endsWithOne(Lang.EN, "We have 12 rooms on floor 2."));
        assertFalse(AbbreviationStops.endsWithOne(Lang.EN, "pens, paper etc."));
    }

    @Test
    void a_wished_field_goes_to_the_kind_it_names() {
        AppSpec spec = draft("Boats: name, length, berth. Trips: boat, date, skipper. If a boat is damaged it stays ashore, so a damaged yes/no on the boat itself would be useful.");
        assertEquals(FieldType.BOOLEAN, in(spec, "Boat", "Damaged").map(Field::type).orElseThrow(() -> new AssertionError(dump(spec))));
        AppSpec de = draft("Jede Wartung hat Anlage, Datum und Techniker. Wäre schön, wenn man auch sieht, ob die Anlage abgeschaltet werden musste.");
        assertTrue(de.entities().get(0).fields().stream().anyMatch(f -> f.type() == FieldType.BOOLEAN), () -> dump(de));
    }

    @Test
    void we_have_a_counted_collection_with_its_list() {
        AppSpec spec = draft("We have 25 allotments with a number, a size and a tenant. For each inspection we note which allotment, the date and the inspector.");
        assertTrue(in(spec, "Allotment", "Size").isPresent(), () -> dump(spec));
        AppSpec de = draft("Wir haben ca. 40 Boote mit Namen, Länge und Liegeplatz. Bei jeder Fahrt notieren wir: welches Boot, Datum, Skipper.");
        assertTrue(in(de, "Boot", "Länge").isPresent(), () -> dump(de));
    }

    @Test
    void a_record_made_each_day_gets_a_date() {
        AppSpec spec = draft("Chaque jour, le gardien remplit un relevé par serre : la température, l'humidité et un commentaire.");
        Entity releve = spec.entities().stream().filter(e -> e.fields().stream().anyMatch(f -> f.label().equalsIgnoreCase("Humidité")))
                .findFirst().orElseThrow(() -> new AssertionError(dump(spec)));
        assertTrue(releve.fields().stream().anyMatch(f -> f.type() == FieldType.DATE), () -> dump(spec));
    }

    @Test
    void both_genders_said_at_once_are_one_word() {
        assertEquals("la sala y el coordinador", GenderForms.normalize(Lang.ES, "la sala y el coordinador o coordinadora"));
        assertEquals("un responsable", GenderForms.normalize(Lang.FR, "un ou une responsable"));
        assertEquals("Honorar für Trainer", GenderForms.normalize(Lang.DE, "Honorar für Trainer:innen"));
        assertEquals("el técnico", GenderForms.normalize(Lang.ES, "el o la técnico"));
        assertEquals("blanco o tinta", GenderForms.normalize(Lang.ES, "blanco o tinta"));
    }

    @Test
    void options_given_where_a_thing_is_first_named_go_to_its_field() {
        AppSpec spec = draft("Unser Hort hat 3 Räume (Atelier, Turnhalle, Garten). Pro Angebot: Titel, Raum, Datum und Betreuer.");
        Field raum = in(spec, "Angebot", "Raum").orElseThrow(() -> new AssertionError(dump(spec)));
        assertEquals(FieldType.CHOICE, raum.type(), () -> dump(spec));
        AppSpec examples = draft("Each workshop has a topic (e.g. pottery, weaving) and a date.");
        assertEquals(FieldType.TEXT, in(examples, "Workshop", "Topic").map(Field::type).orElseThrow(() -> new AssertionError(dump(examples))));
    }
}
