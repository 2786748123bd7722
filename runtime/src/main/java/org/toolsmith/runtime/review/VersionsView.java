package org.toolsmith.runtime.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.toolsmith.runtime.apps.App;

/** The view model of an app's versions page, the builder's side of the review path. */
final class VersionsView {
    private VersionsView() {
    }

    static Map<String, Object> model(App app, Lifecycle lifecycle, List<String> problems, String note) {
        Map<String, Object> m = new HashMap<>();
        String base = "/apps/" + app.slug();
        m.put("app", app.name());
        m.put("appUrl", base + "/");
        m.put("slug", app.slug());
        m.put("published", app.version());
        boolean live = !lifecycle.unpublished(app);
        m.put("live", live);
        m.put("pendingSharing", lifecycle.pendingSharing(app).map(SharingReview::describe).orElse(""));
        m.put("owner", Optional.ofNullable(lifecycle.owner(app)).orElse(""));
        m.put("problems", problems);
        m.put("notice", "");
        m.put("verdict", lifecycle.unseenVerdict(app).map(v -> Map.of("version", v.number(),
                "words", Version.PUBLISHED.equals(v.status()) || Version.RETIRED.equals(v.status())
                        ? "Version " + v.number() + " was approved by " + v.reviewedBy() + " and is live."
                        : "Changes were requested on version " + v.number() + " by " + v.reviewedBy() + ".",
                "comment", v.reviewComment() == null ? "" : v.reviewComment())).orElse(Map.of()));
        Optional<Version> open = lifecycle.open(app);
        m.put("open", open.map(v -> Map.of("version", v.number(), "status", v.status().replace('_', ' '),
                "submittable", !Version.SUBMITTED.equals(v.status()),
                "comment", v.reviewComment() == null || !Version.CHANGES_REQUESTED.equals(v.status()) ? "" : v.reviewComment(),
                "reviewedBy", v.reviewedBy() == null ? "" : v.reviewedBy(),
                "note", note != null ? note : v.note() == null ? "" : v.note())).orElse(Map.of()));
        m.put("changeUrl", "/studio/apps/" + app.slug() + "/change");
        m.put("reviewUrl", base + "/review");
        m.put("submitUrl", base + "/versions/submit");
        m.put("restoreUrl", base + "/versions/restore");
        m.put("tryUrl", live ? base + "/~draft/" : base + "/");
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Version> all = lifecycle.versions(app);
        for (int i = all.size() - 1; i >= 0; i--) {
            Version v = all.get(i);
            rows.add(Map.of("version", v.number(), "status", v.status().replace('_', ' '), "by", v.createdBy() == null ? "" : v.createdBy(),
                    "at", v.createdAt().toString().substring(0, 16).replace('T', ' '),
                    "comment", v.reviewComment() == null ? "" : v.reviewComment(),
                    "restorable", !v.isOpen() && v.number() != app.version()));
        }
        m.put("versions", rows);
        return m;
    }
}
