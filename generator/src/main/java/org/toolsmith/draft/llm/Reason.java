package org.toolsmith.draft.llm;

/** Why the AI service's answer was not used; each with the sentence the person sees. */
public enum Reason {
    TIMEOUT("The AI service did not answer in time"),
    RATE_LIMITED("The AI service is busy (too many requests)"),
    SERVER_ERROR("The AI service had an internal error"),
    UNAVAILABLE("The AI service could not be reached or refused the configured key"),
    REFUSED("The AI service declined this request"),
    MALFORMED("The AI service's answer could not be read"),
    INVALID("The AI service's draft still had problems after corrections"),
    NO_CHANGE("The AI service did not change anything"),
    TOO_MANY_STEPS("The AI service took too many steps"),
    TOO_LONG("The request is longer than the AI service accepts"),
    BUDGET("Today's AI allowance is used up"),
    CANCELLED("You stopped the AI service");

    private final String words;

    Reason(String words) {
        this.words = words;
    }

    /** What the person sees on the draft page, e.g. "The AI service did not answer in time; this draft comes from the built-in engine." */
    public String notice(boolean refining) {
        return words + (refining ? "; this change was made by the built-in engine." : "; this draft comes from the built-in engine.");
    }
}
