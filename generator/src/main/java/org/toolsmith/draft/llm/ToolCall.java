package org.toolsmith.draft.llm;

/**
 * One edit the refining agent asked for, as kept in the draft's history: the tool, its arguments
 * as the model sent them (JSON), whether it was applied, and the validator's verdict in plain words.
 */
public record ToolCall(String tool, String arguments, boolean applied, String verdict) {
}
