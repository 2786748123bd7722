package org.toolsmith.runtime.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedSessionStoreTest {
    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static <T> T get(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void drops_the_oldest_sessions_past_the_ceiling() throws Exception {
        BoundedSessionStore store = new BoundedSessionStore(vertx, 3);
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Session s = store.createSession(60_000);
            s.put("n", i);
            get(store.put(s));
            sessions.add(s);
        }
        assertEquals(3, get(store.size()));
        assertNull(get(store.get(sessions.get(0).id())));
        assertNull(get(store.get(sessions.get(1).id())));
        assertNotNull(get(store.get(sessions.get(4).id())));
        get(store.put(sessions.get(4)));
        assertEquals(3, get(store.size()), "storing a known session again drops nothing");
    }
}
