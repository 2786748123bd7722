package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A record kind while the draft is being read: mutable, keyed later. */
final class DraftEntity {
    String name;
    final List<DraftField> fields = new ArrayList<>();
    String because;
    boolean suggested;

    DraftEntity(String name, String because) {
        this.name = name;
        this.because = because;
    }

    /** Adds a field unless one with the same label (folded) is there already. */
    boolean add(DraftField f) {
        if (f.label.isBlank()) {
            return false;
        }
        Optional<DraftField> same = find(f.label);
        if (same.isPresent()) {
            // a field read from a list beats one guessed from running text
            if (same.get().narrative && !f.narrative) {
                fields.set(fields.indexOf(same.get()), f);
                return true;
            }
            return false;
        }
        fields.add(f);
        return true;
    }

    Optional<DraftField> find(String label) {
        String k = Text.fold(label);
        return fields.stream().filter(x -> Text.fold(x.label).equals(k)).findFirst();
    }

    @Override
    public String toString() {
        return name + fields;
    }
}
