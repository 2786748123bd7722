package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineFixtures.spec;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * Requests passed on ("we've been asked to note …", "on nous a demandé de …", "nos piden que apuntemos …", "wir sollen … erfassen"),
 * fields forgotten ("we forgot the …", "se nos olvidó …", "wir haben … vergessen"), and a new field's kind said after it
 * ("…, it depends on the customer", "…, il dépend du client", "…, der hängt vom Kunden ab"). Phrasing of our own.
 */
class ReportedAndHomeTest {
    static final AppSpec BAKERY = spec("""
            {"spec": 1, "name": "Bakery", "entities": [
              {"key": "customer", "name": "Customer", "plural": "Customers", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true}]},
              {"key": "delivery", "name": "Delivery", "plural": "Deliveries", "fields": [
                {"key": "customer", "label": "Customer", "type": "reference", "target": "customer"},
                {"key": "day", "label": "Day", "type": "date"}]}]}""");
    static final AppSpec BOULANGERIE = spec("""
            {"spec": 1, "name": "Boulangerie", "entities": [
              {"key": "client", "name": "Client", "plural": "Clients", "fields": [
                {"key": "nom", "label": "Nom", "type": "text", "required": true}]},
              {"key": "livraison", "name": "Livraison", "plural": "Livraisons", "fields": [
                {"key": "client", "label": "Client", "type": "reference", "target": "client"},
                {"key": "jour", "label": "Jour", "type": "date"}]}]}""");
    static final AppSpec PANADERIA = spec("""
            {"spec": 1, "name": "Panadería", "entities": [
              {"key": "cliente", "name": "Cliente", "plural": "Clientes", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true}]},
              {"key": "entrega", "name": "Entrega", "plural": "Entregas", "fields": [
                {"key": "cliente", "label": "Cliente", "type": "reference", "target": "cliente"},
                {"key": "dia", "label": "Día", "type": "date"}]}]}""");
    static final AppSpec BAECKEREI = spec("""
            {"spec": 1, "name": "Bäckerei", "entities": [
              {"key": "kunde", "name": "Kunde", "plural": "Kunden", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true}]},
              {"key": "lieferung", "name": "Lieferung", "plural": "Lieferungen", "fields": [
                {"key": "kunde", "label": "Kunde", "type": "reference", "target": "kunde"},
                {"key": "tag", "label": "Tag", "type": "date"}]}]}""");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "We forgot the number of crates on each delivery | +delivery:integer",
        "Add the number of free loaves on deliveries, it depends on the customer | +customer:integer",
        "Add the number of free loaves on deliveries; that's per customer, not per delivery | +customer:integer",
        // not a kind of the spec: the field stays where it was put
        "Add the number of free loaves on deliveries, it depends on the weather | +delivery:integer"})
    void english(String message, String expected) {
        RefineExpect.check(BAKERY, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "On nous a demandé de noter le nombre de caisses sur chaque livraison | +livraison:integer",
        "Faudrait noter aussi le nombre de caisses sur la livraison | +livraison:integer",
        "On a oublié le nombre de caisses sur la livraison | +livraison:integer",
        "Ajoute le nombre de pains offerts sur la livraison, il dépend du client | +client:integer"})
    void french(String message, String expected) {
        RefineExpect.check(BOULANGERIE, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Nos han pedido que apuntemos el número de cajas en cada entrega | +entrega:integer",
        "Se nos olvidó el número de cajas de la entrega | +entrega:integer",
        "Añade el número de panes gratis en la entrega, depende del cliente | +cliente:integer"})
    void spanish(String message, String expected) {
        RefineExpect.check(PANADERIA, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Wir sollen jetzt auch die Anzahl der Kisten bei jeder Lieferung erfassen | +lieferung:integer",
        "Man hat uns gebeten, die Anzahl der Kisten bei der Lieferung zu erfassen | +lieferung:integer",
        "Wir haben die Anzahl der Kisten bei der Lieferung vergessen | +lieferung:integer",
        // "löschen" is no verb of recording: not read as a request to add
        "Wir sollen die Anzahl der Kisten löschen | error"})
    void german(String message, String expected) {
        RefineExpect.check(BAECKEREI, message, expected);
    }
}
