package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineSpokenTest.CUISINE;
import static org.toolsmith.draft.offline.RefineSpokenTest.GIMNASIO;
import static org.toolsmith.draft.offline.RefineSpokenTest.LAGER;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Field edits in French, Spanish and German chat (session 4, helper R2): a need followed by a noun
 * phrase, "savoir / saber / wissen" frames, conditions and reasons around them, present-tense "who"
 * clauses, German "ob" clauses, quoted new names, and record kinds that a clause only describes (never
 * removed). Phrasing and domains of our own.
 */
class RefineWishesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Il faudrait aussi le temps de repos de la pâte | +recette:text:Temps de repos",
        "On aurait besoin du pays d'origine du fournisseur | +fournisseur:text:Pays d'origine",
        "Pour les fiches techniques, je voudrais le nombre de calories | +recette:integer:Nombre de calories",
        "Le prix de revient, ça nous manque vraiment | +recette:money:Prix de revient",
        "Il nous faudrait savoir si la recette est sans gluten | +recette:boolean:Sans gluten",
        "Il faudrait savoir dans quel frigo on la garde | +recette:text:Frigo",
        "Et qui la valide ? Il faudrait le noter | +recette:person:Validée par",
        "Ajoute si c'est un plat signature ou pas | +recette:boolean:Plat signature",
        "Renommez « Instructions » en « Étapes », c'est plus parlant | recette.instructions~Étapes",
        "On ne fait plus les recettes sur papier ; il faudrait juste ajouter la photo du plat | +recette:file:Photo du plat"})
    void french(String message, String expected) {
        RefineExpect.check(CUISINE, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Nos haría falta también el peso de cada socio | +socio:decimal:Peso",
        "A los socios les falta el número de taquilla, que luego no sabemos cuál es la suya | +socio:text:Número de taquilla",
        "Y a las clases ponedles la sala | +clase:text:Sala",
        "Cuando la clase es al aire libre, también habría que saber en qué parque | +clase:text:Parque",
        "Necesito saber la hora en que termina y quién la imparte | +clase:datetime:Hora & +clase:person:Impartido por",
        "Oye, una cosa: necesitamos saber quién lo dio de alta | +clase:person",
        "Para la memoria anual necesitamos el número de asistentes | +clase:integer:Número de asistentes",
        "Necesitamos el justificante de pago en PDF | +clase:file:Justificante de pago",
        "Cambia 'Notas' por 'Comentarios' que suena mejor | clase.notas~Comentarios",
        "Los socios ya no vienen los lunes, añade el teléfono de emergencia | +clase:phone",
        "Los socios ya no los necesitamos aquí, quítalos | -kind socio",
        "Quita la hora de la fecha de la clase | clase.fecha=date",
        "Las notas sobran | -clase.notas",
        "Quita 'Medio' | socio.nivel[Básico;Alto]",
        "La fecha con la hora no nos sirve, solo la fecha, sin la hora | clase.fecha=date",
        "En el nivel faltan Experto y Élite | socio.nivel[Básico;Medio;Alto;Experto;Élite]"})
    void spanish(String message, String expected) {
        RefineExpect.check(GIMNASIO, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Wir bräuchten noch das Gewicht | +bestellung:decimal:Gewicht",
        "Bei den Bestellungen wäre es gut zu wissen, ob jemand eine Rechnung braucht | +bestellung:boolean:Rechnung",
        "Kannst du bei der Bestellung noch eintragen, wer sie prüft? | +bestellung:person:Geprüft von",
        "Wir sollten auch festhalten, wer die Lieferung abzeichnet | +bestellung:person:Abgezeichnet von",
        "Die Artikel werden nicht mehr im Keller gelagert, aber wir brauchen noch das Gewicht | +bestellung:decimal:Gewicht",
        "Die Bestellungen brauchen wir nicht mehr | -kind bestellung",
        "Benenn 'Notiz' bitte in 'Bemerkung' um | bestellung.notiz~Bemerkung",
        "Beim Zustand kommt noch 'Verliehen' dazu, und entfernt 'Gebraucht' | artikel.zustand[Neu;Defekt;Verliehen]",
        "Beim Zustand fehlen noch Verschrottet und Verliehen | artikel.zustand[Neu;Gebraucht;Defekt;Verschrottet;Verliehen]",
        "Bei der Bezeichnung fehlt die Einheit: Stück, Karton oder Palette | +artikel:choice:Einheit",
        "Und wer aus dem Lager hat die Bestellung gepackt? | +bestellung:person:Gepackt von",
        "Wir wollen den Lieferschein + das Lieferdatum | +bestellung:file:Lieferschein & +bestellung:date:Lieferdatum",
        "Wir wollen die Lieferanten erfassen: jeder Artikel kommt von einem Lieferanten, mit Name und Telefon | kind Lieferant"})
    void german(String message, String expected) {
        RefineExpect.check(LAGER, message, expected);
    }
}
