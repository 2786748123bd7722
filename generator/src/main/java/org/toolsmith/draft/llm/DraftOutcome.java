package org.toolsmith.draft.llm;

import org.toolsmith.spec.AppSpec;

/**
 * A drafted spec and where it came from. {@code notice} is null when the AI service drafted it,
 * else the sentence the draft page shows ("The AI service did not answer in time; this draft
 * comes from the built-in engine.").
 *
 * @param fromAi       true when the AI service's draft was used
 * @param fallback     why the AI service's answer was not used, or null
 * @param repairRounds how many times the validator's messages were sent back
 * @param cancelled    the person stopped drafting; {@code spec} is the best draft there was
 */
public record DraftOutcome(AppSpec spec, boolean fromAi, Reason fallback, String notice, LlmUsage usage,
                           int repairRounds, boolean cancelled) {
}
