package org.toolsmith.sandbox;

import java.time.Duration;
import java.util.Locale;

/**
 * What a script is for. It decides the function's arguments ({@code record}, plus {@code ctx} for
 * actions and automations) and the default limits: rules and computed values run on every save or
 * list row, so they get little time; actions and automations get more.
 */
public enum ScriptKind {
    RULE(false, Duration.ofMillis(50)),
    COMPUTED(false, Duration.ofMillis(50)),
    ACTION(true, Duration.ofSeconds(2)),
    AUTOMATION(true, Duration.ofSeconds(2));

    private final boolean takesContext;
    private final Duration defaultTimeLimit;

    ScriptKind(boolean takesContext, Duration defaultTimeLimit) {
        this.takesContext = takesContext;
        this.defaultTimeLimit = defaultTimeLimit;
    }

    /** Whether the script receives a second argument, {@code ctx}. */
    public boolean takesContext() {
        return takesContext;
    }

    /** The wall-clock limit per call unless the caller sets another. */
    public Duration defaultTimeLimit() {
        return defaultTimeLimit;
    }

    /** The lower-case name used on the command line and in JSON ({@code rule}, {@code action}...). */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a kind from its lower-case name.
     *
     * @throws IllegalArgumentException naming the accepted values, for a person to correct
     */
    public static ScriptKind parse(String name) {
        for (ScriptKind kind : values()) {
            if (kind.jsonName().equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown script kind '" + name
                + "': use rule, computed, action or automation.");
    }
}
