package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * New fields asked for with "can we / pouvons-nous / podemos / können wir" and a verb of keeping (also after a
 * preface that ends with a colon), values named after "namely / à savoir / o sea / also" behind a need, a thing
 * explained after "o sea / c'est-à-dire / also" (not a second field), and "who scanned it and when" (a date
 * named by its verb). Phrasing of our own on a choir; nothing else may change ({@link RefineExpect}).
 */
class AskedAdditionsTest {
    static final AppSpec CHOIR = RefineFixtures.spec("""
            {"spec": 1, "name": "Choir", "entities": [
              {"key": "singer", "name": "Singer", "plural": "Singers", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "voice", "label": "Voice", "type": "choice", "options": ["Soprano", "Alto", "Tenor", "Bass"]},
                {"key": "notes", "label": "Notes", "type": "long_text"}]},
              {"key": "rehearsal", "name": "Rehearsal", "plural": "Rehearsals", "fields": [
                {"key": "date", "label": "Date", "type": "date", "required": true},
                {"key": "venue", "label": "Venue", "type": "text"}]}]}
            """);
    static final AppSpec CHORALE = RefineFixtures.spec("""
            {"spec": 1, "name": "Chorale", "entities": [
              {"key": "choriste", "name": "Choriste", "plural": "Choristes", "fields": [
                {"key": "nom", "label": "Nom", "type": "text", "required": true},
                {"key": "voix", "label": "Voix", "type": "choice", "options": ["Soprano", "Alto", "Ténor", "Basse"]},
                {"key": "remarques", "label": "Remarques", "type": "long_text"}]},
              {"key": "repetition", "name": "Répétition", "plural": "Répétitions", "fields": [
                {"key": "date", "label": "Date", "type": "date", "required": true},
                {"key": "lieu", "label": "Lieu", "type": "text"}]}]}
            """);
    static final AppSpec CORO = RefineFixtures.spec("""
            {"spec": 1, "name": "Coro", "entities": [
              {"key": "corista", "name": "Corista", "plural": "Coristas", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true},
                {"key": "voz", "label": "Voz", "type": "choice", "options": ["Soprano", "Contralto", "Tenor", "Bajo"]},
                {"key": "notas", "label": "Notas", "type": "long_text"}]},
              {"key": "ensayo", "name": "Ensayo", "plural": "Ensayos", "fields": [
                {"key": "fecha", "label": "Fecha", "type": "date", "required": true},
                {"key": "lugar", "label": "Lugar", "type": "text"}]}]}
            """);
    static final AppSpec CHOR = RefineFixtures.spec("""
            {"spec": 1, "name": "Chor", "entities": [
              {"key": "saenger", "name": "Sänger", "plural": "Sänger", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "stimme", "label": "Stimme", "type": "choice", "options": ["Sopran", "Alt", "Tenor", "Bass"]},
                {"key": "bemerkungen", "label": "Bemerkungen", "type": "long_text"}]},
              {"key": "probe", "name": "Probe", "plural": "Proben", "fields": [
                {"key": "datum", "label": "Datum", "type": "date", "required": true},
                {"key": "ort", "label": "Ort", "type": "text"}]}]}
            """);

    private static AppSpec spec(String lang) {
        return switch (lang) {
            case "fr" -> CHORALE;
            case "es" -> CORO;
            case "de" -> CHOR;
            default -> CHOIR;
        };
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "fr | pouvons-nous ajouter le téléphone des choristes ? | +choriste:phone",
        "fr | je peux stocker la date d'entrée des choristes ? | +choriste:date:Date d'entrée",
        "fr | pourrions-nous garder le lien de l'enregistrement sur chaque répétition ? | +repetition:url",
        "es | ¿Podemos añadir el teléfono de los coristas? | +corista:phone",
        "es | ¿se podría apuntar la fecha de alta de cada corista? | +corista:date:Fecha de alta",
        "es | Hola, ahora grabamos los ensayos: ¿podemos guardar el enlace a la grabación en cada ensayo? | +ensayo:url",
        "de | Können wir bei den Sängern die Telefonnummer hinzufügen? | +saenger:phone:Telefonnummer",
        // the same modal before "have" stays a wish to have the thing
        "es | ¿Podemos tener el teléfono de los coristas? | +corista:phone",
        "de | Können wir bei den Sängern noch die Telefonnummer haben? | +saenger:phone:Telefonnummer"})
    void a_field_asked_with_can_we_is_added(String lang, String message, String expected) {
        RefineExpect.check(spec(lang), message, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "fr | il faudrait le pupitre, à savoir Premier, Second ou Remplaçant | +choriste:choice:Pupitre & choriste.pupitre[Premier;Second;Remplaçant]",
        "es | necesitamos también la fila, o sea Primera, Segunda o Tercera | +corista:choice:Fila & corista.fila[Primera;Segunda;Tercera]",
        "de | Wir brauchen noch die Reihe, also vorne, Mitte oder hinten | +saenger:choice:Reihe & saenger.reihe[Vorne;Mitte;Hinten]",
        "de | Es fehlt die Reihe, also vorne oder hinten | +saenger:choice:Reihe & saenger.reihe[Vorne;Hinten]",
        // what the thing is, said again after "o sea / also / c'est-à-dire": one field, no second one
        "es | necesitamos también la partitura, o sea el PDF que manda el director | +corista:file:Partitura",
        "es | necesitamos también la partitura, o sea el PDF, y el teléfono | +corista:file:Partitura & +corista:phone:Teléfono",
        "de | Wir brauchen noch die Noten, also das PDF vom Verlag | +saenger:file:Noten",
        "fr | il nous faut la partition, c'est-à-dire le PDF de l'éditeur | +choriste:file:Partition"})
    void values_after_namely_make_a_choice(String lang, String message, String expected) {
        RefineExpect.check(spec(lang), message, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | add who scanned the sheet music and when | +singer:person:Scanned by & +singer:date:Date scanned",
        "en | add who uploaded the score and when | +singer:person:Uploaded by & +singer:date:Date uploaded",
        // German participles without ge-: "verschickt", "benachrichtigt", "repariert"
        "de | Bitte noch hinzufügen, wann die Noten verschickt wurden | +saenger:date:Verschickt am",
        "de | wir brauchen noch, wann der Sänger benachrichtigt wurde | +saenger:date:Benachrichtigt am",
        "de | wir brauchen noch, wann der Sänger kommt | +saenger:date:Datum",
        // a thing that arrives scanned is still named by the thing
        "fr | ajoute le contrat scanné | +choriste:file:Contrat",
        "en | add the signed contract scanned | +singer:file:Signed contract"})
    void a_date_is_named_by_what_was_done(String lang, String message, String expected) {
        RefineExpect.check(spec(lang), message, expected);
    }
}
