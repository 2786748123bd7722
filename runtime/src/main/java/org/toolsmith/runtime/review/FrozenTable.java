package org.toolsmith.runtime.review;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * An H2 trigger put on the published tables while a new version is being published: a write that
 * arrives in those moments fails instead of landing in a table that is about to be left behind.
 * H2 instantiates it by name, so it must stay public with a public no-argument constructor.
 */
public final class FrozenTable implements Trigger {
    /** The SQL state of the refusal, so that callers can tell it from other failures. */
    public static final String STATE = "TS001";

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("This app is being upgraded to a new version; try again in a moment.", STATE);
    }
}
