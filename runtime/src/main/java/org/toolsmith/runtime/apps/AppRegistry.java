package org.toolsmith.runtime.apps;

import java.util.List;
import java.util.Optional;
import org.toolsmith.spec.AppSpec;

/** Creates apps (spec stored, schema and tables made in one transaction) and finds them. */
public final class AppRegistry {
    // CONTRACT (helper R implements): constructor takes what it needs (Database, SpecJson, ...).

    /** Validates and normalizes the spec, picks a unique slug, creates the schema; all or nothing. */
    public App create(AppSpec spec, String createdBy) {
        throw new UnsupportedOperationException("not built yet");
    }

    public Optional<App> find(String slug) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The app with this slug, or a 404 RequestException. */
    public App get(String slug) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** All apps, newest first. */
    public List<App> list() {
        throw new UnsupportedOperationException("not built yet");
    }
}
