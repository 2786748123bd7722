package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

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
}
