package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * German additions said with the imperative first ("Ergänze bitte beim Kunden die Steuernummer") and compounds that
 * start with a kind's name ("Kundennummer" on Kunde, "Auftragsnummer" on Auftrag): a field of its own, not a link of
 * the kind to itself. "Ergänze X um Y" (a list extended) is not read as a new field; refused by the readers, it extends the list by
 * {@link ChoiceListFit} (phrasing of our own).
 */
class GermanImperativeAddTest {
    static final AppSpec BESTELLUNGEN = RefineFixtures.spec("""
            {"spec": 1, "name": "Bestellungen", "entities": [
              {"key": "kunde", "name": "Kunde", "plural": "Kunden", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "ort", "label": "Ort", "type": "text"}]},
              {"key": "auftrag", "name": "Auftrag", "plural": "Aufträge", "fields": [
                {"key": "kunde", "label": "Kunde", "type": "reference", "target": "kunde", "required": true},
                {"key": "datum", "label": "Datum", "type": "date"},
                {"key": "status", "label": "Status", "type": "choice", "options": ["Offen", "Erledigt"]}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ergänze bitte beim Kunden die Steuernummer | +kunde:text:Steuernummer",
        "Ergänzt bitte die Telefonnummer bei den Kunden | +kunde:phone",
        "Ergänze beim Auftrag noch die Lieferadresse | +auftrag:long_text:Lieferadresse",
        "Jeder Kunde braucht noch eine Kundennummer | +kunde:text:Kundennummer",
        "Füge die Kundennummer zum Kunden hinzu | +kunde:text:Kundennummer",
        "Jeder Auftrag braucht noch eine Auftragsnummer | +auftrag:text:Auftragsnummer",
        "Ergänze den Status um Storniert | auftrag.status[Offen;Erledigt;Storniert]"})
    void reads_the_addition(String message, String expected) {
        RefineExpect.check(BESTELLUNGEN, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Kunden: bitte noch E-Mail und Telefon",
        "Kunde: noch Storniert und Offen"})
    void a_link_never_becomes_a_choice_by_values_after_its_name(String message) {
        var after = RefineFixtures.refine(BESTELLUNGEN, message).spec();
        assertEquals(org.toolsmith.spec.FieldType.REFERENCE, RefineFixtures.field(after, "auftrag", "kunde").type(), message);
    }
}
