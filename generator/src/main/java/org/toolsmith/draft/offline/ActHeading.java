package org.toolsmith.draft.offline;

import java.util.List;

/**
 * "banco de alimentos: registrar donaciones", "Fuhrpark: Fahrten erfassen", "shop: track repairs":
 * after a heading's colon, a single item that is a recording verb and its object says what the tool
 * does; it is no field of a kind named by the heading. Read as a sentence of its own instead.
 */
final class ActHeading {
    private ActHeading() {
    }

    /** Whether the text after a colon is one short act: a record verb first (German: last) and one or two words more. */
    static boolean act(Lexicon lex, String list) {
        if (list.contains(",")) {
            return false;
        }
        List<String> w = Text.words(Text.fold(list));
        if (w.size() < 2 || w.size() > 4) {
            return false;
        }
        String verb = lex.invertedSubjects.isEmpty() ? w.get(0) : w.get(w.size() - 1);
        return lex.verbs.contains(verb) || lex.recordVerbs.contains(verb);
    }
}
