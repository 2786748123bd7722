package org.toolsmith.migrate;

import java.util.List;
import org.toolsmith.spec.AppSpec;

/**
 * How to take an app's records from one version to the next, keeping every value: the changes in
 * plain words, the questions for the data (the dry run), what cannot be done at all, and, per
 * table of the new version, where each column's values come from. {@link MigrationSql} renders it.
 *
 * @param blockers changes the planner cannot carry out (e.g. a link turned into a date); the
 *                 version cannot be submitted until they are undone
 */
public record MigrationPlan(AppSpec from, AppSpec to, long appId, int version, List<Change> changes,
                            List<DataCheck> checks, List<String> blockers, List<TableCopy> copies,
                            List<Archive> archives) {

    /**
     * The rows of one new table.
     *
     * @param table       the record kind's key in the new version
     * @param source      its key in the published version, or null when its rows come back from the archive
     * @param columns     quoted column names, {@code "id"} first and the system columns last
     * @param expressions one SQL expression per column over the source aliased {@code src}
     */
    public record TableCopy(String table, String source, List<String> columns, List<String> expressions) {
    }

    /** A field (or, with {@code wholeKind}, every field of a record kind) whose values go to the archive. */
    public record Archive(String entity, String field, boolean wholeKind) {
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
