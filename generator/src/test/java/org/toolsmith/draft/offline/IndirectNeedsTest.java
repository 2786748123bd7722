package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * New fields asked for indirectly, with the name a person would give them and the type said in words:
 * needs said as not knowing or being asked ({@link NeedFrames}), quantity questions and what they count
 * ({@link CountedNoun}), types said around the name ({@link SaidType}), names asked by a question word
 * ({@link FieldHead}), short yes/no names ({@link WhetherLabel}). Phrasing of our own on a print shop
 * (print orders and customers); nothing else may change ({@link RefineExpect}).
 */
class IndirectNeedsTest {
    static final AppSpec PRINT_SHOP = RefineFixtures.spec("""
            {"spec": 1, "name": "Print shop", "entities": [
              {"key": "order", "name": "Order", "plural": "Orders", "fields": [
                {"key": "title", "label": "Title", "type": "text", "required": true},
                {"key": "customer", "label": "Customer", "type": "reference", "target": "customer"},
                {"key": "due", "label": "Due", "type": "date"}]},
              {"key": "customer", "name": "Customer", "plural": "Customers", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "email", "label": "Email", "type": "email"}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // not knowing, being asked, losing track: a need to know
        "the counter staff keep asking when an order was collected | +order:date:Date collected",
        "we lose track of who proofed each order | +order:person:Proofed by",
        "it's impossible to tell whether an order was paid upfront | +order:boolean:Paid",
        "personne ne sait combien d'exemplaires ont été imprimés pour la commande | +order:integer:Nombre d'exemplaires",
        "es imposible saber si el pedido se ha enviado | +order:boolean",
        "perdemos la pista de quién ha revisado el pedido | +order:person:Revisado por",
        "man kann nicht erkennen, ob der Auftrag bezahlt ist | +order:boolean",
        "uns fehlt, wie viel der Auftrag gekostet hat | +order:money",
        // a quantity asked as a question, named by what it counts
        "for each order, how many copies do they want? | +order:integer:Number of copies",
        "¿cuántas hojas lleva cada pedido? | +order:integer:Número de hojas",
        // a participle that is irregular, or already a participle
        "we never know who read the proof | +order:person:Read by",
        "nunca sabemos quién ha impreso el pedido | +order:person",
        // "à quelle date" is "quand": the date is named by what happened
        "on a besoin de savoir à quelle date la commande a été livrée | +order:date:Livrée le"})
    void a_need_said_indirectly_adds_the_field(String message, String expected) {
        RefineExpect.check(PRINT_SHOP, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "for customers it would be useful to have a number we can call them on when a job is ready | +customer:phone",
        "customers send their artwork as a PDF, please add the artwork to each order | +order:file:Artwork",
        "please add which paper the order uses: matt, gloss or recycled | +order:choice:Paper",
        "für den Auftrag wäre gut zu wissen, welches Format es ist: A4, A3 oder A2 | +order:choice:Format",
        "we need to know whether the order needs a signed proof | +order:boolean:Signed proof needed",
        "we need to know whether the customer has a trade account | +customer:boolean:Trade account", // what the linked kind has is its own (QuestionOwnerTest)
        // the kind in front of a wish stays with it; whose it is is not part of the name
        "for each customer we'd like to record their VAT number | +customer:text:VAT number",
        "for every customer it would be great to see when they first ordered | +customer:date"})
    void the_type_and_name_said_around_a_field_are_kept(String message, String expected) {
        RefineExpect.check(PRINT_SHOP, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "pupils can go at most | pupils",
        "words a job had | words",
        "spectateurs étaient là | spectateurs",
        "Jahre jemand schon Mitglied ist | Jahre",
        "parking spaces | parking spaces",
        "people on the waiting list | people"})
    void a_count_is_named_by_what_it_counts(String words, String noun) {
        assertEquals(noun, CountedNoun.trim(words));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Which rate applies to the job | Rate",
        "Welches Gewerk | Gewerk",
        "Savoir dans quelle compétition on joue | Compétition",
        "What they paid | What they paid",
        "Médico que responde | Médico que responde",
        "Return date | Return date",
        "su fecha de alta | Fecha de alta",
        "leur numéro de TVA | Numéro de TVA",
        "ihre Telefonnummer privat | Telefonnummer privat"})
    void a_question_shaped_name_is_named_by_its_noun(String label, String named) {
        assertEquals(named, FieldHead.of(label));
    }
}
