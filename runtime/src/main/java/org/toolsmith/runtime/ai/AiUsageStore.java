package org.toolsmith.runtime.ai;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.toolsmith.draft.llm.LlmUsage;
import org.toolsmith.draft.llm.Reason;
import org.toolsmith.runtime.system.Database;

/**
 * The AI service's use, in the database: each draft or refinement that went to it
 * ({@code TOOLSMITH.AI_USAGE}), and the running totals of tokens and estimated cost kept with the
 * draft ({@code TOOLSMITH.DRAFTS.AI_*}). Survives a restart; read by the admin page.
 */
public final class AiUsageStore {
    private final Database database;
    private final Clock clock;

    /** One draft or refinement; {@code fallback} is null when the AI service's answer was used. */
    public record Entry(Instant at, String login, String kind, String draftId, boolean fromAi, Reason fallback, LlmUsage usage) {
    }

    public AiUsageStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public AiUsageStore(Database database) {
        this(database, Clock.systemUTC());
    }

    /** Records one use and adds its tokens and cost to the draft's totals, in one transaction. */
    public void record(String draftId, String login, String organisation, String kind, boolean fromAi, Reason fallback, LlmUsage usage) {
        database.inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO TOOLSMITH.AI_USAGE (USED_AT, LOGIN, ORGANISATION, KIND, DRAFT_ID,"
                    + " FROM_AI, FALLBACK, CALLS, INPUT_TOKENS, OUTPUT_TOKENS, COST) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                st.setTimestamp(1, Timestamp.from(clock.instant()));
                st.setString(2, login == null ? "" : login);
                st.setString(3, organisation == null ? "" : organisation);
                st.setString(4, kind);
                st.setString(5, draftId);
                st.setBoolean(6, fromAi);
                st.setString(7, fallback == null ? null : fallback.name());
                st.setInt(8, usage.calls());
                st.setLong(9, usage.inputTokens());
                st.setLong(10, usage.outputTokens());
                st.setBigDecimal(11, cost(usage));
                st.executeUpdate();
            }
            if (draftId != null) {
                try (PreparedStatement st = c.prepareStatement("UPDATE TOOLSMITH.DRAFTS SET AI_CALLS = AI_CALLS + ?, AI_INPUT_TOKENS ="
                        + " AI_INPUT_TOKENS + ?, AI_OUTPUT_TOKENS = AI_OUTPUT_TOKENS + ?, AI_COST = AI_COST + ? WHERE ID = ?")) {
                    st.setInt(1, usage.calls());
                    st.setLong(2, usage.inputTokens());
                    st.setLong(3, usage.outputTokens());
                    st.setBigDecimal(4, cost(usage));
                    st.setString(5, draftId);
                    st.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Calls, tokens and estimated cost of the draft so far (drafting and every refinement). */
    public Optional<LlmUsage> ofDraft(String draftId) {
        return database.inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT AI_CALLS, AI_INPUT_TOKENS, AI_OUTPUT_TOKENS, AI_COST FROM TOOLSMITH.DRAFTS WHERE ID = ?")) {
                st.setString(1, draftId);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(new LlmUsage(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4).doubleValue()))
                            : Optional.empty();
                }
            }
        });
    }

    /** The latest uses, newest first. */
    public List<Entry> recent(int limit) {
        return database.inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT USED_AT, LOGIN, KIND, DRAFT_ID, FROM_AI, FALLBACK, CALLS, INPUT_TOKENS,"
                    + " OUTPUT_TOKENS, COST FROM TOOLSMITH.AI_USAGE ORDER BY USED_AT DESC, ID DESC FETCH FIRST ? ROWS ONLY")) {
                st.setInt(1, limit);
                List<Entry> out = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                                reason(rs.getString(6)), new LlmUsage(rs.getInt(7), rs.getLong(8), rs.getLong(9), rs.getBigDecimal(10).doubleValue())));
                    }
                }
                return out;
            }
        });
    }

    /** Calls, tokens and estimated cost of today's (UTC) uses. */
    public LlmUsage today() {
        Instant start = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
        return database.inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT COALESCE(SUM(CALLS), 0), COALESCE(SUM(INPUT_TOKENS), 0),"
                    + " COALESCE(SUM(OUTPUT_TOKENS), 0), COALESCE(SUM(COST), 0) FROM TOOLSMITH.AI_USAGE WHERE USED_AT >= ?")) {
                st.setTimestamp(1, Timestamp.from(start));
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return new LlmUsage(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4).doubleValue());
                }
            }
        });
    }

    private static BigDecimal cost(LlmUsage usage) {
        return BigDecimal.valueOf(usage.estimatedCost()).setScale(6, java.math.RoundingMode.HALF_UP);
    }

    private static Reason reason(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Reason.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
