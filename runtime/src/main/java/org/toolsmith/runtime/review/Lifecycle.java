package org.toolsmith.runtime.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.toolsmith.build.SchemaSql;
import org.toolsmith.build.SqlNames;
import org.toolsmith.migrate.MigrationPlan;
import org.toolsmith.migrate.MigrationPlanner;
import org.toolsmith.migrate.MigrationSql;
import org.toolsmith.migrate.Rename;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.apps.AppRegistry;
import org.toolsmith.runtime.system.Database;
import org.toolsmith.runtime.system.RequestException;
import org.toolsmith.runtime.system.RequestException.FieldError;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.SpecJson;
import org.toolsmith.templates.Templates;

/**
 * The review path of an app, the one place pages and API go through: draft a new version, submit
 * it (policies, the dry run and a rehearsal first), review it, approve it (which publishes it:
 * the records move to the new version, keeping every value) or request changes, restore an older
 * version as a new draft. Every step writes the audit log in the same transaction.
 * Callers check roles (reviewers approve); this class checks the order of steps (409 otherwise).
 */
public final class Lifecycle {
    /** The status of the App that {@link #preview} hands out: the screens link under {@code ~draft/}. */
    public static final String PREVIEW = "draft_preview";

    final Database database;
    final AppRegistry apps;
    final Versions versions;
    private final AuditLog audit;
    private final Policies policies;
    final Migrator migrator;
    final MigrationPlanner planner = new MigrationPlanner();
    private final MigrationSql sql;
    final Templates templates;
    final ReviewBuilder reviews;
    final SharingReview sharing;
    private final FirstVersion first;
    private final com.fasterxml.jackson.databind.ObjectMapper mapper;
    /** One step at a time per app: two approvals, or an approval and an edit, must not interleave. */
    private final Map<Long, ReentrantLock> locks = new ConcurrentHashMap<>();

    public Lifecycle(Database database, AppRegistry apps, SpecJson json, Templates templates, AuditLog audit, Policies policies) {
        this.database = database;
        this.apps = apps;
        this.versions = new Versions(json);
        this.audit = audit;
        this.policies = policies;
        this.sql = new MigrationSql(templates);
        this.templates = templates;
        this.migrator = new Migrator(database, sql);
        migrator.recover();
        this.reviews = new ReviewBuilder(json);
        this.mapper = json.mapper();
        this.sharing = new SharingReview(database, this);
        this.first = new FirstVersion(this);
    }

    /** From now on, a change of sharing that widens who may use an app waits for review with its open version. */
    public void gateSharing(org.toolsmith.runtime.people.Sharing grants) {
        grants.gate(sharing);
    }

    /** The whole sharing asked for with the open version, when it widens who may use the app. */
    public Optional<List<org.toolsmith.runtime.people.Sharing.Grant>> pendingSharing(App app) {
        return database.inTransaction(c -> sharing.pending(c, app));
    }

    /** Whether the app has never been published: its version 1 is still the builder's to try, seen by nobody else. */
    public boolean unpublished(App app) {
        return database.inTransaction(c -> unpublished(c, app));
    }

    private boolean unpublished(Connection c, App app) throws SQLException {
        return !versions.anyPublished(c, app);
    }

    public AuditLog audit() {
        return audit;
    }

    public Policies policies() {
        return policies;
    }

    /** Every version of the app, oldest first. */
    public List<Version> versions(App app) {
        return database.inTransaction(c -> versions.list(c, app));
    }

    /** The version being worked on (draft, submitted or sent back), if any. */
    public Optional<Version> open(App app) {
        return database.inTransaction(c -> versions.open(c, app));
    }

    /**
     * Saves {@code spec} as the app's draft: the open version changes (a submitted one goes back to
     * draft), or a new version opens beside the published one, which stays live.
     *
     * @param renames   key renames since the last save (composed with earlier ones)
     * @param decisions answers to the dry run, merged with earlier ones
     */
    public Version saveDraft(App app, AppSpec spec, List<Rename> renames, Map<String, String> decisions, String actor) {
        return saveDraft(app, spec, renames, decisions, actor, false);
    }

