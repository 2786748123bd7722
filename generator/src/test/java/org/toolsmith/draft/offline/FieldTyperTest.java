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
        // session 23 (helper t): word families that settle a type, rows that fire and rows that must not
        // having or being said first: whether
        "EN, has a garden, BOOLEAN",
        "ES, tiene garaje, BOOLEAN",
        "DE, hat Balkon, BOOLEAN",
        "EN, is contact email, EMAIL",
        // a doer named with an article: whether that party did it; a bare "by" stays who
        "EN, approved by the landlord, BOOLEAN",
        "FR, validé par le locataire, BOOLEAN",
        "ES, firmado por el paciente, BOOLEAN",
        "EN, approved by, PERSON",
        "FR, validé par, PERSON",
        // presence at the end
        "EN, fire extinguisher on board, BOOLEAN",
        "FR, trousse de secours à bord, BOOLEAN",
        "ES, botiquín a bordo, BOOLEAN",
        "DE, Warndreieck vorhanden, BOOLEAN",
        // insurance money
        "EN, monthly premium, MONEY",
        "FR, prime mensuelle, MONEY",
        "ES, prima mensual, MONEY",
        "DE, Monatsprämie, MONEY",
        "EN, excess, MONEY",
        "FR, franchise, MONEY",
        "ES, franquicia, MONEY",
        "DE, Selbstbeteiligung, MONEY",
        "ES, primera visita, TEXT",
        // German "-gehalt": a content unless a salary
        "DE, Fettgehalt, DECIMAL",
        "DE, Zuckergehalt, DECIMAL",
        "DE, Monatsgehalt, MONEY",
        "DE, Bruttogehalt, MONEY",
        "DE, Gehalt, MONEY",
        // German "-schluss": a closing day, unless a degree, a link or a decision
        "DE, Redaktionsschluss, DATE",
        "DE, Annahmeschluss, DATE",
        "DE, Schulabschluss, TEXT",
        "DE, Hausanschluss, TEXT",
        // number signs: a count before a plural, an identifier otherwise
        "EN, # of rooms, INTEGER",
        "ES, nº de habitaciones, INTEGER",
        "ES, nº de factura, TEXT",
        "FR, n° de chambres, INTEGER",
        "FR, n° de facture, TEXT",
        // pictures and drawings
        "EN, x-ray, FILE",
        "EN, floor plan sketch, FILE",
        "FR, croquis, FILE",
        "ES, radiografía, FILE",
        "DE, Skizze, FILE",
        "DE, Passkopie, FILE",
        // scanned or signed paper said with its adjective
        "EN, scanned invoice, FILE",
        "FR, facture scannée, FILE",
        "ES, factura escaneada, FILE",
        "DE, gescannte Rechnung, FILE",
        "DE, unterschriebene Vollmacht, FILE",
        "DE, Vollmacht unterschrieben, BOOLEAN",
        "EN, scanned on, DATE",
        // when it last happened (Romance head first)
        "ES, último lavado, DATE",
        "ES, último apellido, TEXT",
        // shelf life
        "EN, best before, DATE",
        "FR, à consommer avant, DATE",
        "ES, consumo preferente, DATE",
        "DE, haltbar bis, DATE",
        // German quantity compounds with a unit
        "DE, Füllmenge in Litern, DECIMAL",
        "DE, Füllmenge, INTEGER",
        // German participles of checks
        "DE, freigegeben, BOOLEAN",
        "DE, gewartet, BOOLEAN",
        "ES, revisado, BOOLEAN",
        "FR, vérifié, BOOLEAN",
        "FR, poste visé, TEXT",
        "EN, hours on board, DECIMAL",
    })
    void types_labels_from_the_lexicon(Lang lang, String label, FieldType expected) {
        assertEquals(expected, FieldTyper.type(Lexicon.load(lang), label));
    }
}
