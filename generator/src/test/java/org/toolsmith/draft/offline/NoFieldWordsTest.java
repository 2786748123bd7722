package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.draft.DraftException;
import org.toolsmith.spec.AppSpec;

/**
 * Words of a message that are no field: a reason after the edit ({@link BesideRemarks#reason}) and a name that only says
 * how a field is typed in ({@link TypeOnlyName}). Neither may add a field or move the edit to another kind.
 */
class NoFieldWordsTest {
    private static final AppSpec EN = RefineFixtures.spec("""
            {"spec": 1, "name": "Choir", "entities": [
              {"key": "singer", "name": "Singer", "plural": "Singers", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "voice", "label": "Voice", "type": "choice", "options": ["Soprano", "Alto", "Tenor", "Bass"]}]},
              {"key": "concert", "name": "Concert", "plural": "Concerts", "fields": [
                {"key": "title", "label": "Title", "type": "text", "required": true},
                {"key": "held_on", "label": "Held on", "type": "date"}]}]}
            """);
    private static final AppSpec FR = RefineFixtures.spec("""
            {"spec": 1, "name": "Chorale", "entities": [
              {"key": "choriste", "name": "Choriste", "plural": "Choristes", "fields": [
                {"key": "nom", "label": "Nom", "type": "text", "required": true}]},
              {"key": "concert", "name": "Concert", "plural": "Concerts", "fields": [
                {"key": "titre", "label": "Titre", "type": "text", "required": true},
                {"key": "date", "label": "Date", "type": "date"}]}]}
            """);
    private static final AppSpec ES = RefineFixtures.spec("""
            {"spec": 1, "name": "Coro", "entities": [
              {"key": "corista", "name": "Corista", "plural": "Coristas", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true}]},
              {"key": "concierto", "name": "Concierto", "plural": "Conciertos", "fields": [
                {"key": "titulo", "label": "Título", "type": "text", "required": true},
                {"key": "fecha", "label": "Fecha", "type": "date"}]}]}
            """);
    private static final AppSpec DE = RefineFixtures.spec("""
            {"spec": 1, "name": "Chor", "entities": [
              {"key": "saenger", "name": "Sänger", "plural": "Sänger", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true}]},
              {"key": "konzert", "name": "Konzert", "plural": "Konzerte", "fields": [
                {"key": "titel", "label": "Titel", "type": "text", "required": true},
                {"key": "datum", "label": "Datum", "type": "date"}]}]}
            """);

    private static AppSpec spec(String lang) {
        return switch (lang) {
            case "fr" -> FR;
            case "es" -> ES;
            case "de" -> DE;
            default -> EN;
        };
    }

    /** Every field the message added, as "kind.Label:type". */
    private static List<String> added(AppSpec before, AppSpec after) {
        return before.entities().stream().flatMap(e -> RefineFixtures.newFields(before, after, e.key()).stream()
                .map(f -> e.key() + "." + f.label() + ":" + f.type().name().toLowerCase())).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            add the singer's email, because we send the concert rota by mail now               | add the singer's email
            add the singer's email, since the concert rota goes out by mail these days          | add the singer's email
            ajoute l'email du choriste, car on envoie le programme des concerts par mail          | ajoute l'email du choriste
            ajoute l'email du choriste, parce qu'on envoie le programme des concerts par mail     | ajoute l'email du choriste
            añadid el email del corista, que ahora mandamos los conciertos por correo             | añadid el email del corista
            añadid el email del corista, porque mandamos el programa de conciertos por correo     | añadid el email del corista
            ergänzt die E-Mail vom Sänger, weil wir die Konzertpläne jetzt per Mail schicken      | ergänzt die E-Mail vom Sänger
            ergänzt die E-Mail vom Sänger, denn wir schicken die Konzertpläne jetzt per Mail      | ergänzt die E-Mail vom Sänger
            """)
    void a_reason_after_the_edit_is_left_out(String message, String kept) {
        assertEquals(kept, BesideRemarks.cut(message), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            los coristas es una cantidad, que sea un número
            add the singer's email, because it can be two addresses
            add the singer's email, because we need to add the phone too
            ajoute l'email du choriste, car il faut aussi noter le téléphone
            ergänzt die E-Mail vom Sänger, weil wir auch die Telefonnummer brauchen
            """)
    void a_reason_that_asks_or_hints_is_kept(String message) {
        assertEquals(message, BesideRemarks.cut(message), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | add the singer's email, because we send the concert rota by mail now                  | singer.Email:email
            es | añadid el email del corista porfa, que ahora mandamos los conciertos por correo        | corista.Email:email
            de | ergänzt bitte die E-Mail vom Sänger, weil wir die Konzertpläne jetzt per Mail schicken | saenger.E-Mail:email
            en | can we also note the dress code for each concert? just free text                      | concert.Dress code:text
            en | add the dress code for each concert. Just a text field please.                        | concert.Dress code:text
            en | add the number of seats for each concert. just a number                               | concert.Number of seats:integer
            fr | ajoute le code vestimentaire pour chaque concert ? juste du texte libre               | concert.Code vestimentaire:text
            es | añade el código de vestimenta de cada concierto. Solo texto libre                      | concierto.Código de vestimenta:text
            de | ergänze beim Konzert die Kleiderordnung. Einfach Freitext                              | konzert.Kleiderordnung:text
            """)
    void no_field_is_made_of_them(String lang, String message, String fields) {
        AppSpec before = spec(lang);
        assertEquals(List.of(fields.split(",\\s*")), added(before, new OfflineRefiner().refine(before, message).spec()), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | add a free text field
            fr | ajoute un champ texte libre
            es | añade un campo de texto
            de | ergänze ein Freitextfeld
            """)
    void a_type_alone_adds_nothing(String lang, String message) {
        assertThrows(DraftException.class, () -> new OfflineRefiner().refine(spec(lang), message), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | add a number to each concert       | concert.Number:text
            en | add a date to each singer          | singer.Date:date
            de | ergänze beim Konzert die Nummer    | konzert.Nummer:text
            """)
    void a_type_word_that_names_a_field_still_does(String lang, String message, String fields) {
        AppSpec before = spec(lang);
        assertEquals(List.of(fields.split(",\\s*")), added(before, new OfflineRefiner().refine(before, message).spec()), message);
    }
}
