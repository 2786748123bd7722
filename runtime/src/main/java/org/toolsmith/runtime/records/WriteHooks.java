package org.toolsmith.runtime.records;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.spec.Entity;

/**
 * What runs inside {@link RecordStore}'s transactions: after a write (rules, automations), after a
 * delete (automations), and on records read for a list, a detail page or the API (computed
 * values). Throwing a {@code RequestException} refuses the write and rolls everything back.
 */
public interface WriteHooks {
    WriteHooks NONE = new WriteHooks() {
    };

    /** After an insert ({@code before} null) or an update, before commit. */
    default void written(Writer writer, App app, Entity entity, Map<String, Object> before, Map<String, Object> after)
            throws SQLException {
    }

    /** After a delete, before commit. */
    default void deleted(Writer writer, App app, Entity entity, Map<String, Object> before) throws SQLException {
    }

    /** On records just read; may add values (computed fields) to the mutable maps. */
    default void read(Writer reader, App app, Entity entity, List<Map<String, Object>> records) throws SQLException {
    }
}
