package org.toolsmith.draft;

import java.util.List;
import org.toolsmith.spec.AppSpec;

/** The result of a refinement: the new spec and each change in plain words. */
public record Refinement(AppSpec spec, List<String> changes) {
    public Refinement {
        changes = List.copyOf(changes);
    }

    /** The changes as one sentence list for the person, e.g. "Added Department (text). Removed Notes." */
    public String summary() {
        return changes.isEmpty() ? "Nothing changed." : String.join(" ", changes);
    }
}
