package org.toolsmith.draft.offline;

import java.util.List;

/**
 * A field whose label is, word for word, the name of another drafted kind ("Prêt : le livre, l'élève, …"
 * with Livre drafted) names that kind, even when the word alone reads as a state ("livre" as
 * "livré", yes/no).
 */
final class KindNamedField {
    private KindNamedField() {
    }

    /** Whether the label is one word spelled as another kind's name. */
    static boolean sameWord(String label, List<DraftEntity> entities, DraftEntity owner) {
        if (label == null || label.strip().contains(" ")) {
            return false;
        }
        String f = Text.fold(label.strip());
        return entities.stream().anyMatch(x -> x != owner && x.name != null && Text.fold(x.name).equals(f));
    }
}
