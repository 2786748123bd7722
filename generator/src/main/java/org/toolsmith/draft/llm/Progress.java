package org.toolsmith.draft.llm;

/**
 * Where a draft or a refinement is, for the studio's progress line (server-sent events). Called on
 * the drafting thread; implementations must be quick and must not throw.
 */
@FunctionalInterface
public interface Progress {
    /** The steps, in the words the studio shows. */
    enum Stage {
        READING("Reading your request…"),
        DRAFTING("Drafting…"),
        RECEIVING("Drafting…"),
        CHECKING("Checking…"),
        REPAIRING("Correcting the draft…"),
        EDITING("Editing the draft…"),
        FALLBACK("Using the built-in engine…"),
        DONE("Done");

        private final String words;

        Stage(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** {@code detail} is short and plain (a tool call, "1200 characters received"), or empty. */
    void step(Stage stage, String detail);

    Progress NONE = (stage, detail) -> { };
}
