package org.toolsmith.draft.offline;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * Renames and type changes told with a reason after them (session 13, r4): "cambia 'A' por 'B' para que no se confunda",
 * "call the offer 'Offer price' so sales don't mix it up", a rename said after an addition ("add a photo, and call the
 * offer 'Offer price'"). The reason neither renames nor adds. Must not fire: "call the customer when it's ready",
 * "make the price required", "we call it the log book". Phrasings of our own; {@link #OPEN} keeps those still read wrong.
 */
class ReasonedEditsTest {
    static final AppSpec EN = RefineFixtures.spec("""
            {"spec": 1, "name": "Shop", "entities": [{"key": "cow", "name": "Cow", "plural": "Cows", "fields": [{"key": "name", "label": "Name", "type": "text", "required": true}, {"key": "status", "label": "Status", "type": "choice", "options": ["Milking", "Dry", "Sold"]}, {"key": "born", "label": "Born", "type": "date"}]}, {"key": "job", "name": "Job", "plural": "Jobs", "fields": [{"key": "customer", "label": "Customer", "type": "text", "required": true}, {"key": "delivered", "label": "Delivered", "type": "boolean"}, {"key": "price", "label": "Price", "type": "money"}, {"key": "offer", "label": "Offer", "type": "money"}]}]}
            """);
    static final AppSpec FR = RefineFixtures.spec("""
            {"spec": 1, "name": "Atelier", "entities": [{"key": "devis", "name": "Devis", "plural": "Devis", "fields": [{"key": "client", "label": "Client", "type": "text", "required": true}, {"key": "montant", "label": "Montant", "type": "money"}, {"key": "pieces", "label": "Pièces", "type": "integer"}]}]}
            """);
    static final AppSpec ES = RefineFixtures.spec("""
            {"spec": 1, "name": "Taller", "entities": [{"key": "pedido", "name": "Pedido", "plural": "Pedidos", "fields": [{"key": "cliente", "label": "Cliente", "type": "text", "required": true}, {"key": "piezas", "label": "Piezas", "type": "integer"}, {"key": "importe", "label": "Importe", "type": "money"}]}]}
            """);
    static final AppSpec DE = RefineFixtures.spec("""
            {"spec": 1, "name": "Werkstatt", "entities": [{"key": "auftrag", "name": "Auftrag", "plural": "Aufträge", "fields": [{"key": "kunde", "label": "Kunde", "type": "text", "required": true}, {"key": "teile", "label": "Teile", "type": "integer"}, {"key": "betrag", "label": "Betrag", "type": "money"}]}]}
            """);

    /** Phrasings of the family still read wrong (not asserted). */
    static final List<String> OPEN = List.of(
            "The status dropdown is overkill. Make status a simple yes/no tick box for whether she's milking.");

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "en | add a photo, and call the offer 'Offer price' | +job:file & job.offer~Offer price",
        "en | Hi, please add a due date and call the price 'Quoted price' | +job:date & job.price~Quoted price",
        "en | call the offer 'Offer price' so sales don't mix it up | job.offer~Offer price",
        "en | rename 'Offer' to 'Trade-in offer' so nobody confuses it with the price | job.offer~Trade-in offer",
        "en | can we call the price \"Sale price\" because we also have an offer now | job.price~Sale price",
        "en | Offer should be called Trade-in value so it's clear what it is | job.offer~Trade-in value",
        "en | change 'Price' to 'List price' since the offer is what they actually pay | job.price~List price",
        "en | the offer should be labelled 'Buy-back offer' as people keep mixing it up | job.offer~Buy-back offer",
        "en | change the delivered field into a date-and-time | job.delivered=datetime",
        "en | make delivered a date-and-time, the GM wants response times | job.delivered=datetime",
        "fr | le montant doit devenir une date-et-heure | devis.montant=datetime",
        "es | las piezas deberían ser fecha-y-hora | pedido.piezas=datetime",
        "de | Betrag bitte als Datum-und-Uhrzeit | auftrag.betrag=datetime",
        "en | call the customer when it's ready | error",
        "en | we call it the log book | error",
        "en | make the price required because we always quote one | job.price!",
        "fr | remplace 'Pièces' par 'Pièces envoyées' pour que ce soit plus clair | devis.pieces~Pièces envoyées",
        "fr | renommez Montant en Montant HT parce que la TVA est à part | devis.montant~Montant HT",
        "fr | change 'Montant' par 'Montant TTC' car les clients confondent | devis.montant~Montant TTC",
        "es | cambia 'Piezas' por 'Piezas enviadas' para que no se confunda | pedido.piezas~Piezas enviadas",
        "es | cambia 'Importe' por 'Importe total' para que se entienda mejor | pedido.importe~Importe total",
        "es | renombra Piezas a Piezas enviadas porque hay otras piezas en el almacen | pedido.piezas~Piezas enviadas",
        "de | benenne 'Teile' in 'Gelieferte Teile' um, damit es keine Verwechslung gibt | auftrag.teile~Gelieferte Teile",
        "de | ersetze 'Betrag' durch 'Betrag netto' weil die Steuer extra kommt | auftrag.betrag~Betrag netto",
        "de | Teile soll Ersatzteile heißen, weil das alle so sagen | auftrag.teile~Ersatzteile"})
    void reads_the_new_name_without_its_reason(String lang, String message, String expected) {
        RefineExpect.check(Map.of("fr", FR, "es", ES, "de", DE).getOrDefault(lang, EN), message, expected);
    }
}
