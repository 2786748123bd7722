package org.toolsmith.runtime.studio;

import java.util.ArrayList;
import java.util.List;
import org.toolsmith.draft.Drafter;
import org.toolsmith.draft.Refinement;
import org.toolsmith.draft.Refiner;
import org.toolsmith.draft.llm.DraftContext;
import org.toolsmith.draft.llm.DraftOutcome;
import org.toolsmith.draft.llm.LlmDrafter;
import org.toolsmith.draft.llm.LlmRefiner;
import org.toolsmith.draft.llm.Progress;
import org.toolsmith.draft.llm.RefineOutcome;
import org.toolsmith.draft.llm.ToolCall;
import org.toolsmith.spec.AppSpec;

/**
 * Calls the drafter and refiner with progress and cancel when they are the AI-backed ones, and
 * turns what they report into lines of the draft's chat: the fallback notice ("The AI service did
 * not answer in time; this draft comes from the built-in engine.") and each step of the agent.
 */
final class AiSteps {
    private AiSteps() {
    }

    /** A drafted spec, the chat lines to keep with it, and the outcome (null for a plain drafter). */
    record Drafted(AppSpec spec, List<String> notes, DraftOutcome outcome) {
    }

    /** A refinement, the chat lines to keep before its summary, and the outcome (null for a plain refiner). */
    record Refined(Refinement refinement, List<String> notes, RefineOutcome outcome) {
    }

    static Drafted draft(Drafter drafter, String text, DraftContext ctx) {
        if (drafter instanceof LlmDrafter llm) {
            DraftOutcome o = llm.draft(text, ctx);
            return new Drafted(o.spec(), o.notice() == null ? List.of() : List.of(o.notice()), o);
        }
        ctx.progress().step(Progress.Stage.READING, "");
        AppSpec spec = drafter.draft(text);
        ctx.progress().step(Progress.Stage.DONE, "");
        return new Drafted(spec, List.of(), null);
    }

    static Refined refine(Refiner refiner, AppSpec spec, String text, DraftContext ctx) {
        if (refiner instanceof LlmRefiner llm) {
            RefineOutcome o = llm.refine(spec, text, ctx);
            List<String> notes = new ArrayList<>();
            for (ToolCall call : o.toolCalls()) {
                if (!call.tool().equals("show_spec")) {
                    notes.add("AI step " + call.tool() + ": " + call.verdict());
                }
            }
            if (o.notice() != null) {
                notes.add(o.notice());
            }
            return new Refined(o.refinement(), notes, o);
        }
        ctx.progress().step(Progress.Stage.READING, "");
        Refinement r = refiner.refine(spec, text);
        ctx.progress().step(Progress.Stage.DONE, "");
        return new Refined(r, List.of(), null);
    }
}
