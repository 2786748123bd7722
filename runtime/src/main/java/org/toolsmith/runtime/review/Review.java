package org.toolsmith.runtime.review;

import java.util.List;

/**
 * What a reviewer reads about one version: the changes in plain words, the risks, the builder's
 * note, the dry run, the spec before and after (as a line diff) and the SQL that will run.
 */
public record Review(String app, String appName, int version, int base, String status, String builder, String owner,
                     String note, String reviewComment, String reviewedBy, List<String> changes, List<Risk> risks,
                     List<DryRun> dryRun, List<DiffLine> diff, String migration, List<Script> scripts,
                     List<Said> conversation, String schemaBefore) {

    /** One turn of the studio conversation that produced the version: {@code who} is the person or toolsmith. */
    public record Said(String who, String text) {
    }

    /** {@code level}: high, medium or low. */
    public record Risk(String level, String message) {
    }

    /** One question of the dry run: how many records, some of them, and what was decided. */
    public record DryRun(String field, String words, long count, List<String> examples, String decision) {
    }

    /**
     * One script (rule, computed value, button, automation) beside the same one in the live version:
     * {@code change} is added, changed, removed or same; {@code flags} are the risks it raises.
     */
    public record Script(String kind, String key, String words, String change, boolean custom, String before, String after,
                         List<DiffLine> diff, List<String> flags) {
    }

    /** One row of the side-by-side spec diff: {@code kind} is same, removed, added or changed. */
    public record DiffLine(String kind, String left, String right) {
    }
}
