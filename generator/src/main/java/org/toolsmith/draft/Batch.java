package org.toolsmith.draft;

import java.io.InputStream;
import java.io.PrintStream;

/** The batch interface of APP-SPEC.md: JSON Lines in, one JSON line out per input line. */
public final class Batch {
    // CONTRACT (helper G implements)

    public void draft(InputStream in, PrintStream out) {
        throw new UnsupportedOperationException("not built yet");
    }

    public void refine(InputStream in, PrintStream out) {
        throw new UnsupportedOperationException("not built yet");
    }
}
