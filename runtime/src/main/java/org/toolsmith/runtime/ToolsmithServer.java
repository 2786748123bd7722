package org.toolsmith.runtime;

import org.toolsmith.runtime.system.Config;

/** The running server: Vert.x HTTP, the database and the route classes. */
public final class ToolsmithServer implements AutoCloseable {
    // CONTRACT (helper R implements)

    /** Opens the database, runs migrations, starts HTTP; returns once it accepts requests. */
    public static ToolsmithServer start(Config config) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Blocks until {@link #close()} has run. */
    public void awaitClose() throws InterruptedException {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Stops HTTP, then closes the database cleanly. Idempotent. */
    @Override
    public void close() {
    }
}
