package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineFixtures.spec;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/** Links to a kind said with a possessive ("su", "son", "seinen"), a describing word, a synonym or a hyphenated compound. Own phrasing. */
class LinkPossessiveAndAdjectiveTest {
    static final AppSpec KENNEL = spec("""
            {"spec": 1, "name": "Kennel", "entities": [
              {"key": "propietario", "name": "Propietario", "plural": "Propietarios", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true}]},
              {"key": "perro", "name": "Perro", "plural": "Perros", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true},
                {"key": "raza", "label": "Raza", "type": "text"}]}]}""");
    static final AppSpec WORKSHOP = spec("""
            {"spec": 1, "name": "Workshop", "entities": [
              {"key": "bench", "name": "Bench", "plural": "Benches", "fields": [
                {"key": "number", "label": "Number", "type": "text", "required": true}]},
              {"key": "apprentice", "name": "Apprentice", "plural": "Apprentices", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true}]}]}""");
    static final AppSpec WERKSTATT = spec("""
            {"spec": 1, "name": "Werkstatt", "entities": [
              {"key": "werkbank", "name": "Werkbank", "plural": "Werkbänke", "fields": [
                {"key": "nummer", "label": "Nummer", "type": "text", "required": true}]},
              {"key": "lehrling", "name": "Lehrling", "plural": "Lehrlinge", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true}]}]}""");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "cada perro tiene su propietario | perro>propietario",
        "cada perro tiene un dueño | perro>propietario",
        "cada perro tiene su dueño, enlazadlos | perro>propietario"})
    void spanish(String message, String expected) {
        RefineExpect.check(KENNEL, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "each apprentice works at one fixed bench | apprentice>bench",
        "each apprentice has a bench number | +apprentice:text"})
    void english(String message, String expected) {
        RefineExpect.check(WORKSHOP, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "jeder Lehrling hat seine Werkbank | lehrling>werkbank",
        "jeder Lehrling hat eine feste Werkbank | lehrling>werkbank",
        "Azubi-Lehrlinge haben eine Werkbank, bitte beim Lehrling die Werkbank verknüpfen | lehrling>werkbank"})
    void german(String message, String expected) {
        RefineExpect.check(WERKSTATT, message, expected);
    }
}