    private Version saveDraft(App app, AppSpec spec, List<Rename> renames, Map<String, String> decisions, String actor,
                              boolean replace) {
        return locked(app, fresh -> saveDraftLocked(fresh, spec, renames, decisions, actor, replace));
    }

    private Version saveDraftLocked(App app, AppSpec spec, List<Rename> renames, Map<String, String> decisions, String actor,
                                    boolean replace) {
        if (unpublished(app)) {
            return first.editTrial(app, spec, renames, decisions, actor);
        }
        AppSpec checked = apps.check(spec);
        Version saved = database.inTransaction(c -> {
            Optional<Version> open = versions.open(c, app);
            Version v;
            if (open.isPresent()) {
                Version o = open.get();
                Map<String, String> merged = new HashMap<>(replace ? Map.of() : o.decisions());
                merged.putAll(decisions == null ? Map.of() : decisions);
                v = new Version(o.appId(), o.number(), Version.DRAFT, checked, Rename.compose(replace ? List.of() : o.renames(), renames == null ? List.of() : renames),
                        merged, o.base(), o.note(), o.reviewComment(), o.reviewedBy(), o.reviewedAt(), o.reviewSeen(), null,
                        o.createdAt(), o.createdBy());
                versions.update(c, v);
                AuditLog.append(c, actor, "edited", app.slug(), v.number(), o.status().equals(Version.SUBMITTED) ? "withdrawn from review by the edit" : null);
            } else {
                List<Version> all = versions.list(c, app);
                int number = all.get(all.size() - 1).number() + 1;
                v = new Version(app.id(), number, Version.DRAFT, checked, renames == null ? List.of() : Rename.compose(List.of(), renames),
                        decisions == null ? Map.of() : Map.copyOf(decisions), app.version(), null, null, null, null, true, null,
                        Instant.now(), actor);
                versions.insert(c, v);
                AuditLog.append(c, actor, "drafted", app.slug(), number, "from version " + app.version());
            }
            setAppStatus(c, app, Version.DRAFT);
            return v;
        });
        migrator.drop(SqlNames.schemaName(app.id(), saved.number()));
        apps.evict(app.slug());
        return saved;
    }

    /** A new draft equal to version {@code number}; it goes live only through review, like any change. */
    public Version restore(App app, int number, String actor) {
        Version old = database.inTransaction(c -> versions.find(c, app, number)).orElseThrow(() -> RequestException.notFound(
                "\"" + app.name() + "\" has no version " + number + "."));
        // The keys renamed since version N are renamed back, so their values come along.
        List<Rename> since = List.of();
        for (Version later : versions(app)) {
            boolean wasPublished = Version.PUBLISHED.equals(later.status()) || Version.RETIRED.equals(later.status());
            if (later.number() > number && later.number() <= app.version() && wasPublished) {
                since = Rename.compose(since, later.renames());
            }
        }
        Version v = saveDraft(app, old.spec(), Rename.invert(since), Map.of(), actor, true);
        audit.append(actor, "restored", app.slug(), v.number(), "version " + number + " as a new draft");
        return v;
    }

