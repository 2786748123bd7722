package org.toolsmith.runtime.records;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who asks the record store for something, and what they may do in that app. Every read and write
 * of {@link RecordStore} takes one and filters in SQL: with {@code view_all} a person sees every
 * record, with {@code view_own} only those whose {@code created_by} is their login, else none.
 *
 * @param login stored as {@code created_by} / {@code updated_by}, and compared for "own"
 */
public record Caller(String login, Set<Right> rights) {
    public Caller {
        rights = rights.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rights));
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
}
