package org.toolsmith.draft.llm;

/**
 * The AI service could not give a usable answer. Never shown as an error: the drafter and refiner
 * catch it, fall back to the offline engine and show {@link Reason#notice()} beside the result.
 */
final class LlmFailure extends RuntimeException {
    private final Reason reason;

    LlmFailure(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    LlmFailure(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }

    /** The cause chain's first {@code LlmFailure}, or null. */
    static LlmFailure find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof LlmFailure f) {
                return f;
            }
        }
        return null;
    }
}
