package org.toolsmith.runtime.people;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.toolsmith.runtime.system.Database;
import org.toolsmith.runtime.system.RequestException;
import org.toolsmith.runtime.system.RequestException.FieldError;

/** People, groups and personal tokens in {@code TOOLSMITH.USERS}, {@code GROUPS}, {@code MEMBERS}, {@code TOKENS}. */
public final class Accounts {
    static final String LOGIN_PATTERN = "[a-z0-9][a-z0-9._@-]{0,99}";
    static final String GROUP_PATTERN = "[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}";
    static final int MIN_PASSWORD = 10;

    private final Database database;

    public Accounts(Database database) {
        this.database = database;
    }

    /** What a new account needs; the password may be null for token-only accounts. */
    public record NewUser(String login, String name, String email, String password, Set<String> roles, List<String> groups) {
    }

    /** Creates a person (groups that do not exist yet are created); 422 on bad values, 409 on a taken login. */
    public User create(NewUser n) {
        String login = n.login() == null ? "" : n.login().strip().toLowerCase(Locale.ROOT);
        List<FieldError> errors = new ArrayList<>();
        if (!login.matches(LOGIN_PATTERN)) {
            errors.add(new FieldError("login", "A login is 1 to 100 lower-case letters, digits, dots, dashes, _ or @."));
        }
        if (n.password() != null && n.password().length() < MIN_PASSWORD) {
            errors.add(new FieldError("password", "A password needs at least " + MIN_PASSWORD + " characters."));
        }
        for (String role : n.roles()) {
            if (!User.ROLES.contains(role)) {
                errors.add(new FieldError("roles", "\"" + role + "\" is not a role; roles are builder, reviewer and admin."));
            }
        }
        for (String group : n.groups()) {
            if (!group.strip().matches(GROUP_PATTERN)) {
                errors.add(new FieldError("groups", "\"" + group + "\" is not a group name: letters, digits, spaces, . _ or -."));
            }
        }
        if (!errors.isEmpty()) {
            throw RequestException.invalid(errors.get(0).message(), errors);
        }
        String name = n.name() == null || n.name().isBlank() ? login : n.name().strip();
        String hash = n.password() == null ? null : Passwords.hash(n.password());
        return database.inTransaction(c -> {
            Optional<User> taken = find(c, login);
            if (taken.isPresent() && User.DELETED.equals(taken.get().status())) {
                throw RequestException.conflict("The login \"" + login + "\" belonged to " + taken.get().name()
                        + ", who was deleted; their records still name it, so it is not given again. Choose another.",
                        List.of(new FieldError("login", "This login belonged to someone who was deleted.")));
            }
            if (taken.isPresent()) {
                throw RequestException.conflict("The login \"" + login + "\" is taken. Choose another.",
                        List.of(new FieldError("login", "This login is taken.")));
            }
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO TOOLSMITH.USERS (LOGIN, NAME, EMAIL, PASSWORD_HASH, ROLES)"
                    + " VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, login);
                ps.setString(2, limit(name, 200));
                ps.setString(3, n.email() == null || n.email().isBlank() ? null : limit(n.email().strip(), 200));
                ps.setString(4, hash);
                ps.setString(5, String.join(" ", new TreeSet<>(n.roles())));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            for (String group : new LinkedHashSet<>(n.groups().stream().map(String::strip).toList())) {
                long groupId = groupId(c, group);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO TOOLSMITH.MEMBERS (USER_ID, GROUP_ID) VALUES (?, ?)")) {
                    ps.setLong(1, id);
                    ps.setLong(2, groupId);
                    ps.executeUpdate();
                }
            }
            return find(c, login).orElseThrow();
        });
    }

    /**
     * The person a single sign-on provider vouched for: created on first sign-in (no password, no
     * role), name and e-mail refreshed, and their groups set to exactly those the provider names
     * (groups that do not exist yet are created). Groups are the provider's to manage for them.
     */
    public User external(String login, String name, String email, List<String> groups) {
        return external(login, name, email, groups, null);
    }

    /** As {@link #external(String, String, String, List)}, and with {@code roles} (when not null) set to exactly those. */
    public User external(String login, String name, String email, List<String> groups, Set<String> roles) {
        String normal = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        List<String> clean = groups.stream().map(String::strip).filter(g -> g.matches(GROUP_PATTERN)).distinct().toList();
        Optional<User> known = find(normal);
        if (known.isPresent() && !known.get().isActive()) {
            throw RequestException.forbidden("Your Toolsmith account \"" + normal + "\" is " + known.get().status()
                    + ". Ask an admin.");
        }
        if (known.isEmpty()) {
            try {
                return create(new NewUser(normal, name, email, null, roles == null ? Set.of() : roles, clean));
            } catch (RequestException e) {
                if (e.status() != 409) {
                    throw e;
                }
            }
        }
        return database.inTransaction(c -> {
            User user = find(c, normal).orElseThrow();
            try (PreparedStatement ps = c.prepareStatement("UPDATE TOOLSMITH.USERS SET NAME = ?, EMAIL = ?, ROLES = COALESCE(?, ROLES) WHERE ID = ?")) {
                ps.setString(1, limit(name == null || name.isBlank() ? normal : name.strip(), 200));
                ps.setString(2, email == null || email.isBlank() ? null : limit(email.strip(), 200));
                ps.setString(3, roles == null ? null : String.join(" ", new TreeSet<>(roles)));
                ps.setLong(4, user.id());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM TOOLSMITH.MEMBERS WHERE USER_ID = ?")) {
                ps.setLong(1, user.id());
                ps.executeUpdate();
            }
            for (String group : clean) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO TOOLSMITH.MEMBERS (USER_ID, GROUP_ID) VALUES (?, ?)")) {
                    ps.setLong(1, user.id());
                    ps.setLong(2, groupId(c, group));
                    ps.executeUpdate();
                }
            }
            return find(c, normal).orElseThrow();
        });
    }

    /** Changes to a person; null leaves that part as it is. */
    public record Changes(String name, String email, String password, Set<String> roles, List<String> groups) {
    }

    /**
     * Changes a person (admins); a new password also ends their sessions. 404 if there is no such
     * login, 422 on bad values. The last admin cannot lose the admin role.
     */
    public User update(String login, Changes ch) {
        User user = find(login).orElseThrow(() -> RequestException.notFound("There is nobody with the login \"" + login + "\"."));
        if (User.DELETED.equals(user.status())) {
            throw RequestException.conflict(user.login() + " (" + user.name() + ") was deleted and cannot be changed.", List.of());
        }
        List<FieldError> errors = new ArrayList<>();
        if (ch.password() != null && ch.password().length() < MIN_PASSWORD) {
            errors.add(new FieldError("password", "A password needs at least " + MIN_PASSWORD + " characters."));
        }
        if (ch.roles() != null) {
            ch.roles().stream().filter(r -> !User.ROLES.contains(r)).forEach(r -> errors.add(
                    new FieldError("roles", "\"" + r + "\" is not a role; roles are builder, reviewer and admin.")));
        }
        if (ch.groups() != null) {
            ch.groups().stream().filter(g -> !g.strip().matches(GROUP_PATTERN)).forEach(g -> errors.add(
                    new FieldError("groups", "\"" + g + "\" is not a group name: letters, digits, spaces, . _ or -.")));
        }
        if (!errors.isEmpty()) {
            throw RequestException.invalid(errors.get(0).message(), errors);
        }
        String hash = ch.password() == null ? null : Passwords.hash(ch.password());
        return database.inTransaction(c -> {
            if (ch.roles() != null && user.isAdmin() && !ch.roles().contains(User.ADMIN)) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT COUNT(*) FROM TOOLSMITH.USERS WHERE (' ' || ROLES || ' ') LIKE '% admin %'")) {
                    rs.next();
                    if (rs.getLong(1) <= 1) {
                        throw RequestException.conflict("This is the last admin. Make someone else admin first.",
                                List.of(new FieldError("roles", "The last admin keeps the admin role.")));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE TOOLSMITH.USERS SET NAME = COALESCE(?, NAME), "
                    + "EMAIL = CASE WHEN ? THEN ? ELSE EMAIL END, ROLES = COALESCE(?, ROLES), PASSWORD_HASH = COALESCE(?, PASSWORD_HASH), "
                    + "SESSION_GENERATION = SESSION_GENERATION + ? WHERE ID = ?")) {
                ps.setString(1, ch.name() == null || ch.name().isBlank() ? null : limit(ch.name().strip(), 200));
                ps.setBoolean(2, ch.email() != null);
                ps.setString(3, ch.email() == null || ch.email().isBlank() ? null : limit(ch.email().strip(), 200));
                ps.setString(4, ch.roles() == null ? null : String.join(" ", new TreeSet<>(ch.roles())));
                ps.setString(5, hash);
                ps.setInt(6, hash == null ? 0 : 1);
                ps.setLong(7, user.id());
                ps.executeUpdate();
            }
            if (ch.groups() != null) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM TOOLSMITH.MEMBERS WHERE USER_ID = ?")) {
                    ps.setLong(1, user.id());
                    ps.executeUpdate();
                }
                for (String group : new LinkedHashSet<>(ch.groups().stream().map(String::strip).toList())) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO TOOLSMITH.MEMBERS (USER_ID, GROUP_ID) VALUES (?, ?)")) {
                        ps.setLong(1, user.id());
                        ps.setLong(2, groupId(c, group));
                        ps.executeUpdate();
                    }
                }
            }
            return find(c, user.login()).orElseThrow();
        });
    }

    Database database() {
        return database;
    }

    public Optional<User> find(String login) {
        if (login == null) {
            return Optional.empty();
        }
        return database.inTransaction(c -> find(c, login.strip().toLowerCase(Locale.ROOT)));
    }

    public Optional<User> byId(long id) {
        return database.inTransaction(c -> select(c, "WHERE U.ID = ?", id).stream().findFirst());
    }

    /** Everyone, by login. */
    public List<User> list() {
        return database.inTransaction(c -> select(c, "ORDER BY U.LOGIN"));
    }

    /** Every group name, sorted. */
    public List<String> groups() {
        return database.inTransaction(c -> {
            List<String> names = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT NAME FROM TOOLSMITH.GROUPS ORDER BY NAME")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }

    public boolean any() {
        return database.inTransaction(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM TOOLSMITH.USERS")) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        });
    }

    /** The person if the password is theirs (same work whether or not the login exists). */
    public Optional<User> check(String login, String password) {
        String normal = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        String stored = database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT PASSWORD_HASH FROM TOOLSMITH.USERS WHERE LOGIN = ?")) {
                ps.setString(1, normal);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        return Passwords.verify(password == null ? "" : password, stored) ? find(normal).filter(u -> !User.DELETED.equals(u.status()))
                : Optional.empty();
    }

    /** Ends every session of this person ("sign out everywhere"). */
    public void endSessions(long userId) {
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE TOOLSMITH.USERS SET SESSION_GENERATION = SESSION_GENERATION + 1 WHERE ID = ?")) {
                ps.setLong(1, userId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Makes a personal token; returns it (shown once: only its digest is kept). */
    public String newToken(long userId, String name) {
        String token = Passwords.randomToken("tsm_");
        String label = name == null || name.isBlank() ? "token" : limit(name.strip(), 200);
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO TOOLSMITH.TOKENS (USER_ID, NAME, TOKEN_HASH) VALUES (?, ?, ?)")) {
                ps.setLong(1, userId);
                ps.setString(2, label);
                ps.setString(3, Passwords.digest(token));
                ps.executeUpdate();
            }
            return null;
        });
        return token;
    }

    /** The person a personal token belongs to. */
    public Optional<User> byToken(String token) {
        if (token == null || !token.startsWith("tsm_")) {
            return Optional.empty();
        }
        String digest = Passwords.digest(token);
        return database.inTransaction(c -> select(c, "WHERE U.ID = (SELECT USER_ID FROM TOOLSMITH.TOKENS WHERE TOKEN_HASH = ?)",
                digest).stream().findFirst()).filter(User::isActive);
    }

    /** A person's tokens: id, name, created (never the token). */
    public List<TokenInfo> tokens(long userId) {
        return database.inTransaction(c -> {
            List<TokenInfo> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT ID, NAME, CREATED_AT FROM TOOLSMITH.TOKENS WHERE USER_ID = ? ORDER BY ID DESC")) {
                ps.setLong(1, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new TokenInfo(rs.getLong(1), rs.getString(2), rs.getObject(3, java.time.OffsetDateTime.class)));
                    }
                }
            }
            return list;
        });
    }

    /** Revokes one of this person's tokens; false if there was none with this id. */
    public boolean revokeToken(long userId, long tokenId) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM TOOLSMITH.TOKENS WHERE ID = ? AND USER_ID = ?")) {
                ps.setLong(1, tokenId);
                ps.setLong(2, userId);
                return ps.executeUpdate() > 0;
            }
        });
    }

    public record TokenInfo(long id, String name, java.time.OffsetDateTime createdAt) {
    }

    private static Optional<User> find(Connection c, String login) throws SQLException {
        return select(c, "WHERE U.LOGIN = ?", login).stream().findFirst();
    }

    private static List<User> select(Connection c, String where, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT U.ID, U.LOGIN, U.NAME, U.EMAIL, U.ROLES, U.SESSION_GENERATION, "
                + "(SELECT LISTAGG(G.NAME, '\n') FROM TOOLSMITH.MEMBERS M JOIN TOOLSMITH.GROUPS G ON G.ID = M.GROUP_ID"
                + " WHERE M.USER_ID = U.ID), U.STATUS FROM TOOLSMITH.USERS U " + where)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<User> users = new ArrayList<>();
                while (rs.next()) {
                    String roles = rs.getString(5);
                    String groups = rs.getString(7);
                    users.add(new User(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            roles.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(roles.split(" "))),
                            groups == null || groups.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(groups.split("\n"))),
                            rs.getInt(6), rs.getString(8)));
                }
                return users;
            }
        }
    }

    private static long groupId(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ID FROM TOOLSMITH.GROUPS WHERE NAME = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO TOOLSMITH.GROUPS (NAME) VALUES (?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static String limit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
