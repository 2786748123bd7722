package org.toolsmith.runtime.review;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.toolsmith.runtime.ServerFixture;

/** A server per test with its admin, a builder (bea) and a reviewer (rex), each signed in with a token. */
abstract class CrewTest {
    @TempDir
    Path data;
    ServerFixture admin;
    ServerFixture bea;
    ServerFixture rex;

    @BeforeEach
    void start() {
        admin = ServerFixture.start(data);
        bea = admin.as(Crew.person(admin, "bea", "builder"));
        rex = admin.as(Crew.person(admin, "rex", "reviewer"));
    }

    @AfterEach
    void stop() {
        admin.close();
    }
}
