package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * Values of a choice field read from what the clause leaves once the field is found ({@link ChoiceListEdits}):
 * values added, removed or given as the whole set, in any word order, in four languages. Phrasing of our own
 * (a ferry company, a library, a garden centre, a repair café); nothing else may change ({@link RefineExpect}).
 */
class ChoiceListEditsTest {
    private static final AppSpec FERRY = RefineFixtures.spec("""
            {"spec": 1, "name": "Ferry bookings", "entities": [
              {"key": "booking", "name": "Booking", "plural": "Bookings", "fields": [
                {"key": "passenger", "label": "Passenger", "type": "text", "required": true},
                {"key": "vehicle", "label": "Vehicle type", "type": "choice", "options": ["Car", "Van", "Motorbike"]},
                {"key": "cabin", "label": "Cabin", "type": "choice", "options": ["None", "Shared", "Private"]},
                {"key": "crossing", "label": "Crossing date", "type": "date"},
                {"key": "operator", "label": "Operator", "type": "choice", "options": ["Blue Line", "Sea Star"]}]}]}
            """);
    private static final AppSpec BIBLIO = RefineFixtures.spec("""
            {"spec": 1, "name": "Bibliothèque", "entities": [
              {"key": "pret", "name": "Prêt", "plural": "Prêts", "fields": [
                {"key": "lecteur", "label": "Lecteur", "type": "text", "required": true},
                {"key": "support", "label": "Type de support", "type": "choice", "options": ["Livre", "BD", "DVD"]},
                {"key": "date_pret", "label": "Date de prêt", "type": "date"}]}]}
            """);
    private static final AppSpec VIVERO = RefineFixtures.spec("""
            {"spec": 1, "name": "Vivero", "entities": [
              {"key": "planta", "name": "Planta", "plural": "Plantas", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true},
                {"key": "exposicion", "label": "Exposición", "type": "choice", "options": ["Sol", "Sombra"]},
                {"key": "resolucion", "label": "Resolución", "type": "choice", "options": ["Pendiente", "Hecha"]}]}]}
            """);
    private static final AppSpec REPARATUR = RefineFixtures.spec("""
            {"spec": 1, "name": "Reparaturcafé", "entities": [
              {"key": "geraet", "name": "Gerät", "plural": "Geräte", "fields": [
                {"key": "besitzer", "label": "Besitzer", "type": "text", "required": true},
                {"key": "art", "label": "Geräteart", "type": "choice", "options": ["Toaster", "Lampe", "Radio"]},
                {"key": "ergebnis", "label": "Ergebnis", "type": "choice", "options": ["Repariert", "Nicht reparierbar"]}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "put camper in the vehicle type list, we get loads of them in summer | booking.vehicle[Car;Van;Motorbike;Camper]",
        "bicycle is missing from the vehicle types | booking.vehicle[Car;Van;Motorbike;Bicycle]",
        "we also need family as a cabin, the big ones with four beds | booking.cabin[None;Shared;Private;Family]",
        "please drop 'shared' from the cabins | booking.cabin[None;Private]",
        "motorbike isn't a vehicle type we take any more | booking.vehicle[Car;Van]",
        "the cabin can only be none or private | booking.cabin[None;Private]",
        "we only sell two cabins now, none and private | booking.cabin[None;Private]",
        "cabin options should be: none, couchette, private | booking.cabin[None;Couchette;Private]",
        "add Sea Star 2 to the operators, the new boat | booking.operator[Blue Line;Sea Star;Sea Star 2]"})
    void reads_value_edits_in_english(String message, String expected) {
        RefineExpect.check(FERRY, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "il manque jeu vidéo dans les types de support | pret.support[Livre;BD;DVD;Jeu vidéo]",
        "ajoute partition aux types de support, la chorale en emprunte | pret.support[Livre;BD;DVD;Partition]",
        "añade semisombra a la exposición | planta.exposicion[Sol;Sombra;Semisombra]",
        "quita sombra de la exposición, solo vendemos de sol | planta.exposicion[Sol]",
        "Fahrrad fehlt noch bei der Geräteart | geraet.art[Toaster;Lampe;Radio;Fahrrad]",
        "beim Ergebnis fehlt Ersatzteil bestellt | geraet.ergebnis[Repariert;Nicht reparierbar;Ersatzteil bestellt]",
        "die Gerätearten sind jetzt: Toaster, Lampe, Föhn | geraet.art[Toaster;Lampe;Föhn]",
        "bei der Geräteart bitte auch Wasserkocher aufnehmen | geraet.art[Toaster;Lampe;Radio;Wasserkocher]",
        "bei der Geräteart bitte auch Radio 2 aufnehmen | geraet.art[Toaster;Lampe;Radio;Radio 2]",
        "les types de support doivent être : livre, DVD, vinyle | pret.support[Livre;DVD;Vinyle]"})
    void reads_value_edits_in_french_spanish_and_german(String message, String expected) {
        AppSpec spec = expected.startsWith("pret") ? BIBLIO : expected.startsWith("planta") ? VIVERO : REPARATUR;
        RefineExpect.check(spec, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a proper name holding the field's word is the value, never the field
        "we now work with Sea Star Operator too, add it to the operator list | booking.operator[Blue Line;Sea Star;Sea Star Operator]",
        // the date of a resolution is a new thing, not a value of Resolución
        "añade la fecha de resolución | +planta:date"})
    void leaves_other_edits_to_the_other_readers(String message, String expected) {
        RefineExpect.check(expected.startsWith("+planta") ? VIVERO : FERRY, message, expected);
    }
}
