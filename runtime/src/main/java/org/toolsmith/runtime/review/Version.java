package org.toolsmith.runtime.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.toolsmith.migrate.Rename;
import org.toolsmith.spec.AppSpec;

/**
 * One version of an app.
 *
 * @param status     {@code draft}, {@code submitted}, {@code changes_requested}, {@code approved},
 *                   {@code published} (the live one) or {@code retired} (published before)
 * @param renames    key renames from the published version ({@code base}) to this one
 * @param decisions  what to do with values the dry run found: {@code entity.field} → {@code clear} or {@code fill:VALUE}
 * @param reviewSeen false while the builder has not yet seen the reviewer's verdict
 */
public record Version(long appId, int number, String status, AppSpec spec, List<Rename> renames,
                      Map<String, String> decisions, Integer base, String note, String reviewComment,
                      String reviewedBy, Instant reviewedAt, boolean reviewSeen, String schema,
                      Instant createdAt, String createdBy) {
    public static final String DRAFT = "draft";
    public static final String SUBMITTED = "submitted";
    public static final String CHANGES_REQUESTED = "changes_requested";
    public static final String APPROVED = "approved";
    public static final String PUBLISHED = "published";
    public static final String RETIRED = "retired";

    /** A version the builder may still change: a draft, or one sent back with changes requested. */
    public boolean isOpen() {
        return DRAFT.equals(status) || CHANGES_REQUESTED.equals(status) || SUBMITTED.equals(status);
    }
}
