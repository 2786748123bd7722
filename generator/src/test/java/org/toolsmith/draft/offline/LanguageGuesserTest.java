package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuesserTest {
    private static final LanguageGuesser GUESSER;

    static {
        Map<Lang, Lexicon> lexicons = new EnumMap<>(Lang.class);
        for (Lang l : Lang.values()) {
            lexicons.put(l, Lexicon.load(l));
        }
        GUESSER = new LanguageGuesser(lexicons, new NlpPipeline(new NlpModels()));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "We want to track the keys that each tenant has|EN",
        "Nous voulons suivre les clés de chaque locataire|FR",
        "Queremos controlar las llaves de cada inquilino|ES",
        "Wir wollen die Schlüssel für jeden Mieter verwalten|DE",
        "Liste des clés et des locataires|FR",
    })
    void tells_the_four_languages_apart(String text, Lang expected) {
        assertEquals(expected, GUESSER.guess(text));
    }
}
