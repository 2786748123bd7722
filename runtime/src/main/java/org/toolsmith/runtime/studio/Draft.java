package org.toolsmith.runtime.studio;

import java.util.ArrayList;
import java.util.List;
import org.toolsmith.spec.AppSpec;

/**
 * A draft in the studio: the request it came from, its current spec, the chat so far, and the
 * slug of the app once it was created.
 */
record Draft(String id, String prompt, AppSpec spec, List<Message> conversation, String appSlug) {

    Draft {
        conversation = List.copyOf(conversation);
    }

    Draft withSpec(AppSpec newSpec) {
        return new Draft(id, prompt, newSpec, conversation, appSlug);
    }

    Draft withMessages(Message... messages) {
        List<Message> all = new ArrayList<>(conversation);
        all.addAll(List.of(messages));
        return new Draft(id, prompt, spec, all, appSlug);
    }

    Draft withAppSlug(String slug) {
        return new Draft(id, prompt, spec, conversation, slug);
    }

    /** One line of the chat: {@code who} is {@code you} or {@code toolsmith}. */
    record Message(String who, String text) {
        static Message you(String text) {
            return new Message("you", text);
        }

        static Message toolsmith(String text) {
            return new Message("toolsmith", text);
        }
    }
}
