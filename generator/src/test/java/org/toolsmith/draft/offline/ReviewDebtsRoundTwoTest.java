package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/** Review debts, second round: readers that must not depend on how many spaces the writer typed. Phrasings of our own. */
class ReviewDebtsRoundTwoTest {

    /**
     * "We have  boats with …" ({@code read}) and "a list of  plumbers with …" ({@code object}): a double space reads like a
     * single one (Text.fold collapses it, the length check must not mind).
     */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "read | EN | We have  boats with a name, a berth and a length",
        "read | EN | We have boats  with a name, a berth and a length",
        "read | EN | We have boats with a name,  a berth and a length",
        "read | FR | Nous avons des  bateaux avec un nom, un quai et une longueur",
        "read | ES | Tenemos  barcos con nombre, amarre y eslora",
        "read | DE | Wir haben mehrere  Boote mit Name, Liegeplatz und Länge",
        "object | EN | a list of  plumbers with their mobile and their day rate",
        "object | EN | the  drivers, with their licence number and depot",
        "object | FR | la liste des  plombiers avec leur portable et leur tarif"})
    void a_kind_with_its_list_reads_a_double_space_like_a_single_one(String reader, Lang lang, String sentence) {
        Lexicon lex = Lexicon.load(lang);
        java.util.function.Function<String, String[]> read = "read".equals(reader) ? x -> WeHaveWith.read(lex, x) : x -> WeHaveWith.object(lex, x);
        String[] single = read.apply(Text.squash(sentence));
        assertNotNull(single, "the single-spaced sentence reads");
        assertArrayEquals(single, read.apply(sentence));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "EN | Oh and  a refund issued yes/no.",
        "EN | Would also like a flag for whether the  boiler got serviced.",
        "FR | Ah et  la date de retour aussi.",
        "DE | Ach ja, und  das Rückgabedatum."})
    void an_afterthought_reads_a_double_space_like_a_single_one(Lang lang, String sentence) {
        Lexicon lex = Lexicon.load(lang);
        String single = lex.afterthought.phrase(lex, Text.squash(sentence));
        assertNotNull(single, "the single-spaced sentence reads");
        assertEquals(single, lex.afterthought.phrase(lex, sentence));
    }

    /** Must not fire: a sentence that is no such shape stays unread however it is spaced. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "EN | We have  clients with an address, cleaners with a phone and jobs with a date",
        "DE | Wir haben ein  Lager mit Regalen und Fächern"})
    void several_kinds_stay_unread_with_a_double_space(Lang lang, String sentence) {
        assertNull(WeHaveWith.read(Lexicon.load(lang), sentence));
    }

    /** A capitalised polite word before the first asked box ("Bitte Bezahlt? und …") is no part of its name. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "DE | Bitte Bezahlt? und Abgeholt? als Kästchen hinzufügen | 'Bezahlt' tick box",
        "DE | Bitte Geprüft? und Versendet? Häkchen | 'Geprüft' tick box",
        "EN | Please Signed? and Returned? tick boxes | 'Signed' tick box",
        "EN | Kindly Invoiced? and Chased? checkboxes, thanks | 'Invoiced' tick box",
        "FR | Svp Payée ? et Livrée ? cases à cocher | 'Payée' tick box",
        // must not fire: a two-word name whose first word is no polite word stays whole
        "EN | Order Paid? and Goods Collected? tick boxes | 'Order Paid' tick box",
        "DE | Rechnung Bezahlt? und Ware Abgeholt? Häkchen | 'Rechnung Bezahlt' tick box"})
    void a_polite_word_before_asked_boxes_is_no_part_of_the_name(Lang lang, String message, String box) {
        assertTrue(AskedBoxes.join(message).contains("a " + box), AskedBoxes.join(message));
    }

    /** "Some fields are missing: a, b, c": the front only announces fields; the listed ones are added, none called "Fields". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Some fields are missing: mileage, registration, driver | mileage & registration & driver",
        "A few fields are still missing - mileage, registration and driver | mileage & registration & driver",
        "Thanks. The following fields are missing: tyre size, mileage | tyre size & mileage",
        "Ein paar Felder fehlen noch: Kilometerstand, Kennzeichen und Fahrer | kilometerstand & kennzeichen & fahrer",
        "Einige Felder fehlen: Reifengröße, Kennzeichen | reifengröße & kennzeichen"})
    void fields_said_missing_before_a_list_are_the_listed_ones(String message, String labels) {
        AppSpec after = RefineFixtures.refine(ReviewGuardsTest.WORKSHOP, message).spec();
        java.util.List<String> have = after.entities().stream().flatMap(e -> e.fields().stream()).map(x -> x.label().toLowerCase(java.util.Locale.ROOT)).toList();
        for (String l : labels.split(" & ")) {
            assertTrue(have.contains(l), message + " → " + have);
        }
        assertTrue(have.stream().noneMatch(l -> l.matches(".*\\b(?:fields|felder)\\b.*")), message + " → " + have);
    }
}
