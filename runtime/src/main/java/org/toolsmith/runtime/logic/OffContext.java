package org.toolsmith.runtime.logic;

import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import java.util.function.Supplier;

/**
 * Runs blocking sandbox work without holding the HTTP verticle: a virtual-thread verticle takes one
 * event at a time unless it awaits a Vert.x future, so a script that runs for its whole limit (2 s,
 * or what an admin set) would hold back every other request on that verticle's connections. On such
 * a context the work runs on its own virtual thread and is awaited the Vert.x way; anywhere else
 * (the scheduler, tests, the CLI) it simply runs. Same pattern as {@code studio.DraftStream}.
 */
final class OffContext {
    private OffContext() {
    }

    static <T> T call(Supplier<T> work) {
        Context ctx = Vertx.currentContext();
        if (ctx == null || ctx.threadingModel() != ThreadingModel.VIRTUAL_THREAD || !Thread.currentThread().isVirtual()) {
            return work.get();
        }
        Promise<T> done = Promise.promise();
        Thread.ofVirtual().name("toolsmith-script-call").start(() -> {
            try {
                done.complete(work.get());
            } catch (Throwable t) {
                done.fail(t);
            }
        });
        return done.future().await();
    }
}
