package org.toolsmith.runtime.ai;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.toolsmith.draft.Drafter;
import org.toolsmith.draft.llm.LlmDrafter;
import org.toolsmith.draft.llm.LlmUsage;
import org.toolsmith.draft.llm.UsageLog;

/** The admin page's view of the AI service's recent use: today's totals and the latest calls. */
final class UsageView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private UsageView() {
    }

    static Map<String, Object> model(Drafter drafter) {
        if (!(drafter instanceof LlmDrafter llm)) {
            return Map.of("today", "", "usage", List.of());
        }
        UsageLog log = llm.usageLog();
        LlmUsage t = log.today();
        String today = t.calls() == 0 ? "No calls to the AI service today."
                : "Today: %d calls, %,d tokens in, %,d tokens out, estimated cost %s.".formatted(t.calls(), t.inputTokens(),
                        t.outputTokens(), cost(t.estimatedCost()));
        List<Map<String, String>> rows = new ArrayList<>();
        for (UsageLog.Entry e : log.recent().subList(0, Math.min(50, log.recent().size()))) {
            rows.add(Map.of("when", WHEN.format(e.at()), "who", e.user().isEmpty() ? "(not signed in)" : e.user(), "what", e.kind(),
                    "by", e.fromAi() ? "AI service" : "built-in engine (" + e.fallback().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")",
                    "tokens", "%,d".formatted(e.usage().totalTokens()), "cost", cost(e.usage().estimatedCost())));
        }
        return Map.of("today", today, "usage", rows);
    }

    private static String cost(double amount) {
        return String.format(Locale.ROOT, "%.4f", amount);
    }
}
