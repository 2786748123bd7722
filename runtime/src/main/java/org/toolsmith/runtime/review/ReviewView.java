package org.toolsmith.runtime.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The view model of the review page: plain values, and the words of each change split at their *emphasis*. */
final class ReviewView {
    private ReviewView() {
    }

    static Map<String, Object> model(Review r) {
        Map<String, Object> m = new HashMap<>();
        m.put("app", r.appName());
        m.put("slug", r.app());
        m.put("version", r.version());
        m.put("base", r.base());
        m.put("status", r.status().replace('_', ' '));
        m.put("builder", r.builder() == null ? "unknown" : r.builder());
        m.put("owner", r.owner() == null ? "nobody named" : r.owner());
        m.put("note", r.note() == null ? "" : r.note());
        m.put("reviewComment", r.reviewComment() == null ? "" : r.reviewComment());
        m.put("reviewedBy", r.reviewedBy() == null ? "" : r.reviewedBy());
        m.put("changes", r.changes().stream().map(ReviewView::parts).toList());
        m.put("risks", r.risks().stream().map(x -> Map.of("level", x.level(), "parts", parts(x.message()))).toList());
        m.put("dryRun", r.dryRun().stream().map(d -> Map.of("field", d.field(), "parts", parts(d.words()), "count", d.count(),
                "examples", String.join(", ", d.examples()), "decision", d.decision() == null ? (d.count() == 0 ? "nothing to decide" : "not decided")
                        : d.decision().replace("fill:", "fill in "))).toList());
        m.put("diff", r.diff().stream().map(d -> Map.of("kind", d.kind(), "left", d.left(), "right", d.right())).toList());
        m.put("migration", r.migration());
        m.put("schemaBefore", r.schemaBefore());
        m.put("scripts", scripts(r));
        m.put("conversation", r.conversation().stream().map(x -> Map.of("who", x.who(), "text", x.text())).toList());
        return m;
    }

    /** The scripts for the page: what each does, how it changes, its two versions side by side and its flags. */
    static List<Map<String, Object>> scripts(Review r) {
        return r.scripts().stream().map(s -> {
            Map<String, Object> m = new HashMap<>();
            m.put("kind", s.kind());
            m.put("key", s.key());
            m.put("words", s.words());
            m.put("change", s.change());
            m.put("origin", s.custom() ? "custom script (by hand or AI)" : "from a template");
            m.put("flags", s.flags().stream().map(ReviewView::parts).toList());
            m.put("diff", s.diff().stream().map(d -> Map.of("kind", d.kind(), "left", d.left(), "right", d.right())).toList());
            return m;
        }).toList();
    }

    /** "adds *Due on* to Loan" → [adds ][Due on (emphasised)][ to Loan]. */
    static List<Map<String, Object>> parts(String words) {
        List<Map<String, Object>> out = new ArrayList<>();
        String[] pieces = words.split("\\*", -1);
        for (int i = 0; i < pieces.length; i++) {
            if (!pieces[i].isEmpty()) {
                out.add(Map.of("text", pieces[i], "em", i % 2 == 1));
            }
        }
        return out;
    }
}
