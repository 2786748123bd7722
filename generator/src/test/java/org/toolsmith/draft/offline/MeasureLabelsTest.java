package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.FieldType;

class MeasureLabelsTest {
    @ParameterizedTest(name = "{0}: {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "EN | humidity %                  | DECIMAL",
        "EN | water temp in °F            | DECIMAL",
        "EN | tyre pressure psi           | DECIMAL",
        "EN | energy used kWh             | DECIMAL",
        "EN | speed in mph                | DECIMAL",
        "EN | pace in min/km              | DECIMAL",
        "EN | price per kg                | MONEY",
        "EN | discount %                  | DECIMAL",
        "EN | commission in percent       | DECIMAL",
        "EN | discount amount             | MONEY",
        "FR | remise en pourcentage       | DECIMAL",
        "ES | descuento (%)               | DECIMAL",
        "DE | Rabatt in Prozent           | DECIMAL",
        "EN | distance in km              | DECIMAL",
        "EN | tickets sold                | INTEGER",
        "EN | max players                 | INTEGER",
        "EN | parts replaced              | TEXT",
        "EN | sterilised by               | PERSON",
        "EN | needed by                   | TEXT",
        "EN | wait time                   | DECIMAL",
        "FR | surface en m²               | DECIMAL",
        "FR | débit en l/min              | DECIMAL",
        "FR | taux d'humidité %           | DECIMAL",
        "FR | repassé par                 | PERSON",
        "ES | número de mesas             | INTEGER",
        "ES | número de pedido            | TEXT",
        "ES | consumo en kWh              | DECIMAL",
        "ES | precio por kilo             | MONEY",
        "DE | Anzahl Mitarbeiter          | INTEGER",
        "DE | Blutdruck mmHg              | DECIMAL",
        "DE | pH-Wert                     | DECIMAL",
        "DE | Menge in Litern             | DECIMAL",
        "DE | Fläche in m²                | DECIMAL",
        "DE | verkaufte Tickets           | INTEGER",
        "DE | Literpreis                  | MONEY",
        "EN | interest rate %             | DECIMAL",
    })
    void units_and_counts_settle_the_type(String lang, String label, FieldType type) {
        assertEquals(type, FieldTyper.type(Lexicon.load(Lang.valueOf(lang)), label.strip()));
    }
}
