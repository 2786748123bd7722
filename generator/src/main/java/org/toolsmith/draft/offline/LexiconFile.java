package org.toolsmith.draft.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads the engine's JSON word files from the class path (package {@code org.toolsmith.draft.offline}), once, at the
 * loading of the class that holds their words: the lexicons under {@code lexicon/}, the archetype catalog and the
 * refine glossary.
 */
final class LexiconFile {
    private LexiconFile() {
    }

    /** The parsed file {@code lexicon/NAME}; a missing or broken file is a build error, so it fails loudly. */
    static JsonNode read(String name) {
        return resource("lexicon/" + name);
    }

    /** The parsed file at {@code path}, relative to this package; missing or broken fails loudly, as for {@link #read}. */
    static JsonNode resource(String path) {
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
