package org.toolsmith.runtime.records;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who asks the record store for something, and what they may do in that app. Every read and write
 * of {@link RecordStore} takes one and filters in SQL: with {@code view_all} a person sees every
 * record, with {@code view_own} only those they own (see {@link KindAccess}), else none. The
 * app spec's access rules narrow or widen this per record kind by the person's groups.
 *
 * @param login stored as {@code created_by} / {@code updated_by}, and compared for "own"
 * @param groups the groups the person belongs to, for the spec's {@code see_all} and {@code visible_to}
 */
public record Caller(String login, Set<Right> rights, Set<String> groups) {
    public Caller {
        rights = rights.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rights));
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }

    /** Someone in no group. */
    public Caller(String login, Set<Right> rights) {
        this(login, rights, Set.of());
    }

    /** Someone who may do everything (the app's builder, an admin, tests of the store itself). */
    public static Caller everything(String login) {
        return new Caller(login, EnumSet.allOf(Right.class));
    }

    public boolean may(Right right) {
        return rights.contains(right);
    }

    /** May see at least some records. */
    public boolean canView() {
        return may(Right.VIEW_ALL) || may(Right.VIEW_OWN);
    }

    /** In at least one of {@code names} (compared regardless of case). */
    public boolean inAny(java.util.Collection<String> names) {
        for (String n : names) {
            for (String g : groups) {
                if (g.equalsIgnoreCase(n.strip())) {
                    return true;
                }
            }
        }
        return false;
    }
}
