package org.toolsmith.draft.offline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by the drafting stages. */
final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** What separates words: anything but letters, digits, apostrophes, hyphens and currency signs. */
    private static final Pattern WORD_GAP = Pattern.compile("[^\\p{L}\\p{N}'\\-€$£]+");

    private Text() {
    }

    /** Lower case, accents removed, typographic quotes made plain, spaces collapsed. */
    static String fold(String s) {
        String n = Normalizer.normalize(plainQuotes(s), Normalizer.Form.NFD);
        n = MARKS.matcher(n).replaceAll("").replace('ß', 's');
        return SPACES.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * Lexicon words as one regex alternation: each word made ready by {@code prep} (e.g. folded), quoted, a space matching
     * any run of spaces; longest first when asked, so a longer phrase is tried before a word it starts with; "" when there
     * are none.
     */
    static String alternation(Iterable<? extends com.fasterxml.jackson.databind.JsonNode> words,
            java.util.function.UnaryOperator<String> prep, boolean longestFirst) {
        List<String> w = new ArrayList<>();
        words.forEach(x -> w.add(prep.apply(x.asText())));
        if (longestFirst) {
            w.sort((a, b) -> b.length() - a.length());
        }
        return String.join("|", w.stream().map(x -> Pattern.quote(x).replace(" ", "\\E\\s+\\Q")).toList());
    }

    /** An alternation that matches nothing when it is empty. */
    static String orNever(String alternation) {
        return alternation.isEmpty() ? "(?!)" : alternation;
    }

    static String plainQuotes(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u00ab', '"').replace('\u00bb', '"').replace('\u00a0', ' ').replace('\u2013', '-')
                .replace('\u2014', '-');
    }

    static String squash(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Words of folded text: letters, digits, apostrophes and inner hyphens. */
    static List<String> words(String folded) {
        List<String> out = new ArrayList<>();
        for (String w : WORD_GAP.split(folded)) {
            int from = 0;
            int to = w.length();
            while (from < to && isEdgeMark(w.charAt(from))) {
                from++;
            }
            while (to > from && isEdgeMark(w.charAt(to - 1))) {
                to--;
            }
            if (from < to) {
                out.add(w.substring(from, to));
            }
        }
        return out;
    }

    /** Hyphens and apostrophes belong inside a word ("e-mail", "l'heure"), never at its ends. */
    private static boolean isEdgeMark(char c) {
        return c == '-' || c == '\'';
    }

    static int wordCount(String s) {
        return words(fold(s)).size();
    }

    /** "in progress" → "In progress"; keeps acronyms and names as they were written. */
    static String capitalize(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return t;
        }
        int cp = t.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(cp)).append(t.substring(Character.charCount(cp)))
                .toString();
    }

    /** Whether {@code phrase} (folded) occurs in {@code folded} on word boundaries. */
    static boolean containsPhrase(String folded, String phrase) {
        return indexOfPhrase(folded, phrase) >= 0;
    }

    /** Where the phrase first stands in the folded text as whole words, or -1. */
    static int indexOfPhrase(String folded, String phrase) {
        int from = 0;
        while (true) {
            int i = folded.indexOf(phrase, from);
            if (i < 0) {
                return -1;
            }
            int end = i + phrase.length();
            boolean startOk = i == 0 || !Character.isLetterOrDigit(folded.charAt(i - 1)) || !Character.isLetterOrDigit(phrase.charAt(0));
            boolean endOk = end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end))
                    || !Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1));
            if (startOk && endOk) {
                return i;
            }
            from = i + 1;
        }
    }

    /** Where the sentence holding {@code at} starts: just after the last '.', '!', '?' or line break before it. */
    static int sentenceStart(String text, int at) {
        return Math.max(Math.max(text.lastIndexOf('.', at), text.lastIndexOf('\n', at)), Math.max(text.lastIndexOf('!', at), text.lastIndexOf('?', at))) + 1;
    }
}
