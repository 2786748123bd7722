package org.toolsmith.draft;

import org.toolsmith.spec.AppSpec;

/**
 * Turns a request in plain words into an app spec. Implementations: the offline engine (always
 * there) and, later, LLM-backed ones that fall back to it.
 */
public interface Drafter {
    /**
     * Drafts a valid, normalized spec.
     *
     * @throws DraftException when the request cannot be drafted (empty, too long, nothing to go
     *     on); its message tells the person what to write instead
     */
    AppSpec draft(String request);
}
