package org.toolsmith.draft.offline;

import java.util.List;

/**
 * "Ein Patient kann viele Termine haben", "un patient peut avoir beaucoup de rendez-vous", "un
 * cliente puede tener varios equipos": the has-verb comes after "several" and its noun (German
 * verb-last word order) or as an infinitive after a modal. Such a sentence says the one side of a
 * many-to-one link, not a pairing of people and things.
 */
final class HasAfter {
    private HasAfter() {
    }

    /** Whether an infinitive have-verb is before "several", or a has-verb among the first words after "several" (its noun, the verb), before any comma. */
    static boolean said(Lexicon lex, String before, String after) {
        if (Text.words(before).stream().anyMatch(lex.hasInfinitives::contains)) {
            return true;
        }
        String clause = after.split("[,;:.(]")[0];
        List<String> w = Text.words(clause);
        return w.subList(0, Math.min(w.size(), 4)).stream().anyMatch(x -> lex.has.contains(x) || lex.hasInfinitives.contains(x));
    }
}
