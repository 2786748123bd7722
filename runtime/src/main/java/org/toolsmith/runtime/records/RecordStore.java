package org.toolsmith.runtime.records;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * Reads and writes an app's records. Records are maps keyed by field key plus {@code id} and the
 * system columns, with JSON-ready values as API.md says (dates as YYYY-MM-DD strings, money as
 * decimal strings, multi_choice as lists, reference as the target id). Input values may be typed
 * JSON values (API) or strings as a form sends them (pages); both are checked the same way.
 * Invalid input raises RequestException 422 with a message per field; unique clashes 409.
 */
public final class RecordStore {
    // CONTRACT (helper R implements): constructor takes what it needs (Database, ...).

    public Page list(App app, Entity entity, ListQuery query) {
        throw new UnsupportedOperationException("not built yet");
    }

    public Optional<Map<String, Object>> find(App app, Entity entity, long id) {
        throw new UnsupportedOperationException("not built yet");
    }

    public Map<String, Object> create(App app, Entity entity, Map<String, Object> input, String actor) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** {@code partial}: PATCH semantics (absent fields kept); otherwise absent fields become empty. */
    public Map<String, Object> update(App app, Entity entity, long id, Map<String, Object> input,
                                      boolean partial, String actor) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Deletes; a 404 RequestException if absent; a 409 if other records still point at it. */
    public void delete(App app, Entity entity, long id) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** id and title of every record of {@code target}, ordered by title, for pickers. */
    public List<Choice> choices(App app, Entity target) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** For a detail page: per reference field pointing at this record, the records that point. */
    public List<Related> related(App app, Entity entity, long id) {
        throw new UnsupportedOperationException("not built yet");
    }

    /**
     * @param q search text over the entity's searchable fields, or null
     * @param sort a field key (or system column), {@code -key} for descending, or null (newest first)
     * @param page from 1
     * @param size 25, 50 or 100
     */
    public record ListQuery(String q, String sort, int page, int size) {
    }

    public record Page(List<Map<String, Object>> items, long total, int page, int size) {
    }

    public record Choice(long id, String title) {
    }

    public record Related(Entity from, Field field, List<Map<String, Object>> items, long total) {
    }
}
