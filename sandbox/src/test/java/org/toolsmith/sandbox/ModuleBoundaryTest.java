package org.toolsmith.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The sandbox knows nothing of apps: its sources import no other Toolsmith module. */
class ModuleBoundaryTest {
    @Test
    void main_sources_import_nothing_of_the_other_modules() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> offending = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(ModuleBoundaryTest::lines)
                    .filter(l -> l.startsWith("import org.toolsmith.") && !l.startsWith("import org.toolsmith.sandbox."))
                    .toList();
            assertEquals(List.of(), offending);
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::trim);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
