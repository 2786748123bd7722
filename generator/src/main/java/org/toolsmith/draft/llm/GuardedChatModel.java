package org.toolsmith.draft.llm;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.Set;

/**
 * The configured model seen through {@link LlmClient}, so that the agent's calls get the same guards.
 * The agent stays a plain (blocking) LangChain4j AI service, but each of its calls is streamed when
 * the settings say so: tool calls arrive as server-sent events, each complete one is reported as
 * progress, and a slow answer can be cancelled or timed out mid-stream like a draft.
 */
final class GuardedChatModel implements ChatModel {
    private final LlmClient client;
    private final DraftContext ctx;
    private final Meter meter;

    GuardedChatModel(LlmClient client, DraftContext ctx, Meter meter) {
        this.client = client;
        this.ctx = ctx;
        this.meter = meter;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        return client.chat(request, true, ctx, meter);
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        return client.chat(request, true, ctx, meter);
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return client.model().defaultRequestParameters();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return client.model().supportedCapabilities();
    }
}
