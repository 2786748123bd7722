package org.toolsmith.migrate;

/**
 * A question the published data must answer before the plan can run: which records hold a value
 * that would not convert, an option that goes away, no value for a field that becomes required, or
 * a value that is no longer unique. The runtime counts and lists those records (the dry run); the
 * person then decides: {@code clear} them, give a value to {@code fill} in, or cancel.
 *
 * @param key       {@code entity.field} in the new version: the key of a decision
 * @param entity    the record kind's key in the published version
 * @param condition SQL over the published table, aliased {@code src}, true for the records in question;
 *                  {@code {table}} stands for the published table's qualified name
 * @param column    the quoted column whose values to show ({@code src."key"}), or null
 * @param words     what the problem is, in plain words
 * @param clearable whether "clear" is an answer; {@code fillable}: whether a fill value is
 */
public record DataCheck(String key, String entity, String condition, String column, String words,
                        boolean clearable, boolean fillable) {

    /** The condition with the published table named. */
    public String condition(String qualifiedTable) {
        return condition.replace("{table}", qualifiedTable);
    }
}
