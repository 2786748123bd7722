package org.toolsmith.runtime.people;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.toolsmith.runtime.system.Database;
import org.toolsmith.runtime.system.RequestException;

/**
 * Disabling, enabling and deleting people (admins). Disabling ends their sessions and revokes their
 * tokens; they cannot sign in (by password, token or single sign-on) until enabled. Deleting keeps
 * only their login and name, so that records still say who added or changed them and nobody else
 * ever gets the login; everything else (password, e-mail, roles, groups, tokens, sessions, grants
 * naming them) goes. Nobody can disable or delete themselves, or the last active admin.
 */
final class AccountStatus {
    private final Database database;
    private final Accounts accounts;

    AccountStatus(Database database, Accounts accounts) {
        this.database = database;
        this.accounts = accounts;
    }

    User disable(String login, User by) {
        return change(login, by, User.DISABLED);
    }

    User enable(String login, User by) {
        User user = existing(login);
        if (!User.DISABLED.equals(user.status())) {
            return user;
        }
        database.inTransaction(c -> {
            set(c, user, User.ACTIVE, by);
            return null;
        });
        return accounts.find(user.login()).orElseThrow();
    }

    User delete(String login, User by) {
        return change(login, by, User.DELETED);
    }

    private User change(String login, User by, String status) {
        User user = existing(login);
        String verb = status.equals(User.DELETED) ? "delete" : "disable";
        if (user.id() == by.id()) {
            throw RequestException.conflict("You cannot " + verb + " yourself. Ask another admin.", List.of());
        }
        database.inTransaction(c -> {
            if (user.isAdmin() && user.isActive() && activeAdmins(c) <= 1) {
                throw RequestException.conflict(user.login() + " is the last active admin. Make someone else admin first.", List.of());
            }
            set(c, user, status, by);
            run(c, "DELETE FROM TOOLSMITH.TOKENS WHERE USER_ID = ?", user.id());
            if (status.equals(User.DELETED)) {
                run(c, "DELETE FROM TOOLSMITH.MEMBERS WHERE USER_ID = ?", user.id());
                run(c, "UPDATE TOOLSMITH.USERS SET PASSWORD_HASH = NULL, EMAIL = NULL, ROLES = '' WHERE ID = ?", user.id());
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM TOOLSMITH.GRANTS WHERE GRANTEE = ?")) {
                    ps.setString(1, "user:" + user.login());
                    ps.executeUpdate();
                }
            }
            return null;
        });
        return accounts.find(user.login()).orElseThrow();
    }

    private User existing(String login) {
        User user = accounts.find(login).orElseThrow(() -> RequestException.notFound("There is nobody with the login \"" + login + "\"."));
        if (User.DELETED.equals(user.status())) {
            throw RequestException.conflict(user.login() + " (" + user.name() + ") was deleted; a deleted person stays deleted.", List.of());
        }
        return user;
    }

    /** Sets the status and ends every session (their generation rises). */
    private static void set(Connection c, User user, String status, User by) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE TOOLSMITH.USERS SET STATUS = ?, STATUS_AT = ?, STATUS_BY = ?, "
                + "SESSION_GENERATION = SESSION_GENERATION + 1 WHERE ID = ?")) {
            ps.setString(1, status);
            ps.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            ps.setString(3, by.login());
            ps.setLong(4, user.id());
            ps.executeUpdate();
        }
    }

    private static long activeAdmins(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM TOOLSMITH.USERS WHERE STATUS = 'active' "
                + "AND (' ' || ROLES || ' ') LIKE '% admin %'"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void run(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }
}
