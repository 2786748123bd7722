package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * A wish that each record of a kind says, shows or lets one see whether something holds ("we'd like each order to say
 * whether …", "queremos que cada pedido diga si …", "es wäre schön, wenn man bei jedem Auftrag sieht, ob …") is a yes/no
 * on that kind, not a refusal. Own phrasing, on the shop of {@link WishedAdditionsTest}.
 */
class EachSaysWhetherTest {
    private static AppSpec spec(String lang) {
        return KindColonTest.spec(lang);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | each order should say whether it's insured | +order:boolean:Insured",
        "en | it would be nice if each order told us whether it's a gift | +order:boolean:Gift",
        "en | each report should state whether the client signed it | +report:boolean",
        "en | hello, every order must show whether it was invoiced | +order:boolean:Invoiced",
        "fr | nous voudrions que chaque commande dise si elle est assurée | +commande:boolean:Assurée",
        "fr | est ce qu on pourrait avoir sur chaque commande si elle est payée | +commande:boolean:Payée",
        "fr | Bonjour, ce serait top que chaque commande affiche si c'est un cadeau | +commande:boolean:Cadeau",
        "es | queremos que cada pedido diga si lleva seguro | +pedido:boolean:Lleva seguro",
        "es | nos gustaría que cada pedido indique si está pagado | +pedido:boolean:Pagado",
        "es | cada pedido debería decir si es un regalo | +pedido:boolean:Regalo",
        "es | quiero que en cada informe ponga si el cliente lo firmó | +informe:boolean",
        "de | es wäre schön, wenn man bei jedem Auftrag sieht, ob er versichert ist | +auftrag:boolean:Versichert",
        "de | jeder Auftrag sollte zeigen, ob er bezahlt ist | +auftrag:boolean:Bezahlt",
        "de | jeder Auftrag soll anzeigen ob schon eine Rechnung raus ist | +auftrag:boolean"})
    void each_record_saying_whether_is_a_yes_no_on_that_kind(String lang, String message, String expected) {
        RefineExpect.check(spec(lang), message, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // no "whether": a field said by name, left to the other readers
        "en | each order should show the delivery date | +order:date:Delivery date",
        "de | ergänze bei jedem Auftrag das Lieferdatum | +auftrag:date:Lieferdatum"})
    void without_whether_it_is_left_alone(String lang, String message, String expected) {
        RefineExpect.check(spec(lang), message, expected);
    }
}
