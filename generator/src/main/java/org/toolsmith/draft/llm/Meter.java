package org.toolsmith.draft.llm;

/** Adds up the tokens of the calls one draft or refinement makes. Thread-safe. */
final class Meter {
    private final LlmSettings settings;
    private int calls;
    private long input;
    private long output;

    Meter(LlmSettings settings) {
        this.settings = settings;
    }

    synchronized void add(long in, long out) {
        calls++;
        input += in;
        output += out;
    }

    synchronized LlmUsage usage() {
        double cost = (input * settings.inputCostPerMillion() + output * settings.outputCostPerMillion()) / 1_000_000.0;
        return new LlmUsage(calls, input, output, cost);
    }
}
