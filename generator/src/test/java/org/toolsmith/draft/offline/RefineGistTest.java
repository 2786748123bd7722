package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.toolsmith.draft.offline.RefineFixtures.ROOMS;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * The last-resort reading of whole messages ({@link RefineGist}, {@link GistPhrase}, {@link GistOptions}):
 * long chatty messages the sentence readers find nothing in, read for the one edit a careful person takes
 * from each sentence. Phrasing of our own; nothing else may change ({@link RefineExpect}).
 */
class RefineGistTest {
    private static final AppSpec KITCHEN = RefineFixtures.spec("""
            {"spec": 1, "name": "Cuisine centrale", "entities": [
              {"key": "livraison", "name": "Livraison", "plural": "Livraisons", "fields": [
                {"key": "fournisseur", "label": "Fournisseur", "type": "text", "required": true},
                {"key": "recue_le", "label": "Reçue le", "type": "date"},
                {"key": "poids", "label": "Poids", "type": "text"},
                {"key": "categorie", "label": "Catégorie", "type": "choice", "options": ["Légumes", "Viande"]},
                {"key": "remarque", "label": "Remarque", "type": "text"}]}]}
            """);
    private static final AppSpec GYM = RefineFixtures.spec("""
            {"spec": 1, "name": "Gimnasio", "entities": [
              {"key": "socio", "name": "Socio", "plural": "Socios", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true},
                {"key": "alta", "label": "Fecha de alta", "type": "date"},
                {"key": "plan", "label": "Plan", "type": "choice", "options": ["Mensual", "Anual"]},
                {"key": "comentarios", "label": "Comentarios", "type": "text"}]}]}
            """);
    private static final AppSpec CHOIR = RefineFixtures.spec("""
            {"spec": 1, "name": "Fahrradverleih", "entities": [
              {"key": "rad", "name": "Fahrrad", "plural": "Fahrräder", "fields": [
                {"key": "rahmennummer", "label": "Rahmennummer", "type": "text", "required": true},
                {"key": "groesse", "label": "Größe", "type": "text"},
                {"key": "farbe", "label": "Farbe", "type": "text"}]},
              {"key": "verleih", "name": "Verleih", "plural": "Verleihe", "fields": [
                {"key": "rad", "label": "Fahrrad", "type": "reference", "target": "rad", "required": true},
                {"key": "kunde", "label": "Kunde", "type": "text"},
                {"key": "ab", "label": "Ab", "type": "date"}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Every other week somebody double-books the big room, and honestly there is no way to record the number of attendees, which makes catering a guessing game. | +booking:integer",
        "The cleaners came round twice yesterday because nobody knew, so it would really help if each booking showed whether the room needs cleaning afterwards. | +booking:boolean",
        "Facilities moaned again this morning - the organiser's phone number is missing completely, which is a pain when a meeting overruns. | +booking:phone",
        "The purpose is typed in all sorts of ways and half of it is nonsense, it should really be a long text so people can explain properly. | booking.purpose=long_text"})
    void reads_the_gist_of_long_english_messages(String message, String expected) {
        RefineExpect.check(ROOMS, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Franchement ce qui nous manque le plus c'est la température à la réception, les contrôleurs sanitaires la demandent à chaque passage. | +livraison:decimal",
        "Pour le poids chacun fait à sa façon, avec ou sans kg, franchement ce serait mieux que ce soit un nombre avec des décimales. | livraison.poids=decimal",
        "Depuis la rentrée on reçoit aussi des produits laitiers et du poisson, et la catégorie ne les propose pas, alors tout finit dans Viande. | livraison.categorie[Légumes;Viande;Produits laitiers;Poisson]",
        "La remarque, personne ne la lit jamais et elle encombre l'écran, vous pouvez l'enlever sans problème. | -livraison.remarque"})
    void reads_the_gist_of_long_french_messages(String message, String expected) {
        RefineExpect.check(KITCHEN, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Los monitores se quejan de que no hay manera de apuntar la talla de camiseta de cada socio, y luego en las carreras benéficas siempre faltan tallas. | +socio:text:Talla",
        "Ahora también vendemos bonos trimestrales y semestrales, pero en el plan solo aparecen mensual y anual, así que nadie sabe qué poner. | socio.plan[Mensual;Anual;Bono trimestral;Semestral]"})
    void reads_the_gist_of_long_spanish_messages(String message, String expected) {
        RefineExpect.check(GYM, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Beim Verleih fehlt uns wirklich die Handynummer des Kunden, weil wir sonst niemanden erreichen, wenn ein Rad nicht rechtzeitig zurückkommt. | +verleih:phone",
        "Die Größe schreibt jeder anders, mal in Zoll, mal S oder M, das sollte eigentlich eine ganze Zahl in Zentimetern sein, sonst findet man nichts. | rad.groesse=integer"})
    void reads_the_gist_of_long_german_messages(String message, String expected) {
        RefineExpect.check(CHOIR, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The weather was terrible last week and everyone came in late, it was a long day for the whole team.",
        "On a eu une semaine chargée avec les vacances scolaires, tout le monde était fatigué et les livreurs arrivaient en retard."})
    void still_refuses_messages_that_only_tell_a_story(String message) {
        RefineExpect.check(message.startsWith("On") ? KITCHEN : ROOMS, message, "error");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "We would like our caterers kept apart: name, phone and menu link, with each booking pointing at one. | true",
        "Les fournisseurs, on aimerait les gérer à part : nom, ville et délai de livraison. | true",
        "Wir bräuchten eine eigene Liste der Räume mit Name, Etage und Anzahl der Plätze. | true",
        "We keep losing track of things, so the phone number would really help. | false",
        "Il manque la date, le lieu et l'heure de fin, c'est pénible. | false"})
    void knows_when_a_message_describes_a_kind_of_its_own(String message, boolean kind) {
        // a new kind is left to the kind readers: one field named after its head would be a guess
        assertEquals(kind, GistPhrase.describesKind(new RefineClause(message)));
    }
}
