package org.toolsmith.draft.offline;

import java.util.Map;

/**
 * Which of the four languages a request is in: common words first (short requests are too short
 * for a statistical model), the OpenNLP language model when the words do not tell.
 */
final class LanguageGuesser {
    private final Map<Lang, Lexicon> lexicons;
    private final NlpPipeline nlp;

    LanguageGuesser(Map<Lang, Lexicon> lexicons, NlpPipeline nlp) {
        this.lexicons = lexicons;
        this.nlp = nlp;
    }

    Lang guess(String text) {
        var words = Text.words(Text.fold(text));
        Lang best = Lang.EN;
        int bestHits = -1;
        int second = -1;
        for (Lang l : Lang.values()) {
            Lexicon lex = lexicons.get(l);
            int hits = 0;
            for (String w : words) {
                if (lex.stopwords.contains(w)) {
                    hits++;
                }
            }
            if (hits > bestHits) {
                second = bestHits;
                bestHits = hits;
                best = l;
            } else if (hits > second) {
                second = hits;
            }
        }
        if (bestHits >= 2 && bestHits > second) {
            return best;
        }
        return nlp.detect(text).orElse(bestHits > 0 ? best : Lang.EN);
    }
}
