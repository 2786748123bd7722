package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.FieldType;

/** Loose lists and the word families that type their fields ({@link TypeFamilies}). */
class LooseListsTest {
    @ParameterizedTest(name = "{0}: {1} is {2}")
    @CsvSource({
        // when the next one is due: a date
        "EN, next gas safety check, DATE",
        "FR, prochaine vidange, DATE",
        "ES, próxima inspección, DATE",
        "DE, nächster Ölwechsel, DATE",
        // not an event in time
        "EN, next of kin, TEXT",
        "FR, prochaine étape, CHOICE",
        "DE, nächster Schritt, TEXT",
        // a sum handed over, said with its participle: whether it was
        "EN, bond paid, BOOLEAN",
        "EN, deposit returned, BOOLEAN",
        "FR, caution rendue, BOOLEAN",
        "FR, acompte reçu, BOOLEAN",
        "ES, fianza devuelta, BOOLEAN",
        "ES, depósito pagado, BOOLEAN",
        "DE, Mietkaution bezahlt, BOOLEAN",
        "DE, Pfand erstattet, BOOLEAN",
        // an amount keeps its money
        "EN, amount received, MONEY",
        "FR, montant versé, MONEY",
        "ES, importe pagado, MONEY",
        "DE, Betrag erhalten, MONEY",
        "EN, tax paid, MONEY",
        // deposit words alone: money
        "DE, Pfand, MONEY",
        "ES, anticipo, MONEY",
        "FR, arrhes, MONEY",
        "EN, retainer, MONEY",
        "DE, UVP, MONEY",
        "ES, PVP, MONEY",
        // an amount that falls due
        "EN, balance due, MONEY",
        "EN, amount owed, MONEY",
        "EN, insurance due, DATE",
        "EN, due date, DATE",
        // an organisation named after its people
        "EN, dental practice, TEXT",
        "FR, cabinet médical, TEXT",
        "ES, clínica veterinaria, TEXT",
        "EN, vet, PERSON",
        // makers of a work
        "EN, writer, TEXT",
        "FR, autrice, TEXT",
        "ES, compositora, TEXT",
        "DE, Autorin, TEXT",
        "EN, reviewer, PERSON",
        // bounds on people, intervals and counts
        "EN, max volunteers, INTEGER",
        "DE, max. Betreuer, INTEGER",
        "EN, inspection interval, INTEGER",
        "DE, Wartungsintervall, INTEGER",
        "ES, intervalo de revisión, INTEGER",
        "DE, wieviele gekommen sind, INTEGER",
        "EN, max temperature, DECIMAL",
    })
    void typesByWordFamily(String lang, String label, FieldType expected) {
        assertEquals(expected, FieldTyper.type(Lexicon.load(Lang.valueOf(lang)), label));
    }
}
