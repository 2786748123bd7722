package org.toolsmith.runtime.people;

import java.util.Set;

/**
 * A person who signs in.
 *
 * @param roles some of {@code builder}, {@code reviewer}, {@code admin}
 * @param groups the names of the groups they belong to
 * @param generation raised by "sign out everywhere"; a session from an older generation is over
 * @param status {@code active}, {@code disabled} (cannot sign in) or {@code deleted} (only login and name kept)
 */
public record User(long id, String login, String name, String email, Set<String> roles, Set<String> groups,
                   int generation, String status) {
    public static final String ACTIVE = "active";
    public static final String DISABLED = "disabled";
    public static final String DELETED = "deleted";

    public static final String BUILDER = "builder";
    public static final String REVIEWER = "reviewer";
    public static final String ADMIN = "admin";
    public static final Set<String> ROLES = Set.of(BUILDER, REVIEWER, ADMIN);

    public User {
        roles = Set.copyOf(roles);
        groups = Set.copyOf(groups);
        status = status == null ? ACTIVE : status;
    }

    /** An active person. */
    public User(long id, String login, String name, String email, Set<String> roles, Set<String> groups, int generation) {
        this(id, login, name, email, roles, groups, generation, ACTIVE);
    }

    /** May sign in and use tokens: neither disabled nor deleted. */
    public boolean isActive() {
        return ACTIVE.equals(status);
    }

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }

    /** May draft and create tools: builders and admins. */
    public boolean isBuilder() {
        return roles.contains(BUILDER) || isAdmin();
    }

    /** May look at every tool's definition and sharing (to review them): reviewers and admins. */
    public boolean isReviewer() {
        return roles.contains(REVIEWER) || isAdmin();
    }
}
