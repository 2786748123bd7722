package org.toolsmith.runtime.apps;

import java.time.Instant;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.runtime.system.RequestException;

/**
 * A created app: its URL slug, its spec, and the database schema that holds its records.
 *
 * @param schema the H2 schema name, derived from the app's id (never from user text)
 * @param status {@code published} for now; review and publishing add {@code draft} and others
 */
public record App(long id, String slug, String name, String status, int version, AppSpec spec,
                  String schema, Instant createdAt, String createdBy) {

    /** The record kind with this key, or a 404 naming the app. */
    public Entity entity(String key) {
        return spec.entity(key).orElseThrow(() -> RequestException.notFound(
                "The app \"" + name + "\" has no record kind called \"" + key + "\"."));
    }
}
