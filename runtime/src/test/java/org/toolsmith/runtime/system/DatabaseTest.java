package org.toolsmith.runtime.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void killed_writer_loses_no_acknowledged_row() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                DurabilityWriter.class.getName(), dir.toString())
                .redirectError(dir.resolve("writer.log").toFile())
                .start();
        List<Long> acknowledged = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < 300 && (line = out.readLine()) != null) {
                acknowledged.add(Long.parseLong(line.strip()));
            }
            // killed mid-stream: SIGKILL on Linux, as kill -9 (Java closes our end of its pipes)
            writer.destroyForcibly();
            writer.waitFor();
        }
        assertTrue(acknowledged.size() >= 300, "the writer stopped early; see " + dir.resolve("writer.log"));
        try (Database db = Database.open(dir)) {
            Set<Long> stored = db.inTransaction(c -> {
                Set<Long> ids = new HashSet<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT ID FROM PUBLIC.WRITES")) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            });
            List<Long> lost = acknowledged.stream().filter(id -> !stored.contains(id)).toList();
            assertEquals(List.of(), lost, "acknowledged rows lost after kill -9");
        }
    }

    @Test
    void refuses_a_database_another_process_has_open() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                DurabilityWriter.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            assertTrue(out.readLine() != null, "the writer did not start");
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Database.open(dir));
            assertTrue(e.getMessage().contains("another process"), e.getMessage());
        } finally {
            writer.destroyForcibly();
            writer.waitFor();
        }
    }

    @Test
    void migrations_make_the_platform_tables_in_their_own_schema() {
        try (Database db = Database.inMemory("migrations")) {
            long tables = db.inTransaction(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'TOOLSMITH' AND TABLE_NAME = 'APPS'")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertEquals(1, tables);
        }
    }

    @Test
    void rolls_back_when_the_work_throws_and_closes_twice_quietly() {
        Database db = Database.inMemory("rollback");
        db.inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE PUBLIC.T (ID INT)");
            }
            return null;
        });
        assertThrows(IllegalStateException.class, () -> db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO PUBLIC.T VALUES (1)")) {
                ps.executeUpdate();
            }
            throw new IllegalStateException("boom");
        }));
        long rows = db.inTransaction(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM PUBLIC.T")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        assertEquals(0, rows);
        db.close();
        db.close();
        assertThrows(IllegalStateException.class, () -> db.inTransaction(c -> null));
    }

    @Test
    void reopens_a_file_database_after_a_clean_close() {
        try (Database db = Database.open(dir)) {
            db.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE TABLE PUBLIC.KEEP (ID INT)");
                    st.execute("INSERT INTO PUBLIC.KEEP VALUES (7)");
                }
                return null;
            });
        }
        try (Database db = Database.open(dir)) {
            long id = db.inTransaction(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT ID FROM PUBLIC.KEEP")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertEquals(7, id);
        }
    }
}
