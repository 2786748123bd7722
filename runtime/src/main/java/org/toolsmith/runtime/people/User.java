package org.toolsmith.runtime.people;

import java.util.Set;

/**
 * A person who signs in.
 *
 * @param roles some of {@code builder}, {@code reviewer}, {@code admin}
 * @param groups the names of the groups they belong to
 * @param generation raised by "sign out everywhere"; a session from an older generation is over
 */
public record User(long id, String login, String name, String email, Set<String> roles, Set<String> groups,
                   int generation) {
    public static final String BUILDER = "builder";
    public static final String REVIEWER = "reviewer";
    public static final String ADMIN = "admin";
    public static final Set<String> ROLES = Set.of(BUILDER, REVIEWER, ADMIN);

    public User {
        roles = Set.copyOf(roles);
        groups = Set.copyOf(groups);
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
