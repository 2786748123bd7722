package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.FieldType;

class FieldTyperTest {
    @ParameterizedTest(name = "{0}: {1} is {2}")
    @CsvSource({
        "EN, renewal deadline, DATE",
        "EN, date of birth, DATE",
        "EN, hourly rate, MONEY",
        "EN, monthly rent, MONEY",
        "EN, cost centre, TEXT",
        "EN, tracking number, TEXT",
        "EN, number of guests, INTEGER",
        "EN, weight in kg, DECIMAL",
        "EN, approved by, PERSON",
        "EN, line manager, PERSON",
        "EN, signed copy, FILE",
        "EN, delivery photo, FILE",
        "EN, contact e-mail, EMAIL",
        "EN, mobile, PHONE",
        "EN, website, URL",
        "EN, handover notes, LONG_TEXT",
        "EN, priority, CHOICE",
        "EN, pick-up time, DATETIME",
        "EN, shipped, BOOLEAN",
        "DE, Bewerbungsschluss, DATE",
        "DE, Inbetriebnahme, DATE",
        "DE, Laufzeit in Monaten, INTEGER",
        "DE, Zahlungsziel in Tagen, INTEGER",
        "DE, Melder, PERSON",
        "DE, Schadenshöhe, MONEY",
        "DE, Hersteller, TEXT",
        "DE, Rechnungsnummer, TEXT",
        "FR, taux horaire, MONEY",
        "FR, date d'arrivée, DATE",
        "FR, numéro de commande, TEXT",
        "FR, montant TTC, MONEY",
        "FR, téléphone du client, PHONE",
        "FR, pièce jointe, FILE",
        "FR, nombre de participants, INTEGER",
        "FR, validé par, PERSON",
        "ES, fecha de entrega, DATE",
        "ES, importe, MONEY",
        "ES, correo electrónico, EMAIL",
        "ES, número de pedido, TEXT",
        "DE, Lieferdatum, DATE",
        "DE, Telefonnummer, PHONE",
        "DE, Betrag, MONEY",
        "DE, Anzahl Plätze, INTEGER",
        "DE, Bemerkungen, LONG_TEXT",
        "EN, tip, MONEY",
        "EN, agent commission, MONEY",
        "EN, late penalty, MONEY",
        "EN, kilometres, INTEGER",
        "FR, TVA, MONEY",
        "FR, commission, MONEY",
        "FR, kilomètres, INTEGER",
        "ES, IVA, MONEY",
        "ES, comisión, MONEY",
        "ES, propina, MONEY",
        "DE, MwSt, MONEY",
        "DE, Provision, MONEY",
        "DE, Trinkgeld, MONEY",
    })
    void types_labels_from_the_lexicon(Lang lang, String label, FieldType expected) {
        assertEquals(expected, FieldTyper.type(Lexicon.load(lang), label));
    }
}
