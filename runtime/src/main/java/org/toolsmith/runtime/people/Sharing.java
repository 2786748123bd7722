package org.toolsmith.runtime.people;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.records.Right;
import org.toolsmith.runtime.system.Database;
import org.toolsmith.runtime.system.RequestException;
import org.toolsmith.runtime.system.RequestException.FieldError;

/**
 * Who may use each app ({@code TOOLSMITH.GRANTS}): grants to {@code everyone}, {@code group:NAME} or
 * {@code user:LOGIN}, each with some rights. A new app has no grant: only its builder (and admins)
 * can open it. The builder and admins hold every right; anyone else holds the union of the grants
 * that name them.
 */
public final class Sharing {
    public static final String EVERYONE = "everyone";

    private final Database database;
    private final Accounts accounts;
    private volatile Gate gate;

    public Sharing(Database database, Accounts accounts) {
        this.database = database;
        this.accounts = accounts;
    }

    /** One grant: to whom, and which rights. */
    public record Grant(String to, Set<Right> rights) {
        public Grant {
            rights = rights.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rights));
        }

        /** The rights as API.md names them, in a stable order. */
        public List<String> rightKeys() {
            return Arrays.stream(Right.values()).filter(rights::contains).map(Right::key).toList();
        }
    }

    /**
     * What a change of sharing did: the grants in force now, and the grants asked for that wait for
     * review with version {@code version} of the app (empty and null when nothing waits).
     */
    public record Outcome(List<Grant> inForce, List<Grant> pending, Integer version) {
    }

    /**
     * Decides what a change of sharing does. Without one, every change applies at once; the review
     * path installs one so that widening access waits for review ({@code review.SharingReview}).
     */
    public interface Gate {
        Outcome change(App app, List<Grant> current, List<Grant> desired, String actor);

        /** The sharing waiting for review, if any. */
        java.util.Optional<Outcome> pending(App app);
    }

    public void gate(Gate g) {
        this.gate = g;
    }

    /** The sharing waiting for review, if any (the whole sharing asked for, not only what it adds). */
    public java.util.Optional<Outcome> pending(App app) {
        Gate g = gate;
        return g == null ? java.util.Optional.empty() : g.pending(app);
    }

    /** The sharing as last asked for: what waits for review, else what is in force. */
    public List<Grant> desired(App app) {
        return pending(app).map(Outcome::pending).orElseGet(() -> grants(app));
    }

    public List<Grant> grants(App app) {
        return database.inTransaction(c -> grants(c, app));
    }

    /** The sharing in force now, on the caller's connection: everyone first, then by grantee. */
    public static List<Grant> grants(Connection c, App app) throws SQLException {
        List<Grant> grants = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT GRANTEE, RIGHTS FROM TOOLSMITH.GRANTS WHERE APP_ID = ?"
                + " ORDER BY CASE WHEN GRANTEE = 'everyone' THEN 0 ELSE 1 END, GRANTEE")) {
            ps.setLong(1, app.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    EnumSet<Right> rights = EnumSet.noneOf(Right.class);
                    for (String key : rs.getString(2).split(" ")) {
                        Right.of(key).ifPresent(rights::add);
                    }
                    grants.add(new Grant(rs.getString(1), rights));
                }
            }
        }
        return grants;
    }

    /** As {@link #change}, by nobody named; answers the grants in force. */
    public List<Grant> replace(App app, List<Grant> grants) {
        return change(app, grants, null).inForce();
    }

    /**
     * Asks for {@code grants} as the app's whole sharing; a 422 names each grant that cannot be kept.
     * Grants to the same party merge. The gate decides what applies at once and what waits for review.
     */
    public Outcome change(App app, List<Grant> grants, String actor) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, EnumSet<Right>> merged = new LinkedHashMap<>();
        for (int i = 0; i < grants.size(); i++) {
            Grant g = grants.get(i);
            String to = g.to() == null ? "" : g.to().strip();
            String problem = checkGrantee(to);
            if (problem != null) {
                errors.add(new FieldError("grants[" + i + "].to", problem));
                continue;
            }
            EnumSet<Right> rights = merged.computeIfAbsent(normal(to), k -> EnumSet.noneOf(Right.class));
            rights.addAll(g.rights());
        }
        if (!errors.isEmpty()) {
            throw RequestException.invalid(errors.get(0).message(), errors);
        }
        List<Grant> desired = merged.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new Grant(e.getKey(), e.getValue())).toList();
        Gate g = gate;
        if (g != null) {
            return g.change(app, grants(app), desired, actor);
        }
        database.inTransaction(c -> {
            write(c, app, desired);
            return null;
        });
        return new Outcome(grants(app), List.of(), null);
    }

    /** Puts {@code grants} in force as the app's whole sharing, in the caller's transaction. */
    public static void write(java.sql.Connection c, App app, List<Grant> grants) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM TOOLSMITH.GRANTS WHERE APP_ID = ?")) {
            ps.setLong(1, app.id());
            ps.executeUpdate();
        }
        for (Grant g : grants) {
            if (g.rights().isEmpty()) {
                continue;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO TOOLSMITH.GRANTS (APP_ID, GRANTEE, RIGHTS) VALUES (?, ?, ?)")) {
                ps.setLong(1, app.id());
                ps.setString(2, g.to());
                ps.setString(3, g.rightKeys().stream().collect(Collectors.joining(" ")));
                ps.executeUpdate();
            }
        }
    }

    /** What {@code user} may do in {@code app}: everything for its builder and admins, else what the grants give. */
    public Set<Right> rights(User user, App app) {
        if (user.isAdmin() || user.login().equals(app.createdBy())) {
            return EnumSet.allOf(Right.class);
        }
        EnumSet<Right> rights = EnumSet.noneOf(Right.class);
        for (Grant g : grants(app)) {
            if (applies(g.to(), user)) {
                rights.addAll(g.rights());
            }
        }
        return rights;
    }

    static boolean applies(String to, User user) {
        if (to.equals(EVERYONE)) {
            return true;
        }
        if (to.startsWith("group:")) {
            return user.groups().contains(to.substring(6));
        }
        return to.startsWith("user:") && to.substring(5).equals(user.login());
    }

    private static String normal(String to) {
        return to.startsWith("user:") ? "user:" + to.substring(5).strip().toLowerCase(java.util.Locale.ROOT)
                : to.startsWith("group:") ? "group:" + to.substring(6).strip() : to;
    }

    private String checkGrantee(String to) {
        if (to.equals(EVERYONE)) {
            return null;
        }
        if (to.startsWith("group:")) {
            return to.substring(6).strip().matches(Accounts.GROUP_PATTERN) ? null
                    : "\"" + to + "\" does not name a group: write group:NAME.";
        }
        if (to.startsWith("user:")) {
            return accounts.find(to.substring(5)).filter(u -> !User.DELETED.equals(u.status())).isPresent() ? null
                    : "There is nobody with the login \"" + to.substring(5).strip() + "\".";
        }
        return "Share with \"everyone\", \"group:NAME\" or \"user:LOGIN\", not \"" + to + "\".";
    }
}
