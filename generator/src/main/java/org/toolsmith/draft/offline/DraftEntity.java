package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A record kind while the draft is being read: mutable, keyed later. */
final class DraftEntity {
    String name;
    static final int MAX_FIELDS = 150;
    final List<DraftField> fields = new ArrayList<>();
    private final Map<DraftField, String> foldedLabels = new HashMap<>();
    String because;
    boolean suggested;

    DraftEntity(String name, String because) {
        this.name = name;
        this.because = because;
    }

    /** Adds a field unless one with the same label (folded) is there already. */
    boolean add(DraftField f) {
        // beyond what a spec may hold, more fields only cost time
        if (f.label.isBlank() || fields.size() >= MAX_FIELDS) {
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
        for (DraftField x : fields) {
            String folded = folded(x);
            if (folded.equals(k)) {
                return Optional.of(x);
            }
        }
        return Optional.empty();
    }

    private String folded(DraftField f) {
        String cached = foldedLabels.get(f);
        if (cached == null || !cached.startsWith(f.label.length() + ":")) {
            cached = f.label.length() + ":" + Text.fold(f.label);
            foldedLabels.put(f, cached);
        }
        return cached.substring(cached.indexOf(':') + 1);
    }

    @Override
    public String toString() {
        return name + fields;
    }
}
