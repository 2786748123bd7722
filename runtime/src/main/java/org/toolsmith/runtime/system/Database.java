package org.toolsmith.runtime.system;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The H2 database under the data folder (or {@code mem:} in unit tests): a connection pool, the
 * platform's own tables created by Flyway at start, and transactions.
 */
public final class Database implements AutoCloseable {
    // CONTRACT (helper R implements): open(Config) / openInMemory(name), WRITE_DELAY=0, Flyway.

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        throw new UnsupportedOperationException("not built yet");
    }

    @Override
    public void close() {
    }

    /** A piece of database work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
