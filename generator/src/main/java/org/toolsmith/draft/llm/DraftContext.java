package org.toolsmith.draft.llm;

/**
 * Who asks (for the daily token budget) and where to report progress and look for a cancel.
 *
 * @param user         the person's id, or "" when unknown (the batch interface)
 * @param organisation the organisation's id, or ""
 */
public record DraftContext(String user, String organisation, Progress progress, Cancellation cancellation) {
    public DraftContext {
        user = user == null ? "" : user;
        organisation = organisation == null ? "" : organisation;
        progress = progress == null ? Progress.NONE : progress;
        cancellation = cancellation == null ? new Cancellation() : cancellation;
    }

    /** No user, no progress, never cancelled: the batch interface. */
    public static DraftContext anonymous() {
        return new DraftContext("", "", Progress.NONE, new Cancellation());
    }

    void step(Progress.Stage stage, String detail) {
        try {
            progress.step(stage, detail);
        } catch (RuntimeException e) {
            System.err.println("toolsmith: progress listener failed: " + e);
        }
    }

    void stopIfCancelled() {
        if (cancellation.isCancelled()) {
            throw new LlmFailure(Reason.CANCELLED, "cancelled by the person");
        }
    }
}
