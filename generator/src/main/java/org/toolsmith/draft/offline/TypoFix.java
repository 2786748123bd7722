package org.toolsmith.draft.offline;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Misspelled field words mended before reading, so that "owners phnoe number", "milage at start" and
 * "telefonnumer" get the type their words say. Only against the {@link FieldVocabulary} (a word the
 * engine does not know as a field word is never touched), only words of five letters or more, only
 * one slip, the first letter right, and only when exactly one
 * field word is that close (see {@link #close}); a word that is a field word with an ending
 * ("noted", "dated", "costing") is no slip.
 */
final class TypoFix {
    private TypoFix() {
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");
    private static final int MIN_LENGTH = 5;
    private static final int DROPPED_LETTER_LENGTH = 7;
    private static final java.util.List<String> ENDINGS = java.util.List.of("s", "es", "d", "ed", "r", "er", "n", "en", "e",
            "ing", "ly", "ion", "t", "te", "ten");

    static String fix(Lexicon lex, String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        FieldVocabulary v = FieldVocabulary.of(lex);
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group();
            String mended = lex.lang == Lang.FR ? elided(v, word) : null;
            mended = mended != null ? mended : mend(lex, v, word);
            m.appendReplacement(out, Matcher.quoteReplacement(mended == null ? word : mended));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** French elisions typed without their apostrophe: "jai", "dun", "cest", "quil", "letat", "ladresse". */
    private static final java.util.Map<String, Set<String>> ELISIONS = java.util.Map.of(
            "j", Set.of("ai", "aimerais", "aimerions", "aime", "en", "y"),
            "d", Set.of("un", "une", "en"),
            "l", Set.of("un", "on"),
            "qu", Set.of("il", "ils", "elle", "elles", "on", "un", "une", "en"),
            "c", Set.of("est", "etait"),
            "n", Set.of("est", "ai", "a"),
            "s", Set.of("il", "ils"));

    static String elided(FieldVocabulary v, String word) {
        String w = Text.fold(word);
        if (w.length() < 3 || v.words.contains(w) || v.function.contains(w) || !word.chars().allMatch(Character::isLetter)) {
            return null;
        }
        for (var e : ELISIONS.entrySet()) {
            String p = e.getKey();
            if (!w.startsWith(p) || w.length() <= p.length()) {
                continue;
            }
            String rest = w.substring(p.length());
            // "letat", "dadresse": the article or "de" before a field word that opens with a vowel
            boolean field = (p.equals("l") || p.equals("d")) && rest.length() >= 4 && "aeiouhy".indexOf(rest.charAt(0)) >= 0
                    && v.words.contains(rest);
            if (e.getValue().contains(rest) || field) {
                return word.substring(0, p.length()) + "'" + word.substring(p.length());
            }
        }
        return null;
    }

    /** The field word a misspelled word stands for, or null. */
    static String mend(Lexicon lex, FieldVocabulary v, String word) {
        String w = Text.fold(word);
        if (w.length() < MIN_LENGTH || !w.chars().allMatch(Character::isLetter) || known(lex, v, w)
                || word.length() > 1 && word.substring(1).chars().anyMatch(Character::isUpperCase)) {
            return null;
        }
        String best = null;
        for (String c : v.words) {
            if (c.length() < MIN_LENGTH || c.charAt(0) != w.charAt(0) || Math.abs(c.length() - w.length()) > 2
                    || inflected(w, c) || !close(w, c)) {
                continue;
            }
            if (best != null && !best.equals(c)) {
                return null; // two field words this close: no guess
            }
            best = c;
        }
        if (best == null) {
            return null;
        }
        return Character.isUpperCase(word.codePointAt(0)) ? Text.capitalize(best) : best;
    }

    private static boolean known(Lexicon lex, FieldVocabulary v, String w) {
        return v.words.contains(w) || v.function.contains(w) || v.isFieldWord(w)
                || v.words.contains(Inflector.singularWord(lex.lang, w));
    }

    private static boolean inflected(String w, String c) {
        for (String e : ENDINGS) {
            if (w.equals(c + e) || c.equals(w + e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two kinds of slip only, the ones that rarely make another real word: two neighbouring letters
     * swapped ("phnoe", "emial"), and one letter left out ("milage", "adress", "telefonnumer") when
     * the field word is seven letters or more or the letter left out is a doubled one. A letter typed
     * for another ("prize", "approved" for "approver") and a letter too many ("sports" for "spots")
     * make real words too often.
     */
    private static boolean close(String w, String c) {
        if (w.length() == c.length()) {
            return swapped(w, c);
        }
        if (c.length() != w.length() + 1) {
            return false;
        }
        for (int i = 0; i < c.length(); i++) {
            if (i == w.length() || w.charAt(i) != c.charAt(i)) {
                boolean doubled = i > 0 && c.charAt(i - 1) == c.charAt(i) || i + 1 < c.length() && c.charAt(i + 1) == c.charAt(i);
                // not near the end, where words of one family differ ("emprunter", "emprunteur")
                return w.substring(i).equals(c.substring(i + 1)) && (i < c.length() - 2 || doubled)
                        && (c.length() >= DROPPED_LETTER_LENGTH || doubled);
            }
        }
        return false;
    }

    /** "phnoe" for "phone": two neighbouring letters swapped. */
    private static boolean swapped(String w, String c) {
        if (w.length() != c.length()) {
            return false;
        }
        for (int i = 0; i < w.length() - 1; i++) {
            if (w.charAt(i) != c.charAt(i)) {
                return w.charAt(i) == c.charAt(i + 1) && w.charAt(i + 1) == c.charAt(i)
                        && w.substring(i + 2).equals(c.substring(i + 2));
            }
        }
        return false;
    }
}
