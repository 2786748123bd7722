package org.toolsmith.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolsmith.runtime.system.Config;

class ToolsmithServerTest {
    @TempDir
    Path data;
    @TempDir
    Path other;

    @Test
    void says_which_port_is_taken_and_how_to_choose_another() {
        try (ServerFixture s = ServerFixture.start(data)) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> ToolsmithServer.start(Config.defaults().withPort(s.server().port()).withDataDir(other)));
            assertTrue(e.getMessage().contains("--port"), e.getMessage());
        }
    }

    @Test
    void closes_once_and_releases_the_data_folder() throws InterruptedException {
        ServerFixture first = ServerFixture.start(data);
        first.close();
        first.close();
        first.server().awaitClose();
        try (ServerFixture again = ServerFixture.start(data)) {
            assertEquals(200, again.get("/health").status());
        }
    }
}
