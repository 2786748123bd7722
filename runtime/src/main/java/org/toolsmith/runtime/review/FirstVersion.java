package org.toolsmith.runtime.review;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.toolsmith.build.SchemaSql;
import org.toolsmith.build.SqlNames;
import org.toolsmith.migrate.MigrationPlan;
import org.toolsmith.migrate.Rename;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.system.Database;
import org.toolsmith.runtime.system.RequestException;
import org.toolsmith.runtime.system.RequestException.FieldError;
import org.toolsmith.spec.AppSpec;

/**
 * The steps of {@link Lifecycle} for an app never published: its version 1 is the builder's to use
 * (real records, nobody else) until IT approves it. Called by Lifecycle holding the app's lock.
 */
final class FirstVersion {
    private final Lifecycle l;

    FirstVersion(Lifecycle lifecycle) {
        this.l = lifecycle;
    }

    /**
     * The review of a first version: everything it makes is new (compared with an app of no record
     * kinds), the SQL is the schema it was created with, and the records the builder entered while
     * trying it are counted (they stay when it is published).
     */
    Review reviewFirst(App app, Version v, String owner, List<Policies.Finding> findings, ReviewBuilder.WhoMayUse whoMayUse) {
        AppSpec nothing = new AppSpec(v.spec().spec(), v.spec().name(), null, List.of());
        App before = new App(app.id(), app.slug(), app.name(), app.status(), 0, nothing, app.schema(), app.createdAt(), app.createdBy());
        MigrationPlan plan = l.planner.plan(nothing, v.spec(), List.of(), Map.of(), app.id(), v.number(), Set.of());
        Review r = l.reviews.build(before, v, plan, new SchemaSql(l.templates).create(app.schema(), v.spec()), Map.of(), List.of(),
                Map.of(), findings, owner, l.conversation(app), "", whoMayUse);
        return ReviewBuilder.firstVersion(r, v.spec(), l.migrator.sizes(app));
    }

    /**
     * Changes an app that was never published: nobody but its builder (and admins, reviewers) can
     * see it, so the change applies at once to the builder's copy, through the same planner and
     * migrator as a publication (values kept, removed ones archived); version 1 stays the one to review.
     */
    Version editTrial(App app, AppSpec spec, List<Rename> renames, Map<String, String> decisions, String actor) {
        AppSpec checked = l.apps.check(spec);
        Version v = l.open(app).orElseThrow(() -> new IllegalStateException("app " + app.slug() + " has no version"));
        Set<String> archived = l.database.inTransaction(c -> Lifecycle.archivedKeys(c, app));
        MigrationPlan plan = l.planner.plan(app.spec(), checked, renames == null ? List.of() : renames,
                decisions == null ? Map.of() : decisions, app.id(), v.number(), archived);
        List<String> problems = new ArrayList<>(plan.blockers().stream().map(b -> b.replace("*", "\"")).toList());
        for (Migrator.Finding f : l.migrator.dryRun(app, plan, decisions == null ? Map.of() : decisions)) {
            if (!f.settled()) {
                problems.add(f.count() + " record" + (f.count() == 1 ? "" : "s") + ": " + f.check().words().replace("*", "\"")
                        + " (" + String.join(", ", f.examples()) + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw RequestException.invalid("This change cannot be made to the records you entered yet: " + problems.get(0),
                    problems.stream().map(p -> new FieldError("version", p)).toList());
        }
        String to = app.schema().equals(SqlNames.schemaName(app.id())) ? SqlNames.schemaName(app.id()) + "_V1" : SqlNames.schemaName(app.id());
        boolean move = !plan.isEmpty();
        String schema = move ? to : app.schema();
        Version edited = new Version(v.appId(), v.number(), Version.DRAFT, checked, List.of(), Map.of(), null, v.note(), v.reviewComment(),
                v.reviewedBy(), v.reviewedAt(), v.reviewSeen(), schema, v.createdAt(), v.createdBy());
        Database.SqlWork<Void> record = c -> {
            l.versions.update(c, edited);
            try (PreparedStatement ps = c.prepareStatement("UPDATE TOOLSMITH.APPS SET NAME = ?, STATUS = ?, SPEC = ?, SCHEMA_NAME = ? WHERE ID = ?")) {
                ps.setString(1, checked.name());
                ps.setString(2, Version.DRAFT);
                ps.setString(3, l.versions.specJson(checked));
                ps.setString(4, schema);
                ps.setLong(5, app.id());
                ps.executeUpdate();
            }
            AuditLog.append(c, actor, "edited", app.slug(), v.number(), "applied at once: version 1 is not published yet"
                    + (v.status().equals(Version.SUBMITTED) ? "; withdrawn from review by the edit" : ""));
            return null;
        };
        try {
            if (move) {
                l.migrator.apply(app, plan, to, record);
            } else {
                l.database.inTransaction(record);
            }
        } finally {
            l.apps.evict(app.slug());
        }
        return edited;
    }

    /**
     * Publishes a first version: its tables are the ones the builder has been trying (every edit
     * was applied to them at once), so nothing moves; the version, the app's status and the sharing
     * that waited change in one transaction.
     */
    Version approveFirst(App app, Version v, String comment, String actor) {
        try {
            return l.database.inTransaction(c -> {
                Version approved = new Version(v.appId(), v.number(), Version.PUBLISHED, v.spec(), v.renames(), v.decisions(), v.base(),
                        v.note(), comment == null || comment.isBlank() ? null : comment.strip(), actor, Instant.now(), false, app.schema(),
                        v.createdAt(), v.createdBy());
                l.versions.update(c, approved);
                Lifecycle.setAppStatus(c, app, Version.PUBLISHED);
                AuditLog.append(c, actor, "approved", app.slug(), v.number(), approved.reviewComment());
                AuditLog.append(c, actor, "published", app.slug(), v.number(), "first version");
                l.sharing.publish(c, app, v.number(), actor);
                return approved;
            });
        } finally {
            l.apps.evict(app.slug());
        }
    }
}
