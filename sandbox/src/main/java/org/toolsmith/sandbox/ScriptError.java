package org.toolsmith.sandbox;

import java.util.Locale;

/** Why a script call failed; each kind says who should act. */
public enum ScriptError {
    /** The script does not parse: its author must fix it (the line is given). */
    SYNTAX,
    /** The script threw while running: its author must fix it (the line is given when known). */
    SCRIPT,
    /** The script ran past its time or statement limit and was stopped. */
    TIME,
    /** The script used too much memory; its worker was stopped and replaced. */
    MEMORY,
    /** The script's value cannot be returned: a promise, not JSON, or too large. */
    RESULT,
    /** The call was refused before running (too long a script or input, bad input JSON). */
    INPUT,
    /** No worker could run the call (it crashed, or none started): retry later, or see the logs. */
    WORKER;

    /** The lower-case name used in JSON. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ScriptError parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
