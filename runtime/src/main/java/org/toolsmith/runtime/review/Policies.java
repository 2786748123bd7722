package org.toolsmith.runtime.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.system.Database;
import org.toolsmith.runtime.system.RequestException;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.toolsmith.runtime.people.Sharing;
import org.toolsmith.runtime.records.Right;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * Organisation policies: rules an admin turns on, each with a severity. Checked before a version
 * is submitted; a finding of severity {@code error} blocks the submission with its message, a
 * {@code warning} is shown to the reviewer as a risk.
 */
public final class Policies {
    /** The rules Toolsmith knows, with what each asks, in words for the admin page. */
    public static final Map<String, String> RULES = rules();

    private final Database database;
    private final Function<String, Set<String>> groupsOf;

    public Policies(Database database) {
        this(database, login -> Set.of());
    }

    /** {@code groupsOf} answers the groups a login belongs to (the team of an app is its builder's groups). */
    public Policies(Database database, Function<String, Set<String>> groupsOf) {
        this.database = database;
        this.groupsOf = groupsOf;
    }

    private static Map<String, String> rules() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("app_has_owner", "Every app must name an owner.");
        m.put("not_visible_to_everyone", "No app may be visible to everyone.");
        m.put("person_fields_team_only", "Person fields must not be shown to viewers outside the team (the groups of the app's builder).");
        return m;
    }

    /** A rule as set: severity {@code error} or {@code warning}, on or off. */
    public record Rule(String rule, String words, String severity, boolean enabled) {
    }

    /** A rule the app breaks, with the message for the builder. */
    public record Finding(String rule, String severity, String message) {
    }

    public List<Rule> list() {
        return database.inTransaction(Policies::list);
    }

    private static List<Rule> list(Connection c) throws SQLException {
        Map<String, Rule> found = new LinkedHashMap<>();
        RULES.forEach((k, v) -> found.put(k, new Rule(k, v, "error", false)));
        try (PreparedStatement ps = c.prepareStatement("SELECT RULE, SEVERITY, ENABLED FROM TOOLSMITH.POLICIES");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (RULES.containsKey(rs.getString(1))) {
                    found.put(rs.getString(1), new Rule(rs.getString(1), RULES.get(rs.getString(1)), rs.getString(2), rs.getBoolean(3)));
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** Sets one rule; a 422 for an unknown rule or severity. */
    public void set(String rule, String severity, boolean enabled, String actor) {
        if (!RULES.containsKey(rule)) {
            throw RequestException.invalid("There is no policy \"" + rule + "\". The policies are: " + String.join(", ", RULES.keySet()) + ".", List.of());
        }
        if (!"error".equals(severity) && !"warning".equals(severity)) {
            throw RequestException.invalid("A policy's severity is \"error\" (blocks submission) or \"warning\" (shown to the reviewer).", List.of());
        }
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO TOOLSMITH.POLICIES (RULE, SEVERITY, ENABLED) KEY (RULE) VALUES (?, ?, ?)")) {
                ps.setString(1, rule);
                ps.setString(2, severity);
                ps.setBoolean(3, enabled);
                ps.executeUpdate();
            }
            AuditLog.append(c, actor, "policy_set", null, null, rule + ": " + (enabled ? severity : "off"));
            return null;
        });
    }

    /** What the app, about to become {@code spec} and shared by {@code grants}, breaks. */
    List<Finding> check(Connection c, App app, AppSpec spec, String owner, List<Sharing.Grant> grants) throws SQLException {
        List<Finding> out = new ArrayList<>();
        for (Rule rule : list(c)) {
            if (!rule.enabled()) {
                continue;
            }
            String message = switch (rule.rule()) {
                case "app_has_owner" -> owner == null || owner.isBlank()
                        ? "Name an owner for \"" + spec.name() + "\": the person who answers for it." : null;
                case "not_visible_to_everyone" -> grants.stream().anyMatch(g -> g.to().equals(Sharing.EVERYONE))
                        ? "\"" + spec.name() + "\" is shared with everyone; share it with groups or people instead." : null;
                case "person_fields_team_only" -> personFields(app, spec, grants);
                default -> null;
            };
            if (message != null) {
                out.add(new Finding(rule.rule(), rule.severity(), message));
            }
        }
        return out;
    }

    /**
     * The person fields that viewers outside the team would see: a grant that lets someone see
     * records (view_all, view_own) to everyone, to a group the builder is not in, or to a person
     * who shares no group with the builder.
     */
    private String personFields(App app, AppSpec spec, List<Sharing.Grant> grants) {
        Set<String> team = groupsOf.apply(app.createdBy());
        List<String> outside = new ArrayList<>();
        for (Sharing.Grant g : grants) {
            boolean sees = g.rights().contains(Right.VIEW_ALL) || g.rights().contains(Right.VIEW_OWN);
            if (sees && outsideTeam(g.to(), app.createdBy(), team)) {
                outside.add(g.to());
            }
        }
        List<String> fields = new ArrayList<>();
        for (Entity e : spec.entities()) {
            for (Field f : e.fields()) {
                if (f.type() == FieldType.PERSON) {
                    fields.add("\"" + f.label() + "\" in " + e.name());
                }
            }
        }
        if (outside.isEmpty() || fields.isEmpty()) {
            return null;
        }
        return "\"" + spec.name() + "\" shows the person field" + (fields.size() == 1 ? " " : "s ") + String.join(", ", fields)
                + " to viewers outside the team (" + String.join(", ", outside) + "). Share it only with "
                + (team.isEmpty() ? "the builder's groups (the builder is in none yet)" : "group:" + String.join(", group:", new TreeSet<>(team)))
                + ", or remove the person field" + (fields.size() == 1 ? "." : "s.");
    }

    private boolean outsideTeam(String grantee, String builder, Set<String> team) {
        if (grantee.equals(Sharing.EVERYONE)) {
            return true;
        }
        if (grantee.startsWith("group:")) {
            return !team.contains(grantee.substring(6));
        }
        String login = grantee.substring(grantee.indexOf(':') + 1);
        return !login.equals(builder) && groupsOf.apply(login).stream().noneMatch(team::contains);
    }
}
