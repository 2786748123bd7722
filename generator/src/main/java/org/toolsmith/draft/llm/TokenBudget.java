package org.toolsmith.draft.llm;

/**
 * A daily allowance of AI tokens per user and per organisation. The in-memory one forgets at a
 * restart; the runtime can persist its own. Implementations must be thread-safe.
 */
public interface TokenBudget {
    /** Tokens the person may still spend today: the smaller of their own and their organisation's. */
    long remaining(String user, String organisation);

    /** Counts tokens spent by the person (and so by their organisation). */
    void spend(String user, String organisation, long tokens);

    /** No limit. */
    static TokenBudget unlimited() {
        return new TokenBudget() {
            @Override
            public long remaining(String user, String organisation) {
                return Long.MAX_VALUE;
            }

            @Override
            public void spend(String user, String organisation, long tokens) {
            }
        };
    }
}
