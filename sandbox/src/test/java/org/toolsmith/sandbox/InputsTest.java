package org.toolsmith.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InputsTest {
    @Test
    void a_value_nested_deeper_than_json_readers_take_becomes_a_result_error() {
        String deep = "[".repeat(1500) + "]".repeat(1500);
        ScriptResult checked = Inputs.checkValue(ScriptResult.value(deep));
        assertEquals(ScriptError.RESULT, checked.error());
        assertEquals("The script's value cannot be returned: it is nested too deeply or is not JSON", checked.message());
    }

    @Test
    void a_value_readers_take_and_a_failure_pass_unchanged() {
        ScriptResult value = ScriptResult.value("[".repeat(900) + "]".repeat(900));
        assertEquals(value, Inputs.checkValue(value));
        ScriptResult failure = ScriptResult.failure(ScriptError.SCRIPT, "Error: x", 2);
        assertEquals(failure, Inputs.checkValue(failure));
    }
}
