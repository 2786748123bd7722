package org.toolsmith.draft.llm;

import java.time.Duration;
import org.toolsmith.draft.offline.OfflineDrafter;
import org.toolsmith.draft.offline.OfflineRefiner;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.SpecJson;

/** Settings pointing at a {@link FakeLlmServer}, specs the scripted model answers with, shared offline engines. */
final class LlmFixtures {
    static final OfflineDrafter OFFLINE = new OfflineDrafter();
    static final OfflineRefiner OFFLINE_REFINER = new OfflineRefiner();
    static final SpecJson JSON = new SpecJson();

    static final String LAPTOP_LOANS = """
            {"spec": 1, "name": "Laptop loans", "summary": "Track laptop loans.", "entities": [
              {"key": "loan", "name": "Loan", "plural": "Loans", "fields": [
                {"key": "asset_tag", "label": "Asset tag", "type": "text", "required": true, "unique": false, "options": [], "target": null},
                {"key": "borrower_email", "label": "Borrower email", "type": "email", "required": false, "unique": false, "options": [], "target": null},
                {"key": "due_on", "label": "Due on", "type": "date", "required": false, "unique": false, "options": [], "target": null},
                {"key": "condition", "label": "Condition", "type": "choice", "required": false, "unique": false,
                 "options": ["Good", "Damaged", "Lost"], "target": null}]}]}""";

    /** Breaks the schema: a type that does not exist. */
    static final String UNKNOWN_TYPE = LAPTOP_LOANS.replace("\"type\": \"email\"", "\"type\": \"dropdown\"");

    /** Breaks the schema in a way the normalizer cannot mend: no record kinds at all. */
    static final String NO_ENTITIES = "{\"spec\": 1, \"name\": \"Laptop loans\", \"entities\": []}";

    static final String REQUEST = "Track laptop loans: asset tag, borrower email, due date, condition good/damaged/lost";

    /**
     * A stand-in for the runtime's sandbox parse check: a script "does not parse" when it contains
     * {@code (((}; the problem names its path as the runtime's does.
     */
    static final ScriptCheck PARSES_UNLESS_BROKEN = spec -> {
        java.util.List<org.toolsmith.spec.Problem> problems = new java.util.ArrayList<>();
        broken(problems, "rules", spec.rules().stream().map(org.toolsmith.spec.Rule::script).toList());
        broken(problems, "computed", spec.computed().stream().map(org.toolsmith.spec.Computed::script).toList());
        broken(problems, "actions", spec.actions().stream().map(org.toolsmith.spec.Action::script).toList());
        broken(problems, "automations", spec.automations().stream().map(org.toolsmith.spec.Automation::script).toList());
        if (!problems.isEmpty()) {
            throw new org.toolsmith.spec.SpecException(problems);
        }
    };

    private static void broken(java.util.List<org.toolsmith.spec.Problem> problems, String list, java.util.List<String> scripts) {
        for (int i = 0; i < scripts.size(); i++) {
            if (scripts.get(i) != null && scripts.get(i).contains("(((")) {
                problems.add(new org.toolsmith.spec.Problem("$." + list + "[" + i + "].script", "The script does not parse: Expected ) (line 1)."));
            }
        }
    }

    private LlmFixtures() {
    }

    static LlmSettings openAi(FakeLlmServer server) {
        return settings(LlmSettings.Provider.OPENAI, server.openAiBaseUrl());
    }

    static LlmSettings anthropic(FakeLlmServer server) {
        return settings(LlmSettings.Provider.ANTHROPIC, server.anthropicBaseUrl());
    }

    private static LlmSettings settings(LlmSettings.Provider provider, String baseUrl) {
        return new LlmSettings(provider, "fake-model", baseUrl, "sk-test-secret", null, Duration.ofSeconds(5), 3, Duration.ofMillis(5),
                3, false, 20_000, 4_000, 20, 0, 0, 2.0, 8.0);
    }

    static AppSpec laptopLoans() {
        return JSON.fromTree(JSON.tree(LAPTOP_LOANS));
    }
}
