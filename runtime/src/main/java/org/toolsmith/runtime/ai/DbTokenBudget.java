package org.toolsmith.runtime.ai;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.toolsmith.draft.llm.LlmSettings;
import org.toolsmith.draft.llm.TokenBudget;
import org.toolsmith.runtime.system.Database;

/**
 * The daily allowance of AI tokens per person and per organisation, counted in
 * {@code TOOLSMITH.AI_BUDGET} per UTC day, so that a restart does not give it back. A limit of 0
 * means no limit. Thread-safe (one server process owns the database).
 */
public final class DbTokenBudget implements TokenBudget {
    private final Database database;
    private final long perUser;
    private final long perOrganisation;
    private final Clock clock;

    public DbTokenBudget(Database database, long perUser, long perOrganisation, Clock clock) {
        this.database = database;
        this.perUser = perUser;
        this.perOrganisation = perOrganisation;
        this.clock = clock;
    }

    public DbTokenBudget(Database database, LlmSettings settings) {
        this(database, settings.dailyTokensPerUser(), settings.dailyTokensPerOrganisation(), Clock.systemUTC());
    }

    @Override
    public long remaining(String user, String organisation) {
        LocalDate day = today();
        return Math.min(left(perUser, day, "u:" + user), left(perOrganisation, day, "o:" + organisation));
    }

    @Override
    public synchronized void spend(String user, String organisation, long tokens) {
        if (tokens <= 0) {
            return;
        }
        LocalDate day = today();
        database.inTransaction(c -> {
            for (String spender : new String[] {"u:" + user, "o:" + organisation}) {
                int updated;
                try (PreparedStatement st = c.prepareStatement(
                        "UPDATE TOOLSMITH.AI_BUDGET SET TOKENS = TOKENS + ? WHERE USED_ON = ? AND SPENDER = ?")) {
                    st.setLong(1, tokens);
                    st.setDate(2, Date.valueOf(day));
                    st.setString(3, spender);
                    updated = st.executeUpdate();
                }
                if (updated == 0) {
                    try (PreparedStatement st = c.prepareStatement("INSERT INTO TOOLSMITH.AI_BUDGET (USED_ON, SPENDER, TOKENS) VALUES (?, ?, ?)")) {
                        st.setDate(1, Date.valueOf(day));
                        st.setString(2, spender);
                        st.setLong(3, tokens);
                        st.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    private long left(long limit, LocalDate day, String spender) {
        if (limit <= 0) {
            return Long.MAX_VALUE;
        }
        long spent = database.inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT TOKENS FROM TOOLSMITH.AI_BUDGET WHERE USED_ON = ? AND SPENDER = ?")) {
                st.setDate(1, Date.valueOf(day));
                st.setString(2, spender);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
        return Math.max(0, limit - spent);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
