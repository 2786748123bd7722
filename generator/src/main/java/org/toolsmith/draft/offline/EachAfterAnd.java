package org.toolsmith.draft.offline;

import java.util.List;

/**
 * "donante (nombre, teléfono) y cada donación con fecha, …", "the boats (name, length) and every
 * trip with …": an each-word right after "and" opens a clause about another record, whose subject
 * it is; it names no owner of the kind before it.
 */
final class EachAfterAnd {
    private EachAfterAnd() {
    }

    /** Whether the each-word at i of the folded words follows "and" (so it opens a clause of its own). */
    static boolean opensClause(Lexicon lex, List<String> words, int i) {
        return i > 0 && lex.and.contains(words.get(i - 1));
    }
}
