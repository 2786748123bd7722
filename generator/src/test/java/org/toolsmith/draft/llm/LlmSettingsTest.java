package org.toolsmith.draft.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LlmSettingsTest {
    @Test
    void no_provider_is_the_default() {
        assertFalse(LlmSettings.fromEnvironment(Map.of()).enabled());
        assertFalse(LlmSettings.fromEnvironment(Map.of("TOOLSMITH_LLM_PROVIDER", "none", "TOOLSMITH_LLM_API_KEY", "k")).enabled());
    }

    @Test
    void reads_provider_model_url_and_timeouts_with_named_defaults() {
        LlmSettings s = LlmSettings.fromEnvironment(Map.of("TOOLSMITH_LLM_PROVIDER", "openai", "TOOLSMITH_LLM_BASE_URL", "http://localhost:8000/v1",
                "TOOLSMITH_LLM_MODEL", "qwen", "TOOLSMITH_LLM_TIMEOUT_SECONDS", "2.5", "TOOLSMITH_LLM_OUTPUT", "json"));
        assertEquals(LlmSettings.Provider.OPENAI, s.provider());
        assertEquals("qwen", s.model());
        assertEquals(Duration.ofMillis(2500), s.timeout());
        assertEquals(LlmSettings.Output.JSON, s.output());
        assertEquals(LlmSettings.DEFAULT_MAX_RETRIES, s.maxRetries());

        LlmSettings a = LlmSettings.fromEnvironment(Map.of("TOOLSMITH_LLM_PROVIDER", "anthropic"));
        assertEquals(LlmSettings.DEFAULT_ANTHROPIC_BASE_URL, a.baseUrl());
        assertEquals(LlmSettings.Output.PROMPT, a.output());
        assertEquals(LlmSettings.DEFAULT_TIMEOUT, a.timeout());
    }

    @Test
    void a_bad_number_keeps_the_default() {
        LlmSettings s = LlmSettings.fromEnvironment(Map.of("TOOLSMITH_LLM_PROVIDER", "openai", "TOOLSMITH_LLM_TIMEOUT_SECONDS", "soon",
                "TOOLSMITH_LLM_OUTPUT", "xml"));
        assertEquals(LlmSettings.DEFAULT_TIMEOUT, s.timeout());
        assertEquals(LlmSettings.Output.SCHEMA, s.output());
    }

    @Test
    void never_shows_the_key() {
        LlmSettings s = LlmSettings.fromEnvironment(Map.of("TOOLSMITH_LLM_PROVIDER", "openai", "TOOLSMITH_LLM_API_KEY", "sk-very-secret"));
        assertFalse(s.toString().contains("sk-very-secret"));
        assertFalse(s.describe().contains("sk-very-secret"));
        assertTrue(s.describe().contains("key set"));
    }
}
