package org.toolsmith.runtime.review;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.people.Sharing;
import org.toolsmith.runtime.people.Sharing.Grant;
import org.toolsmith.runtime.records.Right;
import org.toolsmith.runtime.system.Database;

/**
 * Sharing is part of a version. A change that takes rights away applies at once (revoking access
 * never waits); a change that gives anyone a right they lack (widening) is kept with the app's open
 * version (one is opened if there is none), shown and flagged on its review page, and put in force
 * in the transaction that publishes the version. Meanwhile the narrowing part of it applies at once.
 */
final class SharingReview implements Sharing.Gate {
    private static final Map<Right, String> WORDS = words();

    private final Database database;
    private final Lifecycle lifecycle;
    private final ObjectMapper mapper = new ObjectMapper();

    SharingReview(Database database, Lifecycle lifecycle) {
        this.database = database;
        this.lifecycle = lifecycle;
    }

    private static Map<Right, String> words() {
        Map<Right, String> m = new java.util.EnumMap<>(Right.class);
        m.put(Right.VIEW_ALL, "see all records");
        m.put(Right.VIEW_OWN, "see the records they added");
        m.put(Right.ADD, "add records");
        m.put(Right.EDIT_OWN, "change the records they added");
        m.put(Right.EDIT_ALL, "change all records");
        m.put(Right.DELETE_OWN, "delete the records they added");
        m.put(Right.DELETE_ALL, "delete all records");
        m.put(Right.MANAGE, "manage sharing");
        return m;
    }

    @Override
    public Sharing.Outcome change(App app, List<Grant> current, List<Grant> desired, String actor) {
        // Under the app's lock: a publication must not interleave with a change of who may use it.
        return lifecycle.locked(app, fresh -> changeLocked(fresh, current, desired, actor));
    }

