package org.toolsmith.runtime.system;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * A child process for {@link DatabaseTest}: inserts rows one transaction at a time and prints each
 * id on stdout only after its commit returned, until it is killed.
 */
public final class DurabilityWriter {
    private DurabilityWriter() {
    }

    public static void main(String[] args) {
        Database db = Database.open(Path.of(args[0]));
        db.inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS PUBLIC.WRITES (ID BIGINT PRIMARY KEY, PAYLOAD VARCHAR(200))");
            }
            return null;
        });
        for (long id = 1; ; id++) {
            long row = id;
            db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO PUBLIC.WRITES VALUES (?, ?)")) {
                    ps.setLong(1, row);
                    ps.setString(2, "row " + row);
                    ps.executeUpdate();
                }
                return null;
            });
            System.out.println(row);
            System.out.flush();
        }
    }
}
