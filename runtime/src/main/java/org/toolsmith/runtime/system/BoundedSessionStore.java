package org.toolsmith.runtime.system;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Session;
import io.vertx.ext.web.sstore.LocalSessionStore;
import io.vertx.ext.web.sstore.SessionStore;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Vert.x's in-memory session store with a ceiling: every page request without a cookie makes a
 * session (for its CSRF token), so a client that never sends cookies could otherwise fill the
 * memory. Past {@link #DEFAULT_MAX} sessions, the oldest are dropped first; their owners see a
 * "reload the page" message on their next form.
 */
public final class BoundedSessionStore implements SessionStore {
    /** About 30 MB of sessions. */
    public static final int DEFAULT_MAX = 50_000;

    private final SessionStore delegate;
    private final int max;
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private final Queue<String> order = new ConcurrentLinkedQueue<>();

    public BoundedSessionStore(Vertx vertx, int max) {
        this.delegate = LocalSessionStore.create(vertx);
        this.max = max;
    }

    @Override
    public Future<Void> put(Session session) {
        if (known.add(session.id())) {
            order.add(session.id());
            while (known.size() > max) {
                String oldest = order.poll();
                if (oldest == null) {
                    break;
                }
                if (known.remove(oldest)) {
                    delegate.delete(oldest);
                }
            }
        }
        return delegate.put(session);
    }

    @Override
    public Future<Void> delete(String id) {
        known.remove(id);
        return delegate.delete(id);
    }

    @Override
    public Future<Void> clear() {
        known.clear();
        order.clear();
        return delegate.clear();
    }

    @Override
    public SessionStore init(Vertx vertx, JsonObject options) {
        return this;
    }

    @Override
    public long retryTimeout() {
        return delegate.retryTimeout();
    }

    @Override
    public Session createSession(long timeout) {
        return delegate.createSession(timeout);
    }

    @Override
    public Session createSession(long timeout, int length) {
        return delegate.createSession(timeout, length);
    }

    @Override
    public Future<Session> get(String id) {
        return delegate.get(id);
    }

    @Override
    public Future<Integer> size() {
        return delegate.size();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
