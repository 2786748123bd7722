package org.toolsmith.draft.llm;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * How Toolsmith talks to an AI service, read once at start from the environment. With no provider
 * (the default) drafting and refining use the offline engine, silently. The key is never printed:
 * {@link #toString()} and {@link #describe()} leave it out.
 *
 * @param provider          which wire protocol: OpenAI Chat Completions (also every OpenAI-compatible
 *                          server by base URL) or Anthropic Messages; {@code NONE} for the offline engine
 * @param output            how the model is asked for a spec (see {@link Output})
 * @param timeout           the longest one call may take, streaming included
 * @param maxRetries        extra attempts after a rate limit (429) or a server error (5xx)
 * @param backoff           the wait before the first retry; doubled for each further one
 * @param repairRounds      how often the validator's messages are sent back before giving up
 * @param stream            whether drafting reads the answer as server-sent events
 * @param maxRequestChars   the longest request or chat message sent to the service
 * @param maxOutputTokens   the most tokens one answer may have
 * @param maxToolCalls      the most rounds of tool calls one refinement may make
 * @param dailyTokensPerUser         0 for no limit
 * @param dailyTokensPerOrganisation 0 for no limit
 * @param inputCostPerMillion        estimated price of a million input tokens, in the admin's currency
 * @param outputCostPerMillion       estimated price of a million output tokens
 */
public record LlmSettings(
        Provider provider,
        String model,
        String baseUrl,
        String apiKey,
        Output output,
        Duration timeout,
        int maxRetries,
        Duration backoff,
        int repairRounds,
        boolean stream,
        int maxRequestChars,
        int maxOutputTokens,
        int maxToolCalls,
        long dailyTokensPerUser,
        long dailyTokensPerOrganisation,
        double inputCostPerMillion,
        double outputCostPerMillion) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_MAX_RETRIES = 3;
    public static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(1);
    public static final int DEFAULT_REPAIR_ROUNDS = 3;
    public static final int DEFAULT_MAX_REQUEST_CHARS = 20_000;
    public static final int DEFAULT_MAX_OUTPUT_TOKENS = 8_000;
    public static final int DEFAULT_MAX_TOOL_CALLS = 40;
    public static final long DEFAULT_DAILY_TOKENS_PER_USER = 200_000;
    public static final long DEFAULT_DAILY_TOKENS_PER_ORGANISATION = 2_000_000;
    public static final String DEFAULT_OPENAI_MODEL = "gpt-4o-mini";
    public static final String DEFAULT_OPENAI_BASE_URL = "https://api.openai.com/v1";
    public static final String DEFAULT_ANTHROPIC_MODEL = "claude-sonnet-4-5";
    public static final String DEFAULT_ANTHROPIC_BASE_URL = "https://api.anthropic.com/v1/";

    /** Which wire protocol the service speaks. */
    public enum Provider { NONE, OPENAI, ANTHROPIC }

    /**
     * How the spec is asked for: {@code SCHEMA}, structured output against a strict projection of the
     * project's JSON Schema (OpenAI {@code json_schema}); {@code JSON}, JSON mode with the schema in the
     * prompt (servers without {@code json_schema}); {@code PROMPT}, the schema in the prompt only
     * (Anthropic, and servers with neither).
     */
    public enum Output { SCHEMA, JSON, PROMPT }

    public LlmSettings {
        if (provider == null) {
            provider = Provider.NONE;
        }
        if (output == null) {
            output = provider == Provider.OPENAI ? Output.SCHEMA : Output.PROMPT;
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            timeout = DEFAULT_TIMEOUT;
        }
        if (backoff == null || backoff.isNegative()) {
            backoff = DEFAULT_BACKOFF;
        }
        maxRetries = Math.max(0, maxRetries);
        repairRounds = Math.max(0, repairRounds);
    }

    /** No AI service: the offline engine. */
    public static LlmSettings none() {
        return fromEnvironment(Map.of());
    }

    /** Reads {@code TOOLSMITH_LLM_*} variables; anything missing takes its named default. */
    public static LlmSettings fromEnvironment(Map<String, String> env) {
        Provider provider = switch (text(env, "PROVIDER", "none").toLowerCase(Locale.ROOT)) {
            case "openai", "open-ai", "openai-compatible" -> Provider.OPENAI;
            case "anthropic", "claude" -> Provider.ANTHROPIC;
            default -> Provider.NONE;
        };
        String model = text(env, "MODEL", provider == Provider.ANTHROPIC ? DEFAULT_ANTHROPIC_MODEL : DEFAULT_OPENAI_MODEL);
        String baseUrl = text(env, "BASE_URL", provider == Provider.ANTHROPIC ? DEFAULT_ANTHROPIC_BASE_URL : DEFAULT_OPENAI_BASE_URL);
        String output = text(env, "OUTPUT", "");
        return new LlmSettings(provider, model, baseUrl, text(env, "API_KEY", ""),
                output(output),
                Duration.ofMillis((long) (number(env, "TIMEOUT_SECONDS", DEFAULT_TIMEOUT.toSeconds()) * 1000)),
                (int) number(env, "MAX_RETRIES", DEFAULT_MAX_RETRIES),
                Duration.ofMillis((long) number(env, "BACKOFF_MILLIS", DEFAULT_BACKOFF.toMillis())),
                (int) number(env, "REPAIR_ROUNDS", DEFAULT_REPAIR_ROUNDS),
                !text(env, "STREAM", "true").equalsIgnoreCase("false"),
                (int) number(env, "MAX_REQUEST_CHARS", DEFAULT_MAX_REQUEST_CHARS),
                (int) number(env, "MAX_OUTPUT_TOKENS", DEFAULT_MAX_OUTPUT_TOKENS),
                (int) number(env, "MAX_TOOL_CALLS", DEFAULT_MAX_TOOL_CALLS),
                (long) number(env, "DAILY_TOKENS_PER_USER", DEFAULT_DAILY_TOKENS_PER_USER),
                (long) number(env, "DAILY_TOKENS_PER_ORGANISATION", DEFAULT_DAILY_TOKENS_PER_ORGANISATION),
                number(env, "COST_INPUT_PER_MTOK", 0),
                number(env, "COST_OUTPUT_PER_MTOK", 0));
    }

    /** Whether an AI service is configured at all. */
    public boolean enabled() {
        return provider != Provider.NONE;
    }

    public LlmSettings withTimeout(Duration value) {
        return new LlmSettings(provider, model, baseUrl, apiKey, output, value, maxRetries, backoff, repairRounds, stream,
                maxRequestChars, maxOutputTokens, maxToolCalls, dailyTokensPerUser, dailyTokensPerOrganisation,
                inputCostPerMillion, outputCostPerMillion);
    }

    public LlmSettings withStream(boolean value) {
        return new LlmSettings(provider, model, baseUrl, apiKey, output, timeout, maxRetries, backoff, repairRounds, value,
                maxRequestChars, maxOutputTokens, maxToolCalls, dailyTokensPerUser, dailyTokensPerOrganisation,
                inputCostPerMillion, outputCostPerMillion);
    }

    public LlmSettings withOutput(Output value) {
        return new LlmSettings(provider, model, baseUrl, apiKey, value, timeout, maxRetries, backoff, repairRounds, stream,
                maxRequestChars, maxOutputTokens, maxToolCalls, dailyTokensPerUser, dailyTokensPerOrganisation,
                inputCostPerMillion, outputCostPerMillion);
    }

    /** The same limits and prices with another service: what the admin settings page changes. */
    public LlmSettings withService(Provider newProvider, String newModel, String newBaseUrl, String newApiKey, Output newOutput,
                                   Duration newTimeout) {
        return new LlmSettings(newProvider, newModel, newBaseUrl, newApiKey, newOutput, newTimeout, maxRetries, backoff, repairRounds,
                stream, maxRequestChars, maxOutputTokens, maxToolCalls, dailyTokensPerUser, dailyTokensPerOrganisation,
                inputCostPerMillion, outputCostPerMillion);
    }

    /** One line for logs and the admin page, without the key. */
    public String describe() {
        return enabled()
                ? provider.name().toLowerCase(Locale.ROOT) + " " + model + " at " + baseUrl + " (key " + (apiKey.isEmpty() ? "not set" : "set") + ")"
                : "no AI service (offline engine)";
    }

    @Override
    public String toString() {
        return "LlmSettings[" + describe() + "]";
    }

    private static Output output(String v) {
        for (Output o : Output.values()) {
            if (o.name().equalsIgnoreCase(v)) {
                return o;
            }
        }
        if (!v.isEmpty()) {
            System.err.println("toolsmith: TOOLSMITH_LLM_OUTPUT=" + v + " is not schema, json or prompt; using the provider's default");
        }
        return null;
    }

    private static String text(Map<String, String> env, String name, String fallback) {
        String v = env.get("TOOLSMITH_LLM_" + name);
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    private static double number(Map<String, String> env, String name, double fallback) {
        String v = text(env, name, "");
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            System.err.println("toolsmith: TOOLSMITH_LLM_" + name + "=" + v + " is not a number; using " + fallback);
            return fallback;
        }
    }
}
