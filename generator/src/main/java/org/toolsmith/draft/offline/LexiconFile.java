package org.toolsmith.draft.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads one JSON word file of {@code lexicon/} on the class path, once, at the loading of the class that holds its words. */
final class LexiconFile {
    private LexiconFile() {
    }

    /** The parsed file {@code lexicon/NAME}; a missing or broken file is a build error, so it fails loudly. */
    static JsonNode read(String name) {
        String path = "lexicon/" + name;
        try (InputStream in = LexiconFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
