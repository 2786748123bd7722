package org.toolsmith.draft.llm;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The latest drafts and refinements that went to the AI service, with who asked, whether its
 * answer was used (or why not), tokens and estimated cost: what the admin page shows. In memory,
 * bounded, thread-safe; the runtime can keep its own copy in the database later.
 */
public final class UsageLog {
    public static final int DEFAULT_SIZE = 200;

    /** One draft or refinement. {@code fallback} is null when the AI service's answer was used. */
    public record Entry(Instant at, String user, String kind, boolean fromAi, Reason fallback, LlmUsage usage) {
    }

    private final Deque<Entry> entries = new ArrayDeque<>();
    private final int size;
    private final Clock clock;

    public UsageLog(int size, Clock clock) {
        this.size = size;
        this.clock = clock;
    }

    public UsageLog() {
        this(DEFAULT_SIZE, Clock.systemUTC());
    }

    synchronized void add(String user, String kind, boolean fromAi, Reason fallback, LlmUsage usage) {
        entries.addFirst(new Entry(clock.instant(), user, kind, fromAi, fallback, usage));
        while (entries.size() > size) {
            entries.removeLast();
        }
    }

    /** Newest first. */
    public synchronized List<Entry> recent() {
        return List.copyOf(entries);
    }

    /** Calls, tokens and estimated cost of today's (UTC) entries that are still in the log. */
    public synchronized LlmUsage today() {
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        int calls = 0;
        long in = 0;
        long out = 0;
        double cost = 0;
        for (Entry e : new ArrayList<>(entries)) {
            if (LocalDate.ofInstant(e.at(), ZoneOffset.UTC).equals(day)) {
                calls += e.usage().calls();
                in += e.usage().inputTokens();
                out += e.usage().outputTokens();
                cost += e.usage().estimatedCost();
            }
        }
        return new LlmUsage(calls, in, out, cost);
    }
}
