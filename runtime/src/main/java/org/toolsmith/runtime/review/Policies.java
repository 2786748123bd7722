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
import org.toolsmith.spec.AppSpec;

/**
 * Organisation policies: rules an admin turns on, each with a severity. Checked before a version
 * is submitted; a finding of severity {@code error} blocks the submission with its message, a
 * {@code warning} is shown to the reviewer as a risk.
 */
public final class Policies {
    /** The rules Toolsmith knows, with what each asks, in words for the admin page. */
    public static final Map<String, String> RULES = rules();

    private final Database database;

    public Policies(Database database) {
        this.database = database;
    }

    private static Map<String, String> rules() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("app_has_owner", "Every app must name an owner.");
        m.put("not_visible_to_everyone", "No app may be visible to everyone.");
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

    /** What the app, about to become {@code spec}, breaks. */
    List<Finding> check(Connection c, App app, AppSpec spec, String owner) throws SQLException {
        List<Finding> out = new ArrayList<>();
        for (Rule rule : list(c)) {
            if (!rule.enabled()) {
                continue;
            }
            String message = switch (rule.rule()) {
                case "app_has_owner" -> owner == null || owner.isBlank()
                        ? "Name an owner for \"" + spec.name() + "\": the person who answers for it." : null;
                case "not_visible_to_everyone" -> sharedWithEveryone(c, app)
                        ? "\"" + spec.name() + "\" is shared with everyone; share it with groups or people instead." : null;
                default -> null;
            };
            if (message != null) {
                out.add(new Finding(rule.rule(), rule.severity(), message));
            }
        }
        return out;
    }

    private static boolean sharedWithEveryone(Connection c, App app) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM TOOLSMITH.GRANTS WHERE APP_ID = ? AND GRANTEE = 'everyone'")) {
            ps.setLong(1, app.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }
}
