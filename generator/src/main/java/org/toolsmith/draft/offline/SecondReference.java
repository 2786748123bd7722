package org.toolsmith.draft.offline;

/**
 * "Equipo local" and "equipo visitante", "home team" and "away team", "from warehouse" and "to
 * warehouse": two fields that each qualify the same kind are two links to it, not one link and a
 * stray text field.
 */
final class SecondReference {
    private SecondReference() {
    }

    /** Both labels have a word besides the kind's and they differ: each names its own role. */
    static boolean qualifiedPair(String existing, String added) {
        return Text.wordCount(existing) >= 2 && Text.wordCount(added) >= 2 && !Text.fold(existing).equals(Text.fold(added));
    }
}
