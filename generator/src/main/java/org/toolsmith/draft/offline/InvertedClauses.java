package org.toolsmith.draft.offline;

import java.util.List;

/**
 * German word order: after a lead phrase the verb comes second and the subject after it ("Für jede
 * Rechnung erfassen wir den Lieferanten, …", "Wareneingänge buchen wir mit Teil, Menge, …",
 * "Außerdem wollen wir die Zahlungen festhalten: …"). Nouns are capitalised, verbs are not, which
 * tells the verb before the subject from a noun. The subjects come from the lexicon
 * ({@code inverted_subjects}); a language without them is left alone.
 */
final class InvertedClauses {
    private InvertedClauses() {
    }

    /** "erfassen wir den Lieferanten" → "den Lieferanten"; null when the text does not open that way. */
    static String cutLead(Lexicon lex, String text) {
        int at = subjectAt(lex, text, 4);
        if (at < 0) {
            return null;
        }
        String[] w = text.strip().split("\\s+");
        String rest = String.join(" ", List.of(w).subList(at + 1, w.length)).strip();
        return rest.isEmpty() ? null : rest;
    }

    /**
     * The kind a heading with an inverted subject names: the noun after the subject ("wollen wir die
     * Beitragszahlungen festhalten" → "Beitragszahlungen"), else the one before the verb
     * ("Wareneingänge buchen wir" → "Wareneingänge"); null when there is none.
     */
    static String kind(Lexicon lex, String head) {
        int at = subjectAt(lex, head, 6);
        if (at < 0) {
            return null;
        }
        String[] w = head.strip().split("\\s+");
        for (int i = at + 1; i < w.length; i++) {
            String f = Text.fold(w[i]);
            if (lex.articles.contains(f) || lex.possessives.contains(f)) {
                continue;
            }
            if (noun(w[i]) && lex.tool.contains(f) && i + 1 < w.length) {
                // "eine Liste der Lieferanten": the list is the tool, its entries the kind
                continue;
            }
            if (noun(w[i])) {
                return clean(w[i]);
            }
            break;
        }
        // the words before the verb: the first noun ("Schäden an den Fahrzeugen wollen wir …" → Schäden), past an
        // opening adverb
        for (int i = 0; i <= at - 2; i++) {
            String f = Text.fold(w[i]);
            if (noun(w[i]) && !lex.stopwords.contains(f) && !lex.articles.contains(f) && !lex.pronouns.contains(f)) {
                return clean(w[i]);
            }
        }
        return null;
    }

    /**
     * "Buchungen kommen per Telefon oder E-Mail: …" → "Buchungen": a heading that opens on a noun
     * followed by its verb names that noun; null otherwise (also for languages without capitals that tell nouns).
     */
    static String subjectKind(Lexicon lex, String head) {
        if (lex.invertedSubjects.isEmpty()) {
            return null;
        }
        String[] w = head.strip().split("\\s+");
        if (w.length < 3 || !noun(w[0]) || !verb(w[1])) {
            return null;
        }
        String f0 = Text.fold(w[0]);
        String f1 = Text.fold(w[1]);
        if (lex.pronouns.contains(f0) || lex.invertedSubjects.contains(f0) || lex.stopwords.contains(f0) || lex.articles.contains(f0)
                || lex.npStop.contains(f1) || lex.articles.contains(f1) || lex.stopwords.contains(f1) || lex.and.contains(f1)
                || lex.withWords.contains(f1) || lex.forEach.contains(f1)) {
            return null;
        }
        return clean(w[0]);
    }

    /** Index of the subject when the word before it is a verb (lower case), within the first {@code max} words. */
    private static int subjectAt(Lexicon lex, String text, int max) {
        if (lex.invertedSubjects.isEmpty()) {
            return -1;
        }
        String[] w = text.strip().split("\\s+");
        for (int i = 1; i < Math.min(max, w.length); i++) {
            if (lex.invertedSubjects.contains(Text.fold(w[i])) && verb(w[i - 1])) {
                return i;
            }
        }
        return -1;
    }

    private static boolean verb(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && word.chars().allMatch(Character::isLetter);
    }

    private static boolean noun(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && word.length() > 2;
    }

    private static String clean(String word) {
        return word.replaceAll("[^\\p{L}-]+$", "");
    }
}
