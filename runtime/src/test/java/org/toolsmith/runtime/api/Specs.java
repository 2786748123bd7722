package org.toolsmith.runtime.api;

/** App specs for the API tests, as a client would send them. */
final class Specs {
    private Specs() {
    }

    static final String LAPTOP_LOANS = """
            {"spec": 1, "name": "Laptop loans", "summary": "Who has which laptop.", "entities": [
              {"key": "laptop", "name": "Laptop", "plural": "Laptops", "title": "asset_tag", "fields": [
                {"key": "asset_tag", "label": "Asset tag", "type": "text", "required": true, "unique": true},
                {"key": "model", "label": "Model", "type": "text"},
                {"key": "price", "label": "Price", "type": "money"},
                {"key": "weight", "label": "Weight", "type": "decimal"},
                {"key": "bought_on", "label": "Bought on", "type": "date"},
                {"key": "order", "label": "Order", "type": "integer"},
                {"key": "tags", "label": "Tags", "type": "multi_choice", "options": ["Spare", "Loaner", "Broken"]},
                {"key": "notes", "label": "Notes", "type": "long_text"}
              ]},
              {"key": "loan", "name": "Loan", "plural": "Loans", "title": "borrower_email", "fields": [
                {"key": "laptop", "label": "Laptop", "type": "reference", "target": "laptop", "required": true},
                {"key": "borrower_email", "label": "Borrower email", "type": "email", "required": true},
                {"key": "loaned_at", "label": "Loaned at", "type": "datetime"},
                {"key": "due_on", "label": "Due on", "type": "date"},
                {"key": "returned", "label": "Returned", "type": "boolean"},
                {"key": "condition", "label": "Condition", "type": "choice", "options": ["Good", "Damaged", "Lost"]},
                {"key": "website", "label": "Website", "type": "url"}
              ]}
            ]}""";

    static String create(String spec) {
        return "{\"spec\": " + spec + "}";
    }
}
