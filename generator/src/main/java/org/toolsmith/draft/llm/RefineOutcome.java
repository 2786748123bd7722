package org.toolsmith.draft.llm;

import java.util.List;
import org.toolsmith.draft.Refinement;

/**
 * A refinement and where it came from: the refined spec and its plain-words changes, every tool
 * call the agent made (for the draft's history), and the notice to show when the offline refiner
 * made the change instead (null otherwise).
 */
public record RefineOutcome(Refinement refinement, boolean fromAi, Reason fallback, String notice, LlmUsage usage,
                            List<ToolCall> toolCalls) {
    public RefineOutcome {
        toolCalls = List.copyOf(toolCalls);
    }
}
