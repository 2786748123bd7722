package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The "and" patterns each lexicon compiles once (they were built from the word list on every call before). */
class LexiconAndPatternsTest {
    private static String trailing(Lang lang, String s) {
        return Lexicon.load(lang).trailingAnd.matcher(s).replaceAll("");
    }

    private static List<String> items(Lang lang, String s) {
        return List.of(Lexicon.load(lang).enumerationGap.split(s));
    }

    @Test
    void aLeftOverAndAtTheEndGoes() {
        assertEquals("we keep the boats", trailing(Lang.EN, "we keep the boats, and "));
        assertEquals("nous gardons les vélos", trailing(Lang.FR, "nous gardons les vélos et"));
        assertEquals("guardamos las mesas", trailing(Lang.ES, "guardamos las mesas, y"));
        assertEquals("wir führen die Zimmer", trailing(Lang.DE, "wir führen die Zimmer und "));
        // not at the end, or part of a longer word: stays
        assertEquals("boats and oars", trailing(Lang.EN, "boats and oars"));
        assertEquals("the brand", trailing(Lang.EN, "the brand"));
    }

    @Test
    void caseOnlyMattersForTheAnyCaseVariant() {
        assertEquals("Boats", Lexicon.load(Lang.EN).trailingAndAnyCase.matcher("Boats AND").replaceAll(""));
        assertEquals("Boats AND", trailing(Lang.EN, "Boats AND"));
    }

    @Test
    void anOpeningAndGoes() {
        assertEquals("the tools", Lexicon.load(Lang.EN).leadingAnd.matcher("and the tools").replaceFirst(""));
        assertEquals("les outils", Lexicon.load(Lang.FR).leadingAnd.matcher("et les outils").replaceFirst(""));
        assertEquals("andere Werkzeuge", Lexicon.load(Lang.DE).leadingAnd.matcher("andere Werkzeuge").replaceFirst(""));
    }

    @Test
    void anEnumerationSplitsOnCommasAndAnd() {
        assertEquals(List.of("shelves", "boxes", "labels"), items(Lang.EN, "shelves, boxes and labels"));
        assertEquals(List.of("étagères", "boîtes", "étiquettes"), items(Lang.FR, "étagères; boîtes et étiquettes"));
        assertEquals(List.of("estantes", "cajas", "etiquetas"), items(Lang.ES, "estantes, cajas, y etiquetas"));
        assertEquals(List.of("Regale", "Kisten", "Etiketten"), items(Lang.DE, "Regale, Kisten sowie Etiketten"));
        assertEquals(List.of("landing page"), items(Lang.EN, "landing page"));
    }
}
