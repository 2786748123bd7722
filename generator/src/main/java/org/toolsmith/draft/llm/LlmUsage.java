package org.toolsmith.draft.llm;

/**
 * Tokens spent on one draft or refinement and their estimated cost (from the configured prices;
 * 0 when none are set). Recorded with the draft and shown to admins.
 */
public record LlmUsage(int calls, long inputTokens, long outputTokens, double estimatedCost) {
    public static final LlmUsage NONE = new LlmUsage(0, 0, 0, 0);

    public long totalTokens() {
        return inputTokens + outputTokens;
    }
}
