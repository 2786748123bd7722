package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * The list after an add cue ends where the chat's reasons and asides begin ({@link ListItemGate}):
 * phrasing of our own on a riding school (horses and lessons); nothing else may change ({@link RefineExpect}).
 */
class ListItemGateTest {
    static final AppSpec STABLE = RefineFixtures.spec("""
            {"spec": 1, "name": "Riding school", "entities": [
              {"key": "horse", "name": "Horse", "plural": "Horses", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "breed", "label": "Breed", "type": "text"},
                {"key": "box", "label": "Box", "type": "text"}]},
              {"key": "lesson", "name": "Lesson", "plural": "Lessons", "fields": [
                {"key": "horse", "label": "Horse", "type": "reference", "target": "horse", "required": true},
                {"key": "rider", "label": "Rider", "type": "text"},
                {"key": "starts", "label": "Starts", "type": "datetime"},
                {"key": "level", "label": "Level", "type": "choice", "options": ["Beginner", "Advanced"]}]}]}
            """);

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "EN | especially when the farrier comes on Mondays | STOP",
        "EN | which is what the vet asked for | STOP",
        "EN | we check it every spring | STOP",
        "EN | to see whether the feed lasts | STOP",
        "EN | in kilos | SKIP",
        "EN | for the annual report | SKIP",
        "EN | the farrier's phone number | KEEP",
        "EN | who shod it | KEEP",
        "EN | whether it was paid | KEEP",
        "EN | when | KEEP",
        "FR | surtout quand le maréchal-ferrant passe | STOP",
        "FR | qu'il faut prévenir tout le monde | STOP",
        "FR | ça va | STOP",
        "FR | on perd sa trace | STOP",
        "FR | la date du dernier parage | KEEP",
        "FR | qui l'a ferré | KEEP",
        "ES | que el veterinario la pide siempre | STOP",
        "ES | porque los menores no pagan | STOP",
        "ES | separar los caballos | SKIP",
        "ES | un sí o no basta | SKIP",
        "ES | como pasó el año pasado | STOP",
        "ES | la fecha de la última herradura | KEEP",
        "ES | si está herrado | KEEP",
        "DE | das wiegen wir im Herbst | STOP",
        "DE | um zu sehen | STOP",
        "DE | dafür | SKIP",
        "DE | das Gewicht des Pferdes | KEEP",
        "DE | um wie viel Uhr | KEEP",
        "DE | wer ihn beschlagen hat | KEEP",
        "EN | haha | SKIP",
        "EN | seriously though | SKIP",
        "ES | por cierto | SKIP",
        "ES | vienen las quejas | STOP",
        "FR | arrivent les cavaliers | STOP",
        "ES | el origen del caballo | KEEP",
        // a result said as a connector (session 17): "that way", "ainsi on", "así sabemos", "so sehen wir"
        "EN | that way the stable hand knows | STOP",
        "FR | ainsi on sait qui l'a monté | STOP",
        "FR | de cette façon le moniteur voit tout | STOP",
        "ES | así sabemos quién lo montó | STOP",
        "ES | así no se pierde ningún recibo | STOP",
        "ES | de esta manera el jinete lo ve | STOP",
        "DE | so sehen wir, wer geritten ist | STOP",
        "DE | auf diese Weise weiß der Hufschmied Bescheid | STOP",
        "ES | la raza del caballo | KEEP",
        "DE | die Sattelgröße | KEEP"})
    void tells_where_the_list_ends(Lang lang, String item, ListItemGate.Verdict verdict) {
        assertEquals(verdict, ListItemGate.judge(lang, new RefineClause(item), false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a time said first is a story | DE | nach dem Turnier letzte Woche auf der Koppel | STOP",
        "a unit later in the list is skipped | EN | in kilos | SKIP"})
    void a_circumstance_first_ends_the_list(String why, Lang lang, String item, ListItemGate.Verdict verdict) {
        assertEquals(verdict, ListItemGate.judge(lang, new RefineClause(item), !item.startsWith("in ")));
    }

    static final AppSpec ECURIE = RefineFixtures.spec("""
            {"spec": 1, "name": "Écurie", "entities": [
              {"key": "cheval", "name": "Cheval", "plural": "Chevaux", "fields": [
                {"key": "nom", "label": "Nom", "type": "text", "required": true},
                {"key": "race", "label": "Race", "type": "text"}]},
              {"key": "lecon", "name": "Leçon", "plural": "Leçons", "fields": [
                {"key": "cheval", "label": "Cheval", "type": "reference", "target": "cheval", "required": true},
                {"key": "cavalier", "label": "Cavalier", "type": "text"}]}]}
            """);
    static final AppSpec CUADRA = RefineFixtures.spec("""
            {"spec": 1, "name": "Cuadra", "entities": [
              {"key": "caballo", "name": "Caballo", "plural": "Caballos", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true},
                {"key": "raza", "label": "Raza", "type": "text"}]}]}
            """);
    static final AppSpec STALL = RefineFixtures.spec("""
            {"spec": 1, "name": "Reitstall", "entities": [
              {"key": "pferd", "name": "Pferd", "plural": "Pferde", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "rasse", "label": "Rasse", "type": "text"}]}]}
            """);

    @org.junit.jupiter.api.Test
    void the_reasons_after_the_thing_add_nothing() {
        RefineExpect.check(STABLE, "please add the weight of each horse, we weigh them in spring, to see whether hay, oats and minerals last the winter",
                "+horse:decimal:Weight");
        RefineExpect.check(ECURIE, "ajoutez le numéro du vétérinaire de chaque cheval, surtout quand un cheval tombe malade le week-end et qu'il faut appeler vite",
                "+cheval:text:Numéro du vétérinaire");
        RefineExpect.check(CUADRA, "añadid la talla de la silla, que el herrero la pregunta siempre", "+caballo:text:Talla de la silla");
        RefineExpect.check(STALL, "Beim Pferd fehlt uns noch das Gewicht, das wiegen wir im Frühjahr, um zu sehen, ob Heu, Hafer und Mineralfutter reichen",
                "+pferd:decimal:Gewicht");
    }

    @org.junit.jupiter.api.Test
    void verdicts_and_prefaces_add_no_field() {
        RefineExpect.check(ECURIE, "Le nom, ça va, la race aussi. Par contre ajoutez la date du dernier vaccin.", "+cheval:date:Date du dernier vaccin");
        RefineExpect.check(STABLE, "The name is fine, the breed too. Add a last vaccination date on each horse, please.", "+horse:date:Last vaccination date");
        RefineExpect.check(CUADRA, "Y lo importante: añadid la fecha de la última herradura.", "+caballo:date:Fecha de la última herradura");
    }

    @org.junit.jupiter.api.Test
    void a_question_about_something_else_adds_nothing() {
        RefineExpect.check(STABLE, "Who chose the lesson levels, by the way? Add the horse's height please.", "+horse:decimal:Height");
        RefineExpect.check(STABLE, "Add the horse's height. Why are lessons a separate list, out of curiosity?", "+horse:decimal:Height");
        RefineExpect.check(STALL, "Wer hat eigentlich die Rassen eingetragen? Bitte beim Pferd noch das Stockmaß ergänzen.", "+pferd:text:Stockmaß");
    }

    @org.junit.jupiter.api.Test
    void a_question_followed_by_add_that_still_names_the_field() {
        RefineExpect.check(STABLE, "Who shoes each horse? Add that.", "+horse:person");
    }

    @org.junit.jupiter.api.Test
    void prefaces_and_asides_in_passing_are_left_out() {
        assertEquals("añadid la fecha", DiscoursePreface.strip("Lo importante: añadid la fecha"));
        assertEquals("add the colour and the height", DiscoursePreface.strip("add the colour and, while we're at it, the height"));
        assertEquals("ajoutez la robe et la taille", DiscoursePreface.strip("ajoutez la robe et, tant qu'on y est, la taille"));
        assertEquals("Status: add Lame", DiscoursePreface.strip("Status: add Lame"));
    }

    @org.junit.jupiter.api.Test
    void values_after_a_name_are_short_and_no_sentence() {
        assertTrue(ListItemGate.valueLike(Lang.EN, List.of("good", "fair", "poor")));
        assertTrue(ListItemGate.valueLike(Lang.ES, List.of("Principiante", "Avanzado", "Competición")));
        assertFalse(ListItemGate.valueLike(Lang.FR, List.of("notre premier critère", "c'est le nombre de sorties", "il faudrait le noter")));
        assertFalse(ListItemGate.valueLike(Lang.EN, List.of("it's now Paddock A", "Paddock C")));
    }
}
