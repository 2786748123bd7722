package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineFixtures.spec;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * German clauses with the verb or its particle last, Spanish impersonal wishes, clitics and topics in
 * front, French "pouvoir + verb", German compounds of a kind and a field: read as the plain edits they
 * are. Phrasing of our own, on a vehicle pool, a library and a car park.
 */
class NativeClausesTest {
    static final AppSpec FUHRPARK = spec("""
            {"spec": 1, "name": "Fuhrpark", "entities": [
              {"key": "fahrzeug", "name": "Fahrzeug", "plural": "Fahrzeuge", "fields": [
                {"key": "kennzeichen", "label": "Kennzeichen", "type": "text", "required": true},
                {"key": "fahrzeugtyp", "label": "Fahrzeugtyp", "type": "choice", "options": ["PKW", "Transporter"]},
                {"key": "farbe", "label": "Farbe", "type": "text"},
                {"key": "anmerkung", "label": "Anmerkung", "type": "text"}]},
              {"key": "fahrt", "name": "Fahrt", "plural": "Fahrten", "fields": [
                {"key": "fahrzeug", "label": "Fahrzeug", "type": "reference", "target": "fahrzeug", "required": true},
                {"key": "fahrer", "label": "Fahrer", "type": "text"},
                {"key": "start", "label": "Start", "type": "datetime"},
                {"key": "kosten", "label": "Kosten", "type": "text"},
                {"key": "bericht", "label": "Bericht", "type": "text"}]}]}""");
    static final AppSpec BIBLIOTECA = spec("""
            {"spec": 1, "name": "Biblioteca", "entities": [
              {"key": "lector", "name": "Lector", "plural": "Lectores", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true},
                {"key": "carnet", "label": "Carnet", "type": "text"}]},
              {"key": "prestamo", "name": "Préstamo", "plural": "Préstamos", "fields": [
                {"key": "lector", "label": "Lector", "type": "reference", "target": "lector"},
                {"key": "libro", "label": "Libro", "type": "text", "required": true},
                {"key": "formato", "label": "Formato", "type": "choice", "options": ["Papel", "Ebook"]},
                {"key": "multa", "label": "Multa", "type": "text"},
                {"key": "comentario", "label": "Comentario", "type": "text"}]}]}""");
    static final AppSpec PARKING = spec("""
            {"spec": 1, "name": "Parking", "entities": [
              {"key": "place", "name": "Place", "plural": "Places", "fields": [
                {"key": "numero", "label": "Numéro", "type": "text", "required": true},
                {"key": "niveau", "label": "Niveau", "type": "choice", "options": ["-1", "-2"]},
                {"key": "remarque", "label": "Remarque", "type": "text"}]}]}""");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bei der Fahrt muss noch rein, wie viele Kilometer gefahren wurden | +fahrt:integer",
        "Die Anmerkung beim Fahrzeug kann weg, die liest eh niemand | -fahrzeug.anmerkung",
        "Anmerkung und Farbe können wir uns sparen | -fahrzeug.anmerkung & -fahrzeug.farbe",
        "aus Bericht wird Fahrtenbuch | fahrt.bericht~Fahrtenbuch",
        "Statt Bericht lieber Notizen | fahrt.bericht~Notizen",
        "Die Kosten sind immer ein Betrag in Euro, also kein Freitext | fahrt.kosten=money",
        "Und den Tankbeleg dazu, das muss bei jeder Fahrt hochgeladen werden | +fahrt:file:Tankbeleg",
        "Beim Fahrzeug bitte ergänzen, ob es eine Anhängerkupplung hat | +fahrzeug:boolean:Anhängerkupplung",
        "Bei den Fahrzeugtypen fehlen noch Bus und LKW | fahrzeug.fahrzeugtyp[PKW;Transporter;Bus;LKW]",
        "Beim Fahrzeug bitte noch die Ausstattung dazu, also Navi, Klima, Sitzheizung – ein Auto hat meist mehrere | +fahrzeug:multi_choice:Ausstattung",
        "Es wäre praktisch, wenn wir beim Fahrzeug auch die Fahrgestellnummer hätten | +fahrzeug:text:Fahrgestellnummer",
        "Beim Fahrzeug noch ein Häkchen, ob es ein Elektroauto ist | +fahrzeug:boolean:Elektroauto",
        "Die Farbe sieht sowieso jeder am Auto, das Feld kann also weg | -fahrzeug.farbe",
        "Ohne Farbe finden die Fahrer das Auto nicht, die Anmerkung dagegen stört nicht – die Farbe muss also immer eingetragen sein | fahrzeug.farbe!",
        "Bei uns sagt keiner „Bericht“, alle sagen „Fahrtnotiz“ – bitte so beschriften | fahrt.bericht~Fahrtnotiz",
        "Die Buchhaltung wüsste gern, wann die Fahrt endet | +fahrt:date:Enddatum",
        "Für die Abrechnung wäre außerdem der Kilometerstand hilfreich | +fahrt:integer:Kilometerstand"})
    void german(String message, String expected) {
        RefineExpect.check(FUHRPARK, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "que se pueda apuntar la fecha de devolución | +prestamo:date:Fecha de devolución",
        "que se pueda adjuntar una foto del libro | +prestamo:file:Foto",
        "sobra lo del comentario | -prestamo.comentario",
        "Lo de la multa, que sea un importe en euros, no texto | prestamo.multa=money",
        "El comentario no lo lee nadie, quitadlo | -prestamo.comentario",
        "'Libro' y 'Formato' cambiadlos a 'Título' y 'Soporte' | prestamo.libro~Título & prestamo.formato~Soporte",
        "en el formato añadid audiolibro y revista | prestamo.formato[Papel;Ebook;Audiolibro;Revista]",
        "A los lectores añadidles el correo | +lector:email",
        "Hace falta un campo para el DNI del lector | +lector:text:DNI",
        "Se echa en falta la fecha de alta de cada lector | +lector:date:Fecha de alta",
        "vendría bien apuntar la hora de recogida y la de entrega | +prestamo:datetime:Hora de recogida & +prestamo:datetime:Hora de entrega",
        "el formato debe ser un desplegable con Papel, Ebook y Audio | prestamo.formato[Papel;Ebook;Audio]",
        "Hace falta saber quién lo registra | +prestamo:person",
        "'Comentario' nadie lo entiende, mejor que se llame 'Observaciones del bibliotecario' | prestamo.comentario~Observaciones del bibliotecario",
        "El formato no debería ser texto libre: en la práctica siempre es Papel, Ebook o Audio, y así podemos contar | prestamo.formato[Papel;Ebook;Audio]",
        "Necesitaríamos saber cuándo vence el carnet de cada lector | +lector:date:Fecha de vencimiento",
        "Aprovecho para pediros el teléfono del lector, para avisarle cuando llegue su reserva | +lector:phone",
        "Los lectores ya están en el sistema municipal, así que la ficha de lectores aquí sobra: borradla entera | -kind lector & prestamo.lector=text",
        "Es mejor quitar el comentario y poner directamente una valoración del 1 al 5 | -prestamo.comentario & +prestamo:integer"})
    void spanish(String message, String expected) {
        RefineExpect.check(BIBLIOTECA, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Il faudrait pouvoir indiquer la largeur de chaque place | +place:decimal:Largeur",
        "pour le niveau il manque : -3, -4 | place.niveau[-1;-2;-3;-4]",
        "Ce serait bien d'avoir aussi le nom du locataire | +place:text:Nom du locataire",
        "Le libellé « Remarque » ne parle à personne ; les gardiens préféreraient lire « Consignes » | place.remarque~Consignes",
        "La remarque est souvent vide alors qu'elle est importante : le champ ne devrait jamais pouvoir rester vide | place.remarque!",
        "On voudrait aussi garder trace de la date à laquelle l'abonnement expire | +place:date:Date d'expiration",
        "Il vaut mieux enlever la remarque et mettre plutôt un code d'accès | -place.remarque & +place:text:Code d'accès"})
    void french(String message, String expected) {
        RefineExpect.check(PARKING, message, expected);
    }
}
