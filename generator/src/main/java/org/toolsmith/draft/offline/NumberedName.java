package org.toolsmith.draft.offline;

import java.util.List;

/**
 * A value that is a name with a number: "the Ryobi 750", "Cámara 3", "Salle 2", "Halle 4". The number
 * after a capitalised word belongs to the value, where a number after other words ("… 2 more") is cut.
 */
final class NumberedName {
    private NumberedName() {
    }

    /** Whether the last token kept, tokens[b-1], is a number that ends a name said with a capital. */
    static boolean ends(RefineClause side, List<int[]> tokens, int a, int b) {
        if (b - 2 < a || side.orig.length() != side.text.length()) {
            return false;
        }
        String last = side.text.substring(tokens.get(b - 1)[0], tokens.get(b - 1)[1]);
        String before = side.orig.substring(tokens.get(b - 2)[0], tokens.get(b - 2)[1]);
        return last.matches("\\d{1,5}") && Character.isUpperCase(before.charAt(0)) && before.length() > 1;
    }
}
