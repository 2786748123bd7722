package org.toolsmith.draft.llm;

import java.util.concurrent.atomic.AtomicBoolean;

/** Set by the studio's cancel button; the drafter stops at the next step and returns what it has. */
public final class Cancellation {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
