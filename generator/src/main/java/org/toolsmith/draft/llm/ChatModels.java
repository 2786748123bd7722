package org.toolsmith.draft.llm;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

/**
 * Builds LangChain4j's models from the settings. Their own retries are off ({@code maxRetries(0)}):
 * {@link LlmClient} retries with its own backoff, so that every attempt is counted and bounded.
 */
final class ChatModels {
    private ChatModels() {
    }

    static ChatModel blocking(LlmSettings s) {
        return switch (s.provider()) {
            case OPENAI -> {
                var b = OpenAiChatModel.builder()
                        .baseUrl(s.baseUrl())
                        .apiKey(key(s))
                        .modelName(s.model())
                        .timeout(s.timeout())
                        .maxRetries(0)
                        .parallelToolCalls(true);
                if (officialOpenAi(s)) {
                    b.maxCompletionTokens(s.maxOutputTokens());
                } else {
                    b.maxTokens(s.maxOutputTokens());
                }
                if (s.output() == LlmSettings.Output.SCHEMA) {
                    b.supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA).strictJsonSchema(true);
                }
                yield b.build();
            }
            case ANTHROPIC -> AnthropicChatModel.builder()
                    .baseUrl(s.baseUrl())
                    .apiKey(key(s))
                    .modelName(s.model())
                    .timeout(s.timeout())
                    .maxRetries(0)
                    .maxTokens(s.maxOutputTokens())
                    .build();
            case NONE -> throw new IllegalStateException("no AI service configured");
        };
    }

    static StreamingChatModel streaming(LlmSettings s) {
        return switch (s.provider()) {
            case OPENAI -> {
                var b = OpenAiStreamingChatModel.builder()
                        .baseUrl(s.baseUrl())
                        .apiKey(key(s))
                        .modelName(s.model())
                        .timeout(s.timeout())
                        .parallelToolCalls(true)
                        .strictJsonSchema(s.output() == LlmSettings.Output.SCHEMA);
                if (officialOpenAi(s)) {
                    b.maxCompletionTokens(s.maxOutputTokens());
                } else {
                    b.maxTokens(s.maxOutputTokens());
                }
                yield b.build();
            }
            case ANTHROPIC -> AnthropicStreamingChatModel.builder()
                    .baseUrl(s.baseUrl())
                    .apiKey(key(s))
                    .modelName(s.model())
                    .timeout(s.timeout())
                    .maxTokens(s.maxOutputTokens())
                    .build();
            case NONE -> throw new IllegalStateException("no AI service configured");
        };
    }

    /** OpenAI's own API wants max_completion_tokens; compatible servers mostly know only max_tokens. */
    private static boolean officialOpenAi(LlmSettings s) {
        return s.baseUrl().contains("api.openai.com");
    }

    /** Local servers (llama.cpp, vLLM, Ollama) take any key; the clients insist on one. */
    private static String key(LlmSettings s) {
        return s.apiKey().isEmpty() ? "none" : s.apiKey();
    }
}
