package org.toolsmith.draft;

import org.toolsmith.spec.AppSpec;

/** Applies a chat message ("also track the department") to a spec. */
public interface Refiner {
    /**
     * Applies the edits the message asks for, and nothing else.
     *
     * @return the refined spec (valid and normalized) and what changed, in plain words
     * @throws DraftException when the message cannot be understood; its message says what the
     *     refiner can do, and the spec is left as it was
     */
    Refinement refine(AppSpec spec, String message);
}