    private Sharing.Outcome changeLocked(App app, List<Grant> current, List<Grant> desired, String actor) {
        if (gains(current, desired).isEmpty()) {
            database.inTransaction(c -> {
                Sharing.write(c, app, desired);
                clear(c, app);
                AuditLog.append(c, actor, "shared", app.slug(), null, "in force at once (no one gains a right): " + describe(desired));
                return null;
            });
            return new Sharing.Outcome(desired, List.of(), null);
        }
        Version open = lifecycle.open(app).orElseGet(() -> lifecycle.saveDraft(app, app.spec(), List.of(), Map.of(), actor));
        List<Grant> now = intersection(current, desired);
        database.inTransaction(c -> {
            Sharing.write(c, app, now);
            clear(c, app);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO TOOLSMITH.PENDING_SHARING (APP_ID, VERSION, GRANTS, PROPOSED_BY) "
                    + "VALUES (?, ?, ?, ?)")) {
                ps.setLong(1, app.id());
                ps.setInt(2, open.number());
                ps.setString(3, write(desired));
                ps.setString(4, actor);
                ps.executeUpdate();
            }
            AuditLog.append(c, actor, "sharing_proposed", app.slug(), open.number(), "waits for review: " + describe(desired));
            lifecycle.withdraw(c, app, open, actor, "a change of sharing");
            return null;
        });
        return new Sharing.Outcome(now, desired, open.number());
    }

    @Override
    public Optional<Sharing.Outcome> pending(App app) {
        return database.inTransaction(c -> pending(c, app)).map(p -> new Sharing.Outcome(List.of(), p, version(app)));
    }

    private Integer version(App app) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT VERSION FROM TOOLSMITH.PENDING_SHARING WHERE APP_ID = ?")) {
                ps.setLong(1, app.id());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : null;
                }
            }
        });
    }

    /** The whole sharing asked for, if a widening waits for review. */
    Optional<List<Grant>> pending(Connection c, App app) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT GRANTS FROM TOOLSMITH.PENDING_SHARING WHERE APP_ID = ?")) {
            ps.setLong(1, app.id());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs.getString(1))) : Optional.empty();
            }
        }
    }

    /** The grants that will be in force once the open version is published. */
    List<Grant> after(Connection c, App app) throws SQLException {
        Optional<List<Grant>> p = pending(c, app);
        return p.isPresent() ? p.get() : current(c, app);
    }

    /** In the publishing transaction: the sharing that waited goes into force. */
    void publish(Connection c, App app, int version, String actor) throws SQLException {
        Optional<List<Grant>> p = pending(c, app);
        if (p.isPresent()) {
            Sharing.write(c, app, p.get());
            clear(c, app);
            AuditLog.append(c, actor, "shared", app.slug(), version, "in force with version " + version + ": " + describe(p.get()));
        }
    }

    /** What changes in who may use the app, in plain words, and the risks: every gain widens access. */
    static void review(List<Grant> current, List<Grant> desired, String appName, List<String> changes, List<Review.Risk> risks) {
        Map<String, Set<Right>> before = byGrantee(current);
        for (var e : gains(current, desired).entrySet()) {
            String who = who(e.getKey());
            boolean everyone = e.getKey().equals(Sharing.EVERYONE);
            boolean seesNow = before.getOrDefault(e.getKey(), Set.of()).stream().anyMatch(SharingReview::sees);
            String words = capital(who) + (everyone ? " gain: " : " gains: ") + rights(e.getValue())
                    + (everyone && !seesNow && e.getValue().stream().anyMatch(SharingReview::sees) ? " (now visible to everyone)" : "");
            changes.add("Sharing: " + words);
            risks.add(new Review.Risk(everyone || e.getValue().contains(Right.MANAGE) || e.getValue().contains(Right.DELETE_ALL)
                    ? "high" : "medium", "Widens access: " + words + "."));
        }
        // Nothing is ever lost here: rights taken away were put in force at once (in force ⊆ asked for).
    }

    /** For each grantee, the rights {@code desired} gives that {@code current} does not. */
    static Map<String, Set<Right>> gains(List<Grant> current, List<Grant> desired) {
        Map<String, Set<Right>> before = byGrantee(current);
        Map<String, Set<Right>> out = new LinkedHashMap<>();
        for (var e : byGrantee(desired).entrySet()) {
            EnumSet<Right> gained = EnumSet.noneOf(Right.class);
            gained.addAll(e.getValue());
            gained.removeAll(before.getOrDefault(e.getKey(), Set.of()));
            if (!gained.isEmpty()) {
                out.put(e.getKey(), gained);
            }
        }
        return out;
    }

    private static List<Grant> intersection(List<Grant> current, List<Grant> desired) {
        Map<String, Set<Right>> want = byGrantee(desired);
        List<Grant> out = new ArrayList<>();
        for (Grant g : current) {
            EnumSet<Right> keep = EnumSet.noneOf(Right.class);
            keep.addAll(g.rights());
            keep.retainAll(want.getOrDefault(g.to(), Set.of()));
            if (!keep.isEmpty()) {
                out.add(new Grant(g.to(), keep));
            }
        }
        return out;
    }

    private static Map<String, Set<Right>> byGrantee(List<Grant> grants) {
        Map<String, Set<Right>> out = new LinkedHashMap<>();
        for (Grant g : grants) {
            out.computeIfAbsent(g.to(), k -> EnumSet.noneOf(Right.class)).addAll(g.rights());
        }
        return out;
    }

    private static boolean sees(Right r) {
        return r == Right.VIEW_ALL || r == Right.VIEW_OWN;
    }

    private static String who(String grantee) {
        return grantee.equals(Sharing.EVERYONE) ? "*everyone*" : grantee.startsWith("group:") ? "the group *" + grantee.substring(6) + "*"
                : "*" + grantee.substring(grantee.indexOf(':') + 1) + "*";
    }

    private static String rights(Set<Right> rights) {
        return String.join(", ", rights.stream().map(WORDS::get).toList());
    }

    static String describe(List<Grant> grants) {
        return grants.isEmpty() ? "nobody but its builder and admins"
                : String.join("; ", grants.stream().map(g -> g.to() + " (" + String.join(" ", g.rightKeys()) + ")").toList());
    }

    private static String capital(String s) {
        return s.startsWith("*") ? "*" + Character.toUpperCase(s.charAt(1)) + s.substring(2) : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void clear(Connection c, App app) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM TOOLSMITH.PENDING_SHARING WHERE APP_ID = ?")) {
            ps.setLong(1, app.id());
            ps.executeUpdate();
        }
    }

    private static List<Grant> current(Connection c, App app) throws SQLException {
        return org.toolsmith.runtime.people.Sharing.grants(c, app);
    }

    /** The sharing in force now, on the caller's connection. */
    List<Grant> inForce(Connection c, App app) throws SQLException {
        return current(c, app);
    }

    private String write(List<Grant> grants) {
        try {
            return mapper.writeValueAsString(grants.stream().map(g -> Map.of("to", g.to(), "rights", g.rightKeys())).toList());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Grant> read(String json) {
        try {
            List<Map<String, Object>> raw = mapper.readValue(json, new TypeReference<List<Map<String, Object>>>() { });
            List<Grant> out = new ArrayList<>();
            for (Map<String, Object> m : raw) {
                EnumSet<Right> rights = EnumSet.noneOf(Right.class);
                for (Object key : (List<?>) m.get("rights")) {
                    Right.of(String.valueOf(key)).ifPresent(rights::add);
                }
                out.add(new Grant(String.valueOf(m.get("to")), rights));
            }
            return out;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable pending sharing: " + e.getMessage(), e);
        }
    }
}
