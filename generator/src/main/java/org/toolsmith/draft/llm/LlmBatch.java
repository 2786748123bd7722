package org.toolsmith.draft.llm;

import java.util.Map;
import org.toolsmith.draft.Batch;
import org.toolsmith.draft.offline.OfflineDrafter;
import org.toolsmith.draft.offline.OfflineRefiner;

/** The batch interface with the configured AI service (and the offline engine as its fallback). */
public final class LlmBatch {
    private LlmBatch() {
    }

    /** {@code offline} forces the offline engine whatever the environment says. */
    public static Batch of(Map<String, String> env, boolean offline) {
        LlmSettings settings = offline ? LlmSettings.none() : LlmSettings.fromEnvironment(env);
        if (!settings.enabled()) {
            return new Batch();
        }
        System.err.println("toolsmith: drafting with " + settings.describe());
        TokenBudget budget = new InMemoryTokenBudget(0, 0, java.time.Clock.systemUTC());
        return new Batch(new LlmDrafter(settings, budget, new OfflineDrafter()), new LlmRefiner(settings, budget, new OfflineRefiner()));
    }
}
