package org.toolsmith.runtime.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The H2 database under the data folder (or {@code mem:} in unit tests): a connection pool, the
 * platform's own tables (schema {@code TOOLSMITH}) created by Flyway at start from
 * {@code db/platform/V*__*.sql}, and transactions.
 *
 * <p>File databases are opened with {@code WRITE_DELAY=0}: each commit is written before it is
 * acknowledged, so a killed process loses no acknowledged write (H2's default delay of 500 ms
 * loses the last commits on {@code kill -9}).
 */
public final class Database implements AutoCloseable {
    /** The schema of the platform's own tables. */
    public static final String PLATFORM_SCHEMA = "TOOLSMITH";
    static final int MAX_CONNECTIONS = 32;

    private final JdbcConnectionPool pool;
    private final boolean inMemory;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Database(String url, boolean inMemory, Path dataDir) {
        this.pool = JdbcConnectionPool.create(url, "toolsmith", "");
        this.pool.setMaxConnections(MAX_CONNECTIONS);
        this.inMemory = inMemory;
        try {
            migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            if (dataDir != null && String.valueOf(e.getMessage()).contains("already in use")) {
                throw new IllegalStateException("The database in " + dataDir.toAbsolutePath()
                        + " is open in another process (another Toolsmith?). Stop it, or use another --data folder.", e);
            }
            throw e;
        }
    }

    /** Opens (creating if needed) {@code <dataDir>/toolsmith.mv.db} and migrates the platform tables. */
    public static Database open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create the data folder " + dataDir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        String file = dataDir.toAbsolutePath().normalize().resolve("toolsmith").toString();
        return new Database("jdbc:h2:file:" + file + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", false, dataDir);
    }

    /** A private in-memory database, kept until {@link #close()}: for tests. */
    public static Database inMemory(String name) {
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("in-memory database names are letters, digits and _: " + name);
        }
        return new Database("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", true, null);
    }

    private void migrate() {
        Flyway.configure()
                .dataSource(pool)
                .schemas(PLATFORM_SCHEMA)
                .locations("classpath:db/platform")
                .load()
                .migrate();
    }

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        if (closed.get()) {
            throw new IllegalStateException("the database is closed");
        }
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    c.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                if (e instanceof SQLException sql) {
                    throw new DatabaseException(sql);
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    DataSource dataSource() {
        return pool;
    }

    /** Closes every connection; the database file is closed with the last one. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (inMemory) {
            try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
                st.execute("SHUTDOWN");
            } catch (SQLException e) {
                System.err.println("toolsmith: closing the in-memory database: " + e.getMessage());
            }
        }
        pool.dispose();
    }

    /** A piece of database work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * A database failure that is not the person's fault (disk full, a bug). Not retriable by the
     * person: the error handler logs it and answers 500.
     */
    public static final class DatabaseException extends RuntimeException {
        DatabaseException(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        public SQLException sqlException() {
            return (SQLException) getCause();
        }
    }
}
