package org.toolsmith.draft.offline;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The drafter's lexicons, loaded once on first use, and the language of a chat message by its
 * function words (a message is short and the spec's own labels tell too; English when unsure).
 * Thread-safe once loaded: the lexicons never change.
 */
final class RefineLanguage {
    private volatile Map<Lang, Lexicon> lexicons;
    private volatile RefineGlossary glossary;

    RefineGlossary glossary() {
        RefineGlossary g = glossary;
        if (g == null) {
            synchronized (this) {
                g = glossary;
                if (g == null) {
                    g = RefineGlossary.load();
                    glossary = g;
                }
            }
        }
        return g;
    }

    Lexicon lexicon(Lang lang) {
        return all().get(lang);
    }

    /** The language whose function words the message (and the labels it is about) use most. */
    Lang guess(String message, List<String> labels) {
        Map<Lang, Lexicon> lex = all();
        List<String> words = Text.words(Text.fold(message));
        List<String> labelWords = Text.words(Text.fold(String.join(" ", labels)));
        Lang best = Lang.EN;
        int bestScore = 0;
        for (Lang l : Lang.values()) {
            Lexicon x = lex.get(l);
            int score = 0;
            for (String w : words) {
                score += x.stopwords.contains(w) ? 3 : 0;
            }
            for (String w : labelWords) {
                score += x.types.stream().anyMatch(t -> t.words().contains(w)) ? 1 : 0;
            }
            if (score > bestScore) {
                bestScore = score;
                best = l;
            }
        }
        return best;
    }

    private Map<Lang, Lexicon> all() {
        Map<Lang, Lexicon> m = lexicons;
        if (m == null) {
            synchronized (this) {
                m = lexicons;
                if (m == null) {
                    Map<Lang, Lexicon> loaded = new EnumMap<>(Lang.class);
                    for (Lang l : Lang.values()) {
                        loaded.put(l, Lexicon.load(l));
                    }
                    m = Map.copyOf(loaded);
                    lexicons = m;
                }
            }
        }
        return m;
    }
}