    public String owner(App app) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT OWNER FROM TOOLSMITH.APPS WHERE ID = ?")) {
                ps.setLong(1, app.id());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    public void setOwner(App app, String owner, String actor) {
        String o = owner == null || owner.isBlank() ? null : owner.strip();
        if (o != null && o.length() > 200) {
            throw RequestException.invalid("Keep the owner's name to 200 characters.", List.of(new FieldError("owner", "Too long.")));
        }
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE TOOLSMITH.APPS SET OWNER = ? WHERE ID = ?")) {
                ps.setString(1, o);
                ps.setLong(2, app.id());
                ps.executeUpdate();
            }
            AuditLog.append(c, actor, "edited", app.slug(), null, "owner: " + (o == null ? "none" : o));
            return null;
        });
    }

    /** Sends the open version to review; a 422 listing what must be settled first. */
    public Version submit(App app, String note, String actor) {
        return locked(app, fresh -> submitLocked(fresh, note, actor));
    }

    private Version submitLocked(App app, String note, String actor) {
        words(note, "note");
        Version v = requireOpen(app, Set.of(Version.DRAFT, Version.CHANGES_REQUESTED), "submit");
        MigrationPlan plan = plan(app, v);
        boolean first = unpublished(app);
        List<String> problems = new ArrayList<>(plan.blockers().stream().map(b -> b.replace("*", "\"")).toList());
        if (!first && plan.isEmpty() && v.spec().equals(app.spec()) && sharing.pending(app).isEmpty()) {
            problems.add("This version makes no change to the published one.");
        }
        for (Migrator.Finding f : migrator.dryRun(app, plan, v.decisions())) {
            if (!f.settled()) {
                problems.add(f.count() + " record" + (f.count() == 1 ? "" : "s") + ": " + f.check().words().replace("*", "\"")
                        + " (" + String.join(", ", f.examples()) + ")");
            }
        }
        String owner = owner(app);
        database.inTransaction(c -> {
            for (Policies.Finding f : policies.check(c, app, v.spec(), owner, sharing.after(c, app))) {
                if (f.severity().equals("error")) {
                    problems.add(f.message());
                }
            }
            return null;
        });
        if (!problems.isEmpty()) {
            throw RequestException.invalid("This version cannot be submitted yet: " + problems.get(0),
                    problems.stream().map(p -> new FieldError("version", p)).toList());
        }
        if (!first) {
            migrator.rehearse(app, plan, SqlNames.schemaName(app.id(), v.number()), false);
        }
        Version submitted = database.inTransaction(c -> {
            Version s = with(v, Version.SUBMITTED, note == null || note.isBlank() ? v.note() : note.strip(), v.reviewComment(), v.reviewedBy(), v.reviewedAt(), true);
            versions.update(c, s);
            setAppStatus(c, app, Version.SUBMITTED);
            AuditLog.append(c, actor, "submitted", app.slug(), s.number(), s.note());
            return s;
        });
        apps.evict(app.slug());
        return submitted;
    }

    /** What a reviewer reads: the submitted (or else the open) version against the published one. */
    public Review review(App app) {
        Version v = open(app).orElseThrow(() -> RequestException.notFound("\"" + app.name() + "\" has no version waiting for review."));
        String owner = owner(app);
        List<Policies.Finding> findings = database.inTransaction(c -> policies.check(c, app, v.spec(), owner, sharing.after(c, app)));
        ReviewBuilder.WhoMayUse whoMayUse = database.inTransaction(c -> new ReviewBuilder.WhoMayUse(sharing.inForce(c, app), sharing.pending(c, app)));
        if (unpublished(app)) {
            return first.reviewFirst(app, v, owner, findings, whoMayUse);
        }
        MigrationPlan plan = plan(app, v);
        String script = sql.render(plan, app.schema(), SqlNames.schemaName(app.id(), v.number()));
        return reviews.build(app, v, plan, script, migrator.counts(app, plan), migrator.dryRun(app, plan, v.decisions()),
                migrator.sizes(app), findings, owner, conversation(app), new SchemaSql(templates).create(app.schema(), app.spec()), whoMayUse);
    }

    /**
     * The studio conversation behind the app's newest change: the request and the chat of the
     * newest studio draft made for this app (empty when the version came through the API).
     */
    List<Review.Said> conversation(App app) {
        return database.inTransaction(c -> {
            List<Review.Said> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT PROMPT, CONVERSATION FROM TOOLSMITH.DRAFTS WHERE APP_SLUG = ? "
                    + "ORDER BY UPDATED_AT DESC FETCH FIRST 1 ROW ONLY")) {
                ps.setString(1, app.slug());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.add(new Review.Said("request", rs.getString(1)));
                        try {
                            for (var m : mapper.readTree(rs.getString(2))) {
                                out.add(new Review.Said(m.path("who").asText(), m.path("text").asText()));
                            }
                        } catch (java.io.IOException e) {
                            out.add(new Review.Said("toolsmith", "(the conversation could not be read)"));
                        }
                    }
                }
            }
            return out;
        });
    }

    /** Approves the submitted version and publishes it; on failure nothing changes and the version stays submitted. */
    public Version approve(App app, String comment, String actor) {
        return locked(app, fresh -> approveLocked(fresh, comment, actor));
    }

    private Version approveLocked(App app, String comment, String actor) {
        words(comment, "comment");
        Version v = requireOpen(app, Set.of(Version.SUBMITTED), "approve");
        if (unpublished(app)) {
            return first.approveFirst(app, v, comment, actor);
        }
        MigrationPlan plan = plan(app, v);
        for (Migrator.Finding f : migrator.dryRun(app, plan, v.decisions())) {
            if (!f.settled()) {
                throw new MigrationFailed("The records changed since the version was submitted: " + f.count() + " record(s): "
                        + f.check().words().replace("*", "\"") + " Request changes so that the builder decides.", List.of());
            }
        }
        String schema = SqlNames.schemaName(app.id(), v.number());
        Version[] done = new Version[1];
        try {
            migrator.apply(app, plan, schema, c -> {
                Version published = versions.published(c, app);
                versions.update(c, with(published, Version.RETIRED, published.note(), published.reviewComment(),
                        published.reviewedBy(), published.reviewedAt(), published.reviewSeen()));
                Version approved = new Version(v.appId(), v.number(), Version.PUBLISHED, v.spec(), v.renames(), v.decisions(), v.base(),
                        v.note(), comment == null || comment.isBlank() ? null : comment.strip(), actor, Instant.now(), false, schema,
                        v.createdAt(), v.createdBy());
                versions.update(c, approved);
                try (PreparedStatement ps = c.prepareStatement("UPDATE TOOLSMITH.APPS SET NAME = ?, STATUS = ?, VERSION = ?, SPEC = ?, "
                        + "SCHEMA_NAME = ? WHERE ID = ?")) {
                    ps.setString(1, v.spec().name());
                    ps.setString(2, Version.PUBLISHED);
                    ps.setInt(3, v.number());
                    ps.setString(4, versions.specJson(v.spec()));
                    ps.setString(5, schema);
                    ps.setLong(6, app.id());
                    ps.executeUpdate();
                }
                AuditLog.append(c, actor, "approved", app.slug(), v.number(), approved.reviewComment());
                AuditLog.append(c, actor, "published", app.slug(), v.number(), "replaces version " + app.version());
                sharing.publish(c, app, v.number(), actor);
                done[0] = approved;
                return null;
            });
        } catch (RequestException e) {
            audit.append(actor, "publish_failed", app.slug(), v.number(), e.getMessage());
            throw e;
        } finally {
            apps.evict(app.slug());
        }
        return done[0];
    }

    /** Sends the submitted version back to its builder with a comment they see on their draft. */
    public Version requestChanges(App app, String comment, String actor) {
        return locked(app, fresh -> requestChangesLocked(fresh, comment, actor));
    }

    private Version requestChangesLocked(App app, String comment, String actor) {
        words(comment, "comment");
        Version v = requireOpen(app, Set.of(Version.SUBMITTED), "request changes to");
        if (comment == null || comment.isBlank()) {
            throw RequestException.invalid("Say what should change, so the builder knows what to do.",
                    List.of(new FieldError("comment", "Write a comment for the builder.")));
        }
        Version sent = database.inTransaction(c -> {
            Version s = with(v, Version.CHANGES_REQUESTED, v.note(), comment.strip(), actor, Instant.now(), false);
            versions.update(c, s);
            setAppStatus(c, app, Version.CHANGES_REQUESTED);
            AuditLog.append(c, actor, "changes_requested", app.slug(), s.number(), s.reviewComment());
            return s;
        });
        apps.evict(app.slug());
        return sent;
    }

    /** The builder has seen the verdicts on this app's versions ("review done" goes away). */
    public void markSeen(App app) {
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE TOOLSMITH.APP_VERSIONS SET REVIEW_SEEN = TRUE WHERE APP_ID = ?")) {
                ps.setLong(1, app.id());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The verdict the builder has not seen yet, if any: the newest reviewed version with REVIEW_SEEN false. */
    public Optional<Version> unseenVerdict(App app) {
        List<Version> all = versions(app);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (!all.get(i).reviewSeen() && all.get(i).reviewedBy() != null) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The app as its open version will be, to try it out: the version is rehearsed into its own
     * schema with a copy of the records (kept until the draft changes). Writes there are thrown away.
     */
    public App preview(App app) {
        return locked(app, fresh -> previewLocked(fresh));
    }

    private App previewLocked(App app) {
        Version v = open(app).orElseThrow(() -> RequestException.notFound("\"" + app.name() + "\" has no draft version to try."));
        if (unpublished(app)) {
            // Never published: the builder's copy is the draft itself.
            return new App(app.id(), app.slug(), app.name(), PREVIEW, v.number(), app.spec(), app.schema(), app.createdAt(), app.createdBy());
        }
        String schema = SqlNames.schemaName(app.id(), v.number());
        boolean exists = database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME = ?")) {
                ps.setString(1, schema);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1) > 0;
                }
            }
        });
        if (!exists) {
            migrator.rehearse(app, plan(app, v), schema, true);
        }
        return new App(app.id(), app.slug(), v.spec().name(), PREVIEW, v.number(), v.spec(), schema, app.createdAt(), app.createdBy());
    }

    /**
     * A submitted version whose sharing the builder changes goes back to draft, like an edit: the
     * reviewer must not approve what they have not read. Runs in the caller's transaction.
     */
    void withdraw(Connection c, App app, Version v, String actor, String why) throws SQLException {
        if (Version.SUBMITTED.equals(v.status())) {
            versions.update(c, with(v, Version.DRAFT, v.note(), v.reviewComment(), v.reviewedBy(), v.reviewedAt(), v.reviewSeen()));
            setAppStatus(c, app, Version.DRAFT);
            AuditLog.append(c, actor, "edited", app.slug(), v.number(), "withdrawn from review by " + why);
        }
    }

    /** Runs {@code step} holding the app's lock, on the app as it is now (another step may have just published). */
    <T> T locked(App app, java.util.function.Function<App, T> step) {
        ReentrantLock lock = locks.computeIfAbsent(app.id(), id -> new ReentrantLock());
        lock.lock();
        try {
            return step.apply(apps.get(app.slug()));
        } finally {
            lock.unlock();
        }
    }

    MigrationPlan plan(App app, Version v) {
        Set<String> archived = database.inTransaction(c -> archivedKeys(c, app));
        return planner.plan(app.spec(), v.spec(), v.renames(), v.decisions(), app.id(), v.number(), archived);
    }

    private Version requireOpen(App app, Set<String> statuses, String verb) {
        Version v = open(app).orElseThrow(() -> RequestException.conflict("\"" + app.name() + "\" has no version to " + verb
                + "; save a draft first.", List.of()));
        if (!statuses.contains(v.status())) {
            throw RequestException.conflict("Version " + v.number() + " of \"" + app.name() + "\" is " + v.status().replace('_', ' ')
                    + "; it cannot be " + (verb.equals("submit") ? "submitted" : verb.equals("approve") ? "approved" : "sent back") + " now.", List.of());
        }
        return v;
    }

    /** Notes and comments are kept up to 4000 characters; longer is a 422, so nothing is cut silently. */
    private static void words(String text, String field) {
        if (text != null && text.length() > 4000) {
            throw RequestException.invalid("Keep the " + field + " to 4000 characters; it has " + text.length() + ".",
                    List.of(new FieldError(field, "Too long.")));
        }
    }

    private static Version with(Version v, String status, String note, String comment, String by, Instant at, boolean seen) {
        return new Version(v.appId(), v.number(), status, v.spec(), v.renames(), v.decisions(), v.base(), note, comment, by, at, seen,
                v.schema(), v.createdAt(), v.createdBy());
    }

    static void setAppStatus(Connection c, App app, String status) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE TOOLSMITH.APPS SET STATUS = ? WHERE ID = ?")) {
            ps.setString(1, status);
            ps.setLong(2, app.id());
            ps.executeUpdate();
        }
    }

    static Set<String> archivedKeys(Connection c, App app) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT ENTITY_KEY, FIELD_KEY FROM TOOLSMITH.FIELD_ARCHIVE "
                + "WHERE APP_ID = ? AND EXPIRES_AT > CURRENT_TIMESTAMP")) {
            ps.setLong(1, app.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + "." + rs.getString(2));
                }
            }
        }
        return out;
    }
}
