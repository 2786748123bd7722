package org.toolsmith.draft.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InMemoryTokenBudgetTest {
    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-26T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void counts_per_user_and_per_organisation() {
        InMemoryTokenBudget budget = new InMemoryTokenBudget(1_000, 1_500, new MovableClock());
        budget.spend("ann", "acme", 800);
        assertEquals(200, budget.remaining("ann", "acme"));
        assertEquals(700, budget.remaining("bob", "acme"), "bob is limited by what his organisation has left");
        budget.spend("bob", "acme", 900);
        assertEquals(0, budget.remaining("cid", "acme"));
        assertEquals(1_000, budget.remaining("dee", "other"));
    }

    @Test
    void starts_again_each_day() {
        MovableClock clock = new MovableClock();
        InMemoryTokenBudget budget = new InMemoryTokenBudget(100, 0, clock);
        budget.spend("ann", "acme", 100);
        assertEquals(0, budget.remaining("ann", "acme"));
        clock.now = clock.now.plusSeconds(24 * 3600);
        assertEquals(100, budget.remaining("ann", "acme"));
    }
}
