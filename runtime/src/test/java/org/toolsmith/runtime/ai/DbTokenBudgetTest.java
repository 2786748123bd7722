package org.toolsmith.runtime.ai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolsmith.runtime.MutableClock;
import org.toolsmith.runtime.system.Database;

class DbTokenBudgetTest {
    @TempDir
    Path data;

    @Test
    void counts_per_person_and_organisation_per_utc_day_and_remembers_after_reopening() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-26T22:00:00Z"), ZoneOffset.UTC);
        try (Database db = Database.open(data)) {
            DbTokenBudget budget = new DbTokenBudget(db, 1000, 1500, clock);
            budget.spend("ann", "acme", 600);
            budget.spend("bob", "acme", 700);
            assertEquals(200, budget.remaining("ann", "acme"), "the organisation's 1500 are nearer than Ann's own 1000");
            assertEquals(1000, budget.remaining("cy", "other"));
        }
        try (Database db = Database.open(data)) {
            DbTokenBudget budget = new DbTokenBudget(db, 1000, 1500, clock);
            assertEquals(200, budget.remaining("ann", "acme"), "a restart does not give the tokens back");
            clock.advance(Duration.ofHours(3));
            assertEquals(1000, budget.remaining("ann", "acme"), "a new UTC day does");
        }
    }

    @Test
    void a_limit_of_zero_means_no_limit() {
        try (Database db = Database.open(data)) {
            DbTokenBudget budget = new DbTokenBudget(db, 0, 0, java.time.Clock.systemUTC());
            budget.spend("ann", "", 5_000_000);
            assertEquals(Long.MAX_VALUE, budget.remaining("ann", ""));
        }
    }
}
