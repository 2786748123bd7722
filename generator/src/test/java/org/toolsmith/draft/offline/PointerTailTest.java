package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * A tail that only points back at the need said before it ("… ? can we keep that", "… - à garder", "… bitte
 * mit aufnehmen") is cut; a kind it names puts the need on that kind. Tails that name a detail of their own stay.
 */
class PointerTailTest {
    private static final AppSpec SPEC = RefineFixtures.spec("""
            {"spec": 1, "name": "Boats", "entities": [
              {"key": "boat", "name": "Boat", "plural": "Boats", "fields": [
                {"key": "hull", "label": "Hull", "type": "text", "required": true}]},
              {"key": "trip", "name": "Trip", "plural": "Trips", "fields": [
                {"key": "boat", "label": "Boat", "type": "reference", "target": "boat"}]}]}
            """);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            EN | what fuel did it use? we ought to log that                 | what fuel did it use?
            EN | who skippered it - please record                           | who skippered it
            EN | how far did it go? it'd be handy to have that on the trips | for each trip, how far did it go?
            EN | does it have a licence? we should                          | does it have a licence?
            FR | qui était à la barre, il faudrait le noter                 | qui était à la barre
            ES | ¿quién la patroneó? tenemos que registrarlo                | ¿quién la patroneó?
            DE | wie weit ging die Fahrt? bitte eintragen                   | wie weit ging die Fahrt?
            DE | wer war Skipper? das müssen wir auch vermerken             | wer war Skipper?
            """)
    void a_pointing_tail_is_cut(String lang, String message, String left) {
        assertEquals(left, PointerTail.cut(SPEC, Lang.valueOf(lang), message));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            EN | add the fuel type, record the engine hours too
            EN | please add it
            EN | we opened a new marina - add it to the list
            EN | our boats reach two new harbours, please add it to the ports?
            FR | quel carburant ? c'est à garder pour chaque trajet
            EN | track the skipper and note the weather
            FR | ajoute le carburant, à noter la météo aussi
            ES | añade el patrón y anota el tiempo
            DE | bitte festhalten
            DE | Kraftstoff ergänzen und die Motorstunden eintragen
            """)
    void other_tails_stay(String lang, String message) {
        assertEquals(message, PointerTail.cut(SPEC, Lang.valueOf(lang), message));
    }
}
