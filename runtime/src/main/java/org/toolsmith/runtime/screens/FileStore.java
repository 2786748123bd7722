package org.toolsmith.runtime.screens;

import io.vertx.ext.web.FileUpload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Uploaded files under {@code <data>/files/<app slug>/<token>/<name>}. A record keeps the reference
 * {@code <token>/<name>}; the token is random, the name is cleaned to safe characters, so a
 * reference can never leave the app's folder.
 */
final class FileStore {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TOKEN = "[0-9a-f]{32}";
    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";

    private final Path root;

    FileStore(Path dataDir) {
        this.root = dataDir.resolve("files");
    }

    /** Moves the upload into the store; returns the reference to keep in the record. */
    String save(String slug, FileUpload upload) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String ref = HexFormat.of().formatHex(bytes) + "/" + cleanName(upload.fileName());
        Path target = root.resolve(slug).resolve(ref);
        try {
            Files.createDirectories(target.getParent());
            Files.move(Path.of(upload.uploadedFileName()), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store an uploaded file", e);
        }
        return ref;
    }

    /** The stored file for a reference, if the reference is well-formed and the file exists. */
    Optional<Path> find(String slug, String token, String name) {
        if (token == null || name == null || !token.matches(TOKEN) || !name.matches(NAME)) {
            return Optional.empty();
        }
        Path file = root.resolve(slug).resolve(token).resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    void delete(String slug, String ref) {
        String[] parts = ref.split("/", 2);
        if (parts.length == 2) {
            find(slug, parts[0], parts[1]).ifPresent(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // an orphan file is harmless; the record never pointed at it
                }
            });
        }
    }

    static boolean isToken(String text) {
        return text != null && text.matches(TOKEN);
    }

    static String cleanName(String original) {
        String name = original == null ? "" : original.replaceAll(".*[/\\\\]", "");
        name = name.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._-]+", "");
        if (name.length() > 100) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 100 - ext.length()) + ext;
        }
        return name.isEmpty() ? "file" : name;
    }
}
