package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import org.toolsmith.spec.FieldType;

/** A field while the draft is being read: mutable, keyed later. */
final class DraftField {
    String label;
    FieldType type;
    List<String> options = new ArrayList<>();
    /** For a reference: the name of the record kind it points at, as written. */
    String target;
    boolean suggested;
    /** Found in running text rather than a list: dropped when it cannot be placed. */
    boolean narrative;
    String because;

    DraftField(String label, FieldType type, String because) {
        this.label = label;
        this.type = type;
        this.because = because;
    }

    DraftField options(List<String> values) {
        options = new ArrayList<>(values);
        return this;
    }

    @Override
    public String toString() {
        return label + "/" + type.json() + (options.isEmpty() ? "" : options) + (target == null ? "" : "->" + target);
    }
}
