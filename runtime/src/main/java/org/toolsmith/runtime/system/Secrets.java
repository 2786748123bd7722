package org.toolsmith.runtime.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** Secrets the server makes for itself and keeps in the data folder, readable by its owner only. */
public final class Secrets {
    static final String CSRF_FILE = "csrf-secret";

    private Secrets() {
    }

    /** The key that signs CSRF tokens: made once, so tokens survive a restart. */
    public static String csrfSecret(Path dataDir) {
        Path file = dataDir.resolve(CSRF_FILE);
        try {
            if (!Files.exists(file)) {
                byte[] bytes = new byte[32];
                new SecureRandom().nextBytes(bytes);
                String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                try {
                    Files.writeString(file, secret, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
                    try {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException e) {
                        // not a POSIX file system: the folder's own permissions protect it
                    }
                } catch (FileAlreadyExistsException e) {
                    // another process made it first: use theirs
                }
            }
            String secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (secret.length() < 16) {
                throw new IllegalStateException("The file " + file.toAbsolutePath() + " is too short to be a secret; delete it and restart.");
            }
            return secret;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or write " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }
}
