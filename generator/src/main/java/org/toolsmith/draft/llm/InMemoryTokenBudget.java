package org.toolsmith.draft.llm;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** A {@link TokenBudget} counted in memory per UTC day; a limit of 0 means no limit. */
public final class InMemoryTokenBudget implements TokenBudget {
    private final long perUser;
    private final long perOrganisation;
    private final Clock clock;
    private final ConcurrentMap<String, Long> spent = new ConcurrentHashMap<>();
    private volatile LocalDate day;

    public InMemoryTokenBudget(long perUser, long perOrganisation, Clock clock) {
        this.perUser = perUser;
        this.perOrganisation = perOrganisation;
        this.clock = clock;
        this.day = today();
    }

    public InMemoryTokenBudget(LlmSettings settings) {
        this(settings.dailyTokensPerUser(), settings.dailyTokensPerOrganisation(), Clock.systemUTC());
    }

    @Override
    public long remaining(String user, String organisation) {
        rollOver();
        return Math.min(left(perUser, "u:" + user), left(perOrganisation, "o:" + organisation));
    }

    @Override
    public void spend(String user, String organisation, long tokens) {
        rollOver();
        spent.merge("u:" + user, tokens, Long::sum);
        spent.merge("o:" + organisation, tokens, Long::sum);
    }

    private long left(long limit, String who) {
        return limit <= 0 ? Long.MAX_VALUE : Math.max(0, limit - spent.getOrDefault(who, 0L));
    }

    private synchronized void rollOver() {
        LocalDate now = today();
        if (!now.equals(day)) {
            spent.clear();
            day = now;
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
