package org.toolsmith.runtime.studio;

import java.util.List;
import org.toolsmith.draft.DraftException;
import org.toolsmith.draft.Drafter;
import org.toolsmith.draft.Refinement;
import org.toolsmith.draft.Refiner;
import org.toolsmith.draft.llm.DraftContext;
import org.toolsmith.draft.llm.LlmUsage;
import org.toolsmith.draft.llm.Reason;
import org.toolsmith.runtime.ai.AiUsageStore;
import org.toolsmith.runtime.studio.Draft.Message;
import org.toolsmith.runtime.system.RequestException;
import org.toolsmith.runtime.system.RequestException.FieldError;

/** Drafting and chatting, the same for the pages and the JSON API: limits, the drafter, the store. */
final class Drafting {
    static final int MAX_REQUEST = 100_000;
    static final int MAX_MESSAGE = 2_000;

    private final Drafter drafter;
    private final Refiner refiner;
    private final DraftStore store;
    private final AiUsageStore usage;

    Drafting(Drafter drafter, Refiner refiner, DraftStore store, AiUsageStore usage) {
        this.drafter = drafter;
        this.refiner = refiner;
        this.store = store;
        this.usage = usage;
    }

    /** Who asks, for the daily AI allowance and the usage record, without progress or cancel (plain form posts, the JSON API). */
    static DraftContext as(String login) {
        return new DraftContext(login, "", null, null);
    }

    /** Drafts and stores a new draft, or a 422 saying what to write instead. */
    Draft start(String request) {
        return start(request, DraftContext.anonymous());
    }

    /** As {@link #start(String)}, reporting progress to {@code ai} and stopping when it is cancelled. */
    Draft start(String request, DraftContext ai) {
        String text = request == null ? "" : request.strip();
        if (text.isEmpty()) {
            throw invalid("prompt", "Describe the tool you need first, for example: "
                    + "“Track laptop loans: asset tag, borrower, due date, returned yes/no.”");
        }
        if (text.length() > MAX_REQUEST) {
            throw invalid("prompt", "Your description is %,d characters long; please keep it under %,d (a few paragraphs are plenty)."
                    .formatted(text.length(), MAX_REQUEST));
        }
        try {
            AiSteps.Drafted d = AiSteps.draft(drafter, text, ai);
            Draft draft = store.create(text, d.spec());
            if (d.outcome() != null) {
                record(draft.id(), ai, "draft", d.outcome().fromAi(), d.outcome().fallback(), d.outcome().usage());
            }
            if (!d.notes().isEmpty()) {
                draft = draft.withMessages(d.notes().stream().map(Message::toolsmith).toArray(Message[]::new));
                store.save(draft);
            }
            return draft;
        } catch (DraftException e) {
            throw invalid("prompt", e.getMessage());
        }
    }

    /**
     * Applies a chat message and stores the new spec with the exchange. When the refiner does not
     * understand, the exchange is stored, the spec stays as it was, and a 422 carries its message.
     */
    Chat chat(Draft draft, String message) {
        return chat(draft, message, DraftContext.anonymous());
    }

    /** As {@link #chat(Draft, String)}, reporting progress to {@code ai}; the agent's steps join the chat. */
    Chat chat(Draft draft, String message, DraftContext ai) {
        String text = message == null ? "" : message.strip();
        if (text.isEmpty()) {
            throw invalid("text", "Write what to change first, for example “also track the department”.");
        }
        if (text.length() > MAX_MESSAGE) {
            throw invalid("text", "Please keep a message under %,d characters; send one change at a time.".formatted(MAX_MESSAGE));
        }
        try {
            AiSteps.Refined refined = AiSteps.refine(refiner, draft.spec(), text, ai);
            Refinement r = refined.refinement();
            Draft changed = draft.withSpec(r.spec()).withMessages(Message.you(text))
                    .withMessages(refined.notes().stream().map(Message::toolsmith).toArray(Message[]::new))
                    .withMessages(Message.toolsmith(r.summary()));
            store.save(changed);
            if (refined.outcome() != null) {
                record(draft.id(), ai, "refine", refined.outcome().fromAi(), refined.outcome().fallback(), refined.outcome().usage());
            }
            return new Chat(changed, r.summary());
        } catch (DraftException e) {
            store.save(draft.withMessages(Message.you(text), Message.toolsmith(e.getMessage())));
            throw invalid("text", e.getMessage());
        }
    }

    /**
     * Goes back to the spec the draft had before its last change (a chat message or an edit), and says so in
     * the chat. A 422 when there is nothing left to undo.
     */
    Chat undo(Draft draft) {
        String summary = "Went back to the app as it was before the last change.";
        return store.undo(draft, Message.you("Undo the last change"), Message.toolsmith(summary))
                .map(undone -> new Chat(undone, summary))
                .orElseThrow(() -> invalid("text", "There is no change to undo."));
    }

    /** Keeps the tokens and cost with the draft when the AI service was asked (or meant to be: a fallback). */
    private void record(String id, DraftContext ai, String kind, boolean fromAi, Reason fallback, LlmUsage used) {
        if (used.calls() == 0 && fallback == null) {
            return;
        }
        try {
            usage.record(id, ai.user(), ai.organisation(), kind, fromAi, fallback, used);
        } catch (RuntimeException e) {
            System.err.println("toolsmith: could not record the AI service's use of draft " + id + ": " + e.getMessage());
        }
    }

    private static RequestException invalid(String field, String message) {
        return RequestException.invalid(message, List.of(new FieldError(field, message)));
    }

    /** The draft after a chat message, and what changed in words. */
    record Chat(Draft draft, String summary) {
    }
}
