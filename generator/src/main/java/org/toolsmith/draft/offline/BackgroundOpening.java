package org.toolsmith.draft.offline;

import java.util.List;

/**
 * "We sell flowers to hotels and offices, and people text us at all hours.", "Les écoles nous prennent des vélos,
 * des casques …": an opening sentence in which the writer tells their situation is no list of fields. It
 * is read as background, and its nouns give no kind, when nothing is drafted yet, the sentence speaks in the first
 * person, says no colon, bracket or dash, and none of the words that open a list of details (a wish in any person, a have-verb or
 * with-word, a recording verb, "a tool", "we have"; a "for each" has named its kind before this is asked), while the
 * request goes on to give its lists with a colon or a bracket.
 */
final class BackgroundOpening {
    private BackgroundOpening() {
    }

    static boolean is(Lexicon lex, List<DraftEntity> drafted, String request, String s) {
        if (!drafted.isEmpty() || lex.firstPerson.isEmpty() || s.indexOf(':') >= 0 || s.indexOf('(') >= 0 || s.contains(" - ")
                || s.contains(" – ") || request.indexOf(':') < 0 && request.indexOf('(') < 0) {
            return false;
        }
        List<String> w = Text.words(Text.fold(s));
        if (w.stream().noneMatch(lex.firstPerson::contains)) {
            return false;
        }
        String joined = " " + String.join(" ", w) + " ";
        for (List<String> opening : List.of(lex.wants, lex.firstPersonWishes, lex.weHave, lex.has, lex.withWords, lex.something, lex.recordVerbs)) {
            for (String o : opening) {
                if (o.length() > 1 && joined.contains(" " + o + " ")) {
                    return false;
                }
            }
        }
        return true;
    }
}
