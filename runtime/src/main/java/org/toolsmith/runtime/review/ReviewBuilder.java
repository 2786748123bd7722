package org.toolsmith.runtime.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.toolsmith.migrate.Change;
import org.toolsmith.migrate.MigrationPlan;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.SpecJson;

/** Puts a {@link Review} together from the plan, the counts of the published data and the policies. */
final class ReviewBuilder {
    /** A table with more records than this is flagged: publishing copies it while the app waits. */
    static final long LARGE_TABLE = 10_000;

    private final ObjectMapper mapper;

    ReviewBuilder(SpecJson json) {
        this.mapper = json.mapper();
    }

    Review build(App app, Version v, MigrationPlan plan, String script, Map<Change, Long> counts, List<Migrator.Finding> findings,
                 Map<String, Long> sizes, List<Policies.Finding> policies, String owner, List<Review.Said> conversation,
                 String schemaBefore, WhoMayUse whoMayUse) {
        List<String> changes = new ArrayList<>();
        List<Review.Risk> risks = new ArrayList<>();
        for (Change c : plan.changes()) {
            Long n = counts.get(c);
            String words = c.words();
            if (n != null) {
                words += c.field() == null ? ", which holds " + records(n) : ", which holds " + values(n);
            }
            changes.add(capital(words));
            boolean empty = n != null && n == 0;
            if (c.risk() == Change.Risk.HIGH && !empty) {
                risks.add(new Review.Risk("high", capital(words) + (c.kind() == Change.Kind.REMOVE_FIELD || c.kind() == Change.Kind.REMOVE_ENTITY
                        ? " (its values go to the archive for 30 days)" : "") + "."));
            } else if (c.risk() == Change.Risk.MEDIUM) {
                risks.add(new Review.Risk("medium", capital(words) + "."));
            }
        }
        for (String blocker : plan.blockers()) {
            risks.add(new Review.Risk("high", blocker));
        }
        List<Review.DryRun> dryRun = new ArrayList<>();
        for (Migrator.Finding f : findings) {
            dryRun.add(new Review.DryRun(f.check().key(), f.check().words(), f.count(), f.examples(), f.decision()));
            if (f.count() > 0) {
                risks.add(new Review.Risk(f.settled() ? "high" : "high", records(f.count()) + ": " + f.check().words()
                        + (f.decision() == null ? " (not decided yet)" : " Decided: " + f.decision().replace("fill:", "fill in ") + ".")));
            }
        }
        sizes.forEach((entity, n) -> {
            if (n > LARGE_TABLE && plan.copies().stream().anyMatch(copy -> entity.equals(copy.source()))) {
                risks.add(new Review.Risk("medium", "Publishing copies " + records(n) + " of "
                        + app.spec().entity(entity).map(e -> e.plural()).orElse(entity) + "; the app refuses changes for those moments."));
            }
        });
        risks.addAll(AccessRisks.of(app.spec(), v.spec()));
        for (Policies.Finding f : policies) {
            risks.add(new Review.Risk(f.severity().equals("error") ? "high" : "medium", "Policy: " + f.message()));
        }
        List<Review.Script> scripts = scripts(app.spec(), v.spec(), risks);
        scriptChanges(scripts, changes);
        sharing(app, whoMayUse, changes, risks);
        return new Review(app.slug(), app.name(), v.number(), app.version(), v.status(), v.createdBy(), owner, v.note(),
                v.reviewComment(), v.reviewedBy(), changes, risks, dryRun, diff(pretty(app.spec()), pretty(v.spec())), script, scripts,
                conversation, schemaBefore);
    }

    /** Who may use the app now, and the whole sharing asked for with this version (if it widens access). */
    record WhoMayUse(List<org.toolsmith.runtime.people.Sharing.Grant> inForce,
                  java.util.Optional<List<org.toolsmith.runtime.people.Sharing.Grant>> pending) {
    }

    /** The sharing that waits for this version, in plain words; every gain is a risk (it widens access). */
    static void sharing(App app, WhoMayUse who, List<String> changes, List<Review.Risk> risks) {
        if (who != null && who.pending().isPresent()) {
            SharingReview.review(who.inForce(), who.pending().get(), app.name(), changes, risks);
        }
    }

    /** A line of "what changes" for each script added, changed or removed. */
    static void scriptChanges(List<Review.Script> scripts, List<String> changes) {
        for (Review.Script s : scripts) {
            if (!s.change().equals("same")) {
                String verb = s.change().equals("added") ? "Adds" : s.change().equals("removed") ? "Removes" : "Changes";
                String words = s.words().endsWith(".") ? s.words().substring(0, s.words().length() - 1) : s.words();
                changes.add(verb + " the " + s.kind().toLowerCase(java.util.Locale.ROOT) + " (" + s.key() + "): " + words);
            }
        }
    }

    /**
     * A first version's review: it replaces nothing, so its changes are all additions; the records
     * the builder entered while trying it are said, since they stay when it is published.
     */
    static Review firstVersion(Review r, AppSpec spec, Map<String, Long> sizes) {
        List<String> changes = new ArrayList<>();
        changes.add("First version: nothing is live yet; publishing makes it usable by the people it is shared with");
        changes.addAll(r.changes());
        sizes.forEach((entity, n) -> {
            if (n > 0) {
                changes.add("Keeps the " + records(n) + " of " + spec.entity(entity).map(e -> e.name()).orElse(entity)
                        + " entered while trying it");
            }
        });
        return new Review(r.app(), r.appName(), r.version(), 0, r.status(), r.builder(), r.owner(), r.note(), r.reviewComment(),
                r.reviewedBy(), changes, r.risks(), r.dryRun(), r.diff(), r.migration(), r.scripts(), r.conversation(), r.schemaBefore());
    }

    /** Every script beside the live one; the new or changed ones add their flags to {@code risks}. */
    static List<Review.Script> scripts(AppSpec live, AppSpec next, List<Review.Risk> risks) {
        List<Review.Script> scripts = ScriptReview.compare(live, next);
        risks.addAll(ScriptReview.risks(scripts));
        return scripts;
    }

    private List<String> pretty(AppSpec spec) {
        try {
            return List.of(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(spec).split("\\R"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A side-by-side line diff (longest common subsequence; specs are small). */
    static List<Review.DiffLine> diff(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Review.DiffLine> out = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                pair(out, removed, added);
                out.add(new Review.DiffLine("same", a.get(i++), b.get(j++)));
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(b.get(j++));
            } else {
                removed.add(a.get(i++));
            }
        }
        pair(out, removed, added);
        return out;
    }

    /** Lines removed and added between two equal ones face each other, as "changed" rows. */
    private static void pair(List<Review.DiffLine> out, List<String> removed, List<String> added) {
        for (int k = 0; k < Math.max(removed.size(), added.size()); k++) {
            String left = k < removed.size() ? removed.get(k) : "";
            String right = k < added.size() ? added.get(k) : "";
            out.add(new Review.DiffLine(left.isEmpty() ? "added" : right.isEmpty() ? "removed" : "changed", left, right));
        }
        removed.clear();
        added.clear();
    }

    static String records(long n) {
        return n + (n == 1 ? " record" : " records");
    }

    static String values(long n) {
        return n + (n == 1 ? " value" : " values");
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
