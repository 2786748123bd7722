package org.toolsmith.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScriptResultTest {
    @Test
    void a_value_prints_as_ok_with_the_value_inline() {
        assertEquals("{\"ok\":true,\"value\":{\"a\":[1,\"x\"]}}", ScriptResult.value("{\"a\":[1,\"x\"]}").toJson());
    }

    @Test
    void an_error_prints_its_message_line_and_kind_with_a_null_line_when_unknown() {
        assertEquals("{\"ok\":false,\"error\":\"Error: \\\"no\\\"\",\"line\":4,\"kind\":\"script\"}",
                ScriptResult.failure(ScriptError.SCRIPT, "Error: \"no\"", 4).toJson());
        assertEquals("{\"ok\":false,\"error\":\"The script used too much memory and was stopped\",\"line\":null,"
                + "\"kind\":\"memory\"}", ScriptResult.failure(ScriptError.MEMORY, ScriptPool.MEMORY_MESSAGE, null)
                .toJson());
    }

    @Test
    void a_value_as_deep_as_readers_allow_still_prints() {
        String deep = "[".repeat(999) + "]".repeat(999);
        assertEquals("{\"ok\":true,\"value\":" + deep + "}", ScriptResult.value(deep).toJson());
    }
}
