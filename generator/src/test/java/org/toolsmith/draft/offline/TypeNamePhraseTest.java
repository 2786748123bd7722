package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * Session 27 (helper s27t), types in chat edits, phrasings of our own in four languages: a new field's type said by a whole
 * type phrase apart from its name ({@link TypeNamePhrase}: "as an integer", a bracket, a colon after "new field", a next
 * sentence "it should be …", German "X bitte als Datum ergänzen"), and type changes said with a person word or, in German,
 * with the verb last ("kann X ein Datum werden?"); a signed document is a file, a Spanish "nombre de …" a name and a French
 * "numéro de …" an identifier. Rows that must not fire keep a name that only starts with a type word.
 */
class TypeNamePhraseTest {
    static final AppSpec EN = RefineFixtures.spec("""
            {"spec": 1, "name": "Bike repairs", "entities": [{"key": "repair", "name": "Repair", "plural": "Repairs", "fields": [{"key": "bike", "label": "Bike", "type": "text", "required": true}, {"key": "mechanic", "label": "Mechanic", "type": "text"}, {"key": "handed_in", "label": "Handed in", "type": "text"}, {"key": "parts", "label": "Parts", "type": "text"}]}]}
            """);
    static final AppSpec FR = RefineFixtures.spec("""
            {"spec": 1, "name": "Atelier vélo", "entities": [{"key": "reparation", "name": "Réparation", "plural": "Réparations", "fields": [{"key": "velo", "label": "Vélo", "type": "text", "required": true}, {"key": "mecanicien", "label": "Mécanicien", "type": "text"}, {"key": "depose", "label": "Déposé", "type": "text"}, {"key": "pieces", "label": "Pièces", "type": "text"}]}]}
            """);
    static final AppSpec ES = RefineFixtures.spec("""
            {"spec": 1, "name": "Taller de bicis", "entities": [{"key": "reparacion", "name": "Reparación", "plural": "Reparaciones", "fields": [{"key": "bici", "label": "Bici", "type": "text", "required": true}, {"key": "mecanico", "label": "Mecánico", "type": "text"}, {"key": "entregada", "label": "Entregada", "type": "text"}, {"key": "piezas", "label": "Piezas", "type": "text"}]}]}
            """);
    static final AppSpec DE = RefineFixtures.spec("""
            {"spec": 1, "name": "Radwerkstatt", "entities": [{"key": "reparatur", "name": "Reparatur", "plural": "Reparaturen", "fields": [{"key": "rad", "label": "Rad", "type": "text", "required": true}, {"key": "mechaniker", "label": "Mechaniker", "type": "text"}, {"key": "abgabe", "label": "Abgabe", "type": "text"}, {"key": "teile", "label": "Teile", "type": "text"}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "add Spokes replaced as an integer | +repair:integer:Spokes",
        "add a field 'Labour' (amount in euros) | +repair:money:Labour",
        "new field Pickup slot: date and time | +repair:datetime:Pickup slot",
        "new field Wheel size: dropdown with 26, 28 and 29 | +repair:choice:Wheel size",
        "could you add Tyre pressure to the repairs? it should be a decimal number | +repair:decimal:Tyre pressure",
        "the mechanic should be a person from the staff list | repair.mechanic=person",
        "please add the signed repair form | +repair:file:Signed repair form",
        // must not fire: a name that only starts with a type word, a plain add
        "add the date of purchase | +repair:date:Date of purchase",
        "add a field 'Frame number' | +repair:text:Frame number"})
    void english(String message, String expected) {
        RefineExpect.check(EN, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "ajoute Rayons changés comme un nombre entier | +reparation:integer:Rayons",
        "nouveau champ Main d'œuvre : montant | +reparation:money:Main",
        "tu peux ajouter Pression des pneus ? ce sera un nombre décimal | +reparation:decimal:Pression",
        "le mécanicien devrait être une personne de l'équipe | reparation.mecanicien=person",
        "ajoute le numéro de cadre | +reparation:text:Numéro de cadre"})
    void french(String message, String expected) {
        RefineExpect.check(FR, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "añade un campo 'Mano de obra' (importe) | +reparacion:money:Mano de obra",
        "campo nuevo Recogida: fecha y hora | +reparacion:datetime:Recogida",
        "que las piezas sean un entero | reparacion.piezas=integer",
        "que el mecánico sea un usuario | reparacion.mecanico=person",
        "añade el nombre de la tienda | +reparacion:text:Nombre de la tienda",
        "¿Lavada? y ¿Engrasada? casillas en las reparaciones, por favor | +reparacion:boolean:Lavada & +reparacion:boolean:Engrasada"})
    void spanish(String message, String expected) {
        RefineExpect.check(ES, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "neues Feld „Arbeitslohn“ (Geldbetrag) | +reparatur:money:Arbeitslohn",
        "Speichen bitte als Ganzzahl ergänzen | +reparatur:integer:Speichen",
        "kann Abgabe ein Datum werden? | reparatur.abgabe=date",
        "kann Mechaniker eine Person aus dem Team werden? | reparatur.mechaniker=person"})
    void german(String message, String expected) {
        RefineExpect.check(DE, message, expected);
    }
}
