package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.FieldType;

class RefineTypesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "Return date, DATE", "Due on, DATE", "Date of hire, DATE", "Sent on, DATE", "Checked at, DATETIME",
        "Pickup time, DATETIME", "Work email, EMAIL", "Mobile number, PHONE", "Company website, URL",
        "Scanned receipt, FILE", "Photo of damage, FILE", "Approved by, PERSON", "Handed over by, PERSON",
        "Assigned to, PERSON", "Account manager, PERSON", "Total cost, MONEY", "Amount refunded, MONEY",
        "Deposit, MONEY", "Number of guests, INTEGER", "Seats, INTEGER", "Quantity ordered, INTEGER",
        "Weight in kg, DECIMAL", "Hours worked, DECIMAL", "Discount percentage, DECIMAL", "Keys returned, BOOLEAN",
        "Invoice sent, BOOLEAN", "Is urgent?, BOOLEAN", "Has parking, BOOLEAN", "Background notes, LONG_TEXT",
        "Description of fault, LONG_TEXT", "Order number, TEXT", "Cost centre, TEXT", "Room type, TEXT",
        "Employee name, TEXT", "Serial no, TEXT", "Date de livraison, DATE", "Prix unitaire, MONEY",
        "Numéro de commande, TEXT", "Nombre de participants, INTEGER", "Fecha de entrega, DATE", "Importe, MONEY",
        "Pagado, BOOLEAN", "Fälligkeitsdatum, DATE", "Gesamtpreis, MONEY", "Bestellnummer, TEXT", "Telefonnummer, PHONE"})
    void guesses_a_type_from_the_words_of_a_label(String label, FieldType type) {
        assertEquals(type, RefineTypes.guess(label));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "a dropdown, CHOICE", "a fixed list, CHOICE", "multiple choice, MULTI_CHOICE", "a tick box, BOOLEAN",
        "free text, TEXT", "a whole number, INTEGER", "a date and time, DATETIME", "a percentage, DECIMAL",
        "picked from the staff directory, PERSON", "an upload, FILE", "une case à cocher, BOOLEAN",
        "texto libre, TEXT", "ein Langtext, LONG_TEXT"})
    void reads_a_type_named_in_words(String phrase, FieldType type) {
        assertEquals(Optional.of(type), RefineTypes.named(phrase));
    }
}
