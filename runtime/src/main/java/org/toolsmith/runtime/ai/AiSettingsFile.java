package org.toolsmith.runtime.ai;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.toolsmith.draft.llm.LlmSettings;

/**
 * The AI service an admin chose on the settings page, kept in {@code <data>/ai-settings.json},
 * readable by the server's user only. It wins over the environment, which gives the defaults.
 */
public final class AiSettingsFile {
    static final String NAME = "ai-settings.json";

    /** What the page sets; the key is stored here and nowhere else, and never sent back. */
    record Saved(String provider, String model, String baseUrl, String apiKey, String output, long timeoutSeconds) {
        LlmSettings over(LlmSettings base) {
            LlmSettings.Provider p = LlmSettings.Provider.valueOf(provider.toUpperCase(Locale.ROOT));
            LlmSettings.Output o = output == null || output.isEmpty() ? null : LlmSettings.Output.valueOf(output.toUpperCase(Locale.ROOT));
            return base.withService(p, model, baseUrl, apiKey == null ? "" : apiKey, o, Duration.ofSeconds(timeoutSeconds));
        }
    }

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper();

    public AiSettingsFile(Path dataDir) {
        this.file = dataDir.resolve(NAME);
    }

    /** The environment's settings with the admin's choice over them, if there is one. */
    public LlmSettings over(LlmSettings environment) {
        return read().map(s -> s.over(environment)).orElse(environment);
    }

    Optional<Saved> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readValue(file.toFile(), Saved.class));
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("toolsmith: " + file + " cannot be read (" + e.getMessage() + "); using the environment's AI settings");
            return Optional.empty();
        }
    }

    void write(Saved saved) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), NAME, ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the data folder's own permissions protect it
            }
            mapper.writeValue(tmp.toFile(), saved);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
