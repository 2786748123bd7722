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
        // few function words ("vendor onboarding - company name, VAT number"): field words decide
        Lang byFields = null;
        int fieldHits = 0;
        int fieldSecond = 0;
        for (Lang l : Lang.values()) {
            Lexicon lex = lexicons.get(l);
            int hits = 0;
            for (String w : words) {
                if (lex.identifier.contains(w) || lex.types.stream().anyMatch(t -> t.words().contains(w))) {
                    hits++;
                }
            }
            if (hits > fieldHits) {
                fieldSecond = fieldHits;
                fieldHits = hits;
                byFields = l;
            } else if (hits > fieldSecond) {
                fieldSecond = hits;
            }
        }
        if (byFields != null && fieldHits >= 2 && fieldHits > fieldSecond) {
            return byFields;
        }
        // "control de gastos de viaje", "Reisekostenabrechnung": every word a lexicon knows counts,
        // and a long German compound counts when it holds a type word
        Lang byAll = null;
        int allHits = 0;
        int allSecond = 0;
        for (Lang l : Lang.values()) {
            Lexicon lex = lexicons.get(l);
            int hits = 0;
            for (String w : words) {
                if (lex.stopwords.contains(w) || lex.tool.contains(w) || lex.identifier.contains(w)
                        || lex.types.stream().anyMatch(t -> t.words().contains(w))
                        || (l == Lang.DE && w.length() >= 12 && lex.types.stream().anyMatch(t -> t.words().stream()
                                .anyMatch(x -> x.length() >= 5 && w.contains(x))))) {
                    hits++;
                }
            }
            if (hits > allHits) {
                allSecond = allHits;
                allHits = hits;
                byAll = l;
            } else if (hits > allSecond) {
                allSecond = hits;
            }
        }
        if (byAll != null && words.size() <= 8 && allHits > allSecond && (allHits >= 2 || words.size() <= 2)) {
            return byAll;
        }
        return nlp.detect(text).orElse(bestHits > 0 ? best : Lang.EN);
    }
}
