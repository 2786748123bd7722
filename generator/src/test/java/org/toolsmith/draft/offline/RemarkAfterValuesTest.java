package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * A remark in brackets after the last value of a list ("none (a child can have several)") is not part of that
 * value, while a value's own short bracket ("Cancelled (by customer)") stays; "plutôt qu'une case « Payé »" replaces
 * the box like "au lieu de" (phrasing of our own).
 */
class RemarkAfterValuesTest {
    static final AppSpec KIDS = RefineFixtures.spec("""
            {"spec": 1, "name": "Kids", "entities": [
              {"key": "child", "name": "Child", "plural": "Children", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "status", "label": "Status", "type": "choice", "options": ["Open", "Done"]},
                {"key": "paid", "label": "Paid", "type": "boolean"}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "status options: Open, Done, Waiting (the parents are late, as usual) | child.status[Open;Done;Waiting]",
        "status options: Open, Done, Cancelled (by parent) | child.status[Open;Done;Cancelled (by parent)]",
        "Plutôt qu'une case « Paid », je voudrais un statut : Non payé, Acompte, Soldé | child.paid[Non payé;Acompte;Soldé]"})
    void the_remark_is_no_value(String message, String expected) {
        RefineExpect.check(KIDS, message, expected);
    }

    static final AppSpec ENFANTS = RefineFixtures.spec("""
            {"spec": 1, "name": "Enfants", "entities": [
              {"key": "enfant", "name": "Enfant", "plural": "Enfants", "fields": [
                {"key": "nom", "label": "Nom", "type": "text", "required": true},
                {"key": "statut", "label": "Statut", "type": "choice", "options": ["Ouvert", "Fermé"]}]}]}
            """);
    static final AppSpec NINOS = RefineFixtures.spec("""
            {"spec": 1, "name": "Niños", "entities": [
              {"key": "nino", "name": "Niño", "plural": "Niños", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true},
                {"key": "estado", "label": "Estado", "type": "choice", "options": ["Abierto", "Cerrado"]}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "fr | le statut peut être Ouvert, Fermé ou En attente (ça arrive souvent) | enfant.statut[Ouvert;Fermé;En attente]",
        "es | el estado puede ser Abierto, Cerrado o Anulado (pasa a veces con los padres) | nino.estado[Abierto;Cerrado;Anulado]"})
    void in_french_and_spanish(String lang, String message, String expected) {
        RefineExpect.check(lang.equals("fr") ? ENFANTS : NINOS, message, expected);
    }
}
