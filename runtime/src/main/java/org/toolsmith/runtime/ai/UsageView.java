package org.toolsmith.runtime.ai;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.toolsmith.draft.llm.LlmUsage;

/** The admin page's view of the AI service's use, from the database: today's totals and the latest drafts and refinements. */
final class UsageView {
    static final int ROWS = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private UsageView() {
    }

    static Map<String, Object> model(AiUsageStore store) {
        LlmUsage t = store.today();
        String today = t.calls() == 0 ? "No calls to the AI service today."
                : "Today: %d calls, %,d tokens in, %,d tokens out, estimated cost %s.".formatted(t.calls(), t.inputTokens(),
                        t.outputTokens(), cost(t.estimatedCost()));
        List<Map<String, String>> rows = new ArrayList<>();
        for (AiUsageStore.Entry e : store.recent(ROWS)) {
            Map<String, String> row = new HashMap<>();
            row.put("when", WHEN.format(e.at()));
            row.put("who", e.login().isEmpty() ? "(not signed in)" : e.login());
            row.put("what", e.kind());
            row.put("by", e.fromAi() ? "AI service"
                    : "built-in engine (" + (e.fallback() == null ? "?" : e.fallback().name().toLowerCase(Locale.ROOT).replace('_', ' ')) + ")");
            row.put("tokens", "%,d".formatted(e.usage().totalTokens()));
            row.put("cost", cost(e.usage().estimatedCost()));
            row.put("draft", e.draftId() == null ? "" : e.draftId());
            rows.add(row);
        }
        return Map.of("today", today, "usage", rows);
    }

    private static String cost(double amount) {
        return String.format(Locale.ROOT, "%.4f", amount);
    }
}
