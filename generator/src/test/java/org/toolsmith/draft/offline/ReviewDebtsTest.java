package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Field;

/**
 * Debts from the session 14 review of the offline refiner, one row group each, with a row where the
 * mended rule must not fire. Phrasing of our own.
 */
class ReviewDebtsTest {
    static final AppSpec REPAIRS = RefineFixtures.spec("""
            {"spec": 1, "name": "Repairs", "entities": [
              {"key": "customer", "name": "Customer", "plural": "Customers", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "phone", "label": "Phone", "type": "text"}]},
              {"key": "order", "name": "Order", "plural": "Orders", "fields": [
                {"key": "number", "label": "Number", "type": "text", "required": true},
                {"key": "customer", "label": "Customer", "type": "reference", "target": "customer"},
                {"key": "status", "label": "Status", "type": "choice", "options": ["Open", "Done"]},
                {"key": "stage", "label": "Repair stage", "type": "choice", "options": ["Received"]},
                {"key": "weight", "label": "Weight", "type": "integer"}]}]}""");

    /** A value that ends in "preposition + word" ("Parts on order") is a value, not a place ({@link RefineAsides}). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "add Parts on order stages | order.stage[Received;Parts on order]",
        "add Sent back and Parts on order stages | order.stage[Received;Sent back;Parts on order]",
        "add Pending to the order statuses | order.status[Open;Done;Pending]",
    })
    void value_ending_in_a_preposition(String message, String expected) {
        RefineExpect.check(REPAIRS, message, expected);
    }

    static final AppSpec TALLER = RefineFixtures.spec("""
            {"spec": 1, "name": "Taller", "entities": [
              {"key": "cliente", "name": "Cliente", "plural": "Clientes", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true}]},
              {"key": "pedido", "name": "Pedido", "plural": "Pedidos", "fields": [
                {"key": "numero", "label": "Número", "type": "text", "required": true},
                {"key": "cliente", "label": "Cliente", "type": "reference", "target": "cliente"}]}]}""");
    static final AppSpec ATELIER = RefineFixtures.spec("""
            {"spec": 1, "name": "Atelier", "entities": [
              {"key": "client", "name": "Client", "plural": "Clients", "fields": [
                {"key": "nom", "label": "Nom", "type": "text", "required": true}]},
              {"key": "commande", "name": "Commande", "plural": "Commandes", "fields": [
                {"key": "numero", "label": "Numéro", "type": "text", "required": true},
                {"key": "client", "label": "Client", "type": "reference", "target": "client"}]}]}""");

    /** The kind said in front ("Para cada cliente, …") stays the kind when a need to know follows ({@link RefineWishes}). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "es | Para cada cliente hay que saber cuándo se dio de alta | cliente | date | ",
        "es | para cada pedido habria que saber quien lo cobró | pedido | person | Cobrado por",
        "es | Para cada cliente, necesito saber la ciudad en que vive | cliente | text | Ciudad",
        "fr | Pour chaque client, j'ai besoin de savoir la ville où il habite | client | text | Ville",
        "fr | Pour chaque commande, il faut savoir qui l'a emballée | commande | person | Emballée par",
        // a purpose that is no kind: the thing goes where the question says
        "es | Para el informe mensual, hay que saber quién cerró el pedido | pedido | person | Cerrado por",
    })
    void kind_in_front_of_a_need_to_know(String lang, String message, String kind, String type, String label) {
        AppSpec before = lang.equals("es") ? TALLER : ATELIER;
        AppSpec after = RefineFixtures.refine(before, message).spec();
        List<Field> fresh = RefineFixtures.newFields(before, after, kind);
        String why = message + " → " + RefineFixtures.JSON.write(after);
        assertEquals(1, fresh.size(), why);
        assertEquals(type, fresh.get(0).type().name().toLowerCase(java.util.Locale.ROOT), why);
        if (label != null) {
            assertEquals(label, fresh.get(0).label(), why);
        }
    }

    static final AppSpec COMMANDES = RefineFixtures.spec("""
            {"spec": 1, "name": "Commandes", "entities": [
              {"key": "commande", "name": "Commande", "plural": "Commandes", "fields": [
                {"key": "numero", "label": "Numéro", "type": "text", "required": true},
                {"key": "statut", "label": "Statut", "type": "choice", "options": ["Ouverte"]}]}]}""");

    /** A bracket that says which value is the default is an aside however short ({@link ValueAside}). */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | the statuses should be: Open (the default), Waiting and Closed | order.status[Open;Waiting;Closed]",
        "en | statuses: Waiting, Open (default), Closed | order.status[Waiting;Open;Closed]",
        "fr | les statuts : Ouverte (par défaut), En attente et Fermée | commande.statut[Ouverte;En attente;Fermée]",
        "fr | statuts : Ouverte, Fermée (valeur par défaut) ou En attente | commande.statut[Ouverte;Fermée;En attente]",
        // a short bracket that is part of the value stays
        "en | the statuses should be: Open (by customer), Waiting and Closed | order.status[Open (by customer);Waiting;Closed]",
    })
    void default_bracket_is_an_aside(String lang, String message, String expected) {
        RefineExpect.check(lang.equals("en") ? REPAIRS : COMMANDES, message, expected);
    }

    /** "should allow decimals" never turns a choice of words into a number ({@link RefineTypeEdits}). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the repair stage should allow decimals",
        "Status can take fractions",
    })
    void decimals_leave_a_choice_of_words(String message) {
        AppSpec after = RefineFixtures.refine(REPAIRS, message).spec();
        RefineFixtures.unchangedExcept(REPAIRS, after);
        assertEquals(REPAIRS.entity("order").orElseThrow().fields().size(), after.entity("order").orElseThrow().fields().size(), message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "weight should allow decimals | order.weight=decimal",
    })
    void decimals_still_retype_a_number(String message, String expected) {
        RefineExpect.check(REPAIRS, message, expected);
    }
}
