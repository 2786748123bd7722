package org.toolsmith.draft.offline;

/**
 * A noun right after an each-word names records, never the app itself: "For each application: which
 * funder, …" is about grant applications, though "application" alone is one of the lexicon's {@code tool}
 * words ("a small application to track …"). The each-words are the lexicon's {@code for_each} phrases,
 * without "per"-words ("per", "par", "pro"), which also open units ("per application fee").
 */
final class EachNoun {
    private EachNoun() {
    }

    /** Whether {@code word} follows an each-word in {@code head} ("for each application", "chaque demande"). */
    static boolean after(Lexicon lex, String head, String word) {
        String f = " " + Text.fold(head) + " ";
        String w = Text.fold(word);
        for (String fe : lex.forEach) {
            if (!lex.per.contains(fe) && f.contains(" " + fe + " " + w + " ")) {
                return true;
            }
        }
        return false;
    }
}
