package org.toolsmith.draft.llm;

import org.toolsmith.spec.AppSpec;

/**
 * Parses the scripts of a spec's logic without running them. The generator cannot (the sandbox is
 * the runtime's); the runtime passes its own ({@code Logic::checkScripts}), so that a script the AI
 * service wrote and that does not parse never reaches a draft.
 */
@FunctionalInterface
public interface ScriptCheck {
    /**
     * @throws org.toolsmith.spec.SpecException naming each script that does not parse by its path
     *         ({@code $.rules[0].script}); any other exception means the scripts could not be checked
     */
    void check(AppSpec spec);

    /** No parse check (the batch interface, the generator's tests): the structure is still validated. */
    ScriptCheck NONE = spec -> { };
}
