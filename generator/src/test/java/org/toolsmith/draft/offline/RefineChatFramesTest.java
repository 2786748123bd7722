package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineSpokenTest.CUISINE;
import static org.toolsmith.draft.offline.RefineSpokenTest.GIMNASIO;
import static org.toolsmith.draft.offline.RefineSpokenTest.LAGER;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chat frames around an edit in French, Spanish and German (session 4, helper E2): what a colleague
 * said, a problem said as "we never know …", renames said as "X is now called Y", "with the time too",
 * German verbs of keeping at the end of a question, "is it possible that …". Our own phrasing.
 */
class RefineChatFramesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Le chef de cuisine m'a dit qu'il faudrait aussi le coût par portion | +recette:money:Coût par portion",
        "Gros souci : on ne sait jamais qui a goûté la recette | +recette:person",
        "Les « Instructions » s'appellent désormais « Étapes » | recette.instructions~Étapes",
        "« Ville » s'appelle « Commune » | fournisseur.ville~Commune",
        "Nos cuisiniers pensent que le titre devrait être facultatif | recette.titre?",
        "Renommez « Ville » et « Instructions » en « Commune » et « Préparation », merci | fournisseur.ville~Commune & recette.instructions~Préparation"})
    void french(String message, String expected) {
        RefineExpect.check(CUISINE, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Los monitores dicen que nos falta el peso de cada socio | +socio:decimal:Peso",
        "Tenemos un problema: nunca sabemos quién anuló la clase | +clase:person",
        "El monitor ahora se llama Entrenador | clase.monitor~Entrenador",
        "Lo que ahora es Notas debería llamarse Comentarios | clase.notas~Comentarios",
        "Renombrad Monitor y Notas a Entrenador y Observaciones | clase.monitor~Entrenador & clase.notas~Observaciones"})
    void spanish(String message, String expected) {
        RefineExpect.check(GIMNASIO, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Unser Lagerleiter meint, das Datum braucht auch die Uhrzeit | bestellung.datum=datetime",
        "Die Notiz heißt ab jetzt Bemerkung | bestellung.notiz~Bemerkung",
        "Könnten wir bei der Bestellung noch die Lieferantennummer hinterlegen? | +bestellung:text:Lieferantennummer",
        "Ist es möglich, dass der Besteller kein Pflichtfeld ist? | bestellung.besteller?",
        "Wir wissen nie, wann die Ware angekommen ist | +bestellung:date",
        "Das Datum kann bleiben. Und 'Notiz' und 'Besteller' bitte in 'Kommentar' und 'Angefordert von' umbenennen | bestellung.notiz~Kommentar & bestellung.besteller~Angefordert von"})
    void german(String message, String expected) {
        RefineExpect.check(LAGER, message, expected);
    }
}
