package org.toolsmith.draft.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import java.util.ArrayList;
import java.util.List;
import org.toolsmith.draft.Drafter;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Problem;
import org.toolsmith.spec.SpecException;
import org.toolsmith.spec.SpecJson;
import org.toolsmith.spec.SpecNormalizer;
import org.toolsmith.spec.SpecValidator;

/**
 * Drafts through the configured AI service: structured output (or JSON mode, or the schema in the
 * prompt), the validator's messages sent back for repair, then the normalizer. Whenever the service
 * fails — timeout, rate limit after retries, server error, refusal, unreadable or still invalid
 * answer, budget spent — the offline drafter drafts instead and the outcome says why. Thread-safe.
 */
public final class LlmDrafter implements Drafter {
    private volatile LlmClient client;
    private final Drafter offline;
    private final TokenBudget budget;
    private final UsageLog log;
    private final SpecJson json = new SpecJson();
    private final SpecValidator validator = new SpecValidator();
    private final SpecNormalizer normalizer = new SpecNormalizer();
    private final StrictSchema schema = new StrictSchema(json.mapper());
    private volatile ScriptCheck scripts = ScriptCheck.NONE;

    /** With no provider configured, every draft comes from {@code offline}, without a notice. */
    public LlmDrafter(LlmSettings settings, TokenBudget budget, Drafter offline) {
        this(settings, budget, offline, new UsageLog());
    }

    /** Every draft that involved the AI service is added to {@code log}. */
    public LlmDrafter(LlmSettings settings, TokenBudget budget, Drafter offline, UsageLog log) {
        this.offline = offline;
        this.budget = budget;
        this.log = log;
        configure(settings);
    }

    /**
     * Parses the scripts of the logic the AI service writes with {@code check} (the runtime's sandbox):
     * a script that does not parse goes back to the model for repair, and is dropped if it still does not.
     */
    public LlmDrafter checkingScriptsWith(ScriptCheck check) {
        this.scripts = check;
        return this;
    }

    public UsageLog usageLog() {
        return log;
    }

    /** Uses {@code settings} from the next draft on (the admin settings page); drafts under way finish as they began. */
    public void configure(LlmSettings settings) {
        this.client = settings.enabled() ? LlmClient.of(settings, budget) : null;
    }

    /** The settings in use. */
    public LlmSettings settings() {
        LlmClient c = client;
        return c == null ? LlmSettings.none() : c.settings();
    }

    @Override
    public AppSpec draft(String request) {
        DraftOutcome outcome = draft(request, DraftContext.anonymous());
        if (outcome.notice() != null) {
            System.err.println("toolsmith: " + outcome.notice());
        }
        return outcome.spec();
    }

    /**
     * Drafts a valid, normalized spec and says where it came from.
     *
     * @throws org.toolsmith.draft.DraftException as the offline drafter does (empty request, too long)
     */
    public DraftOutcome draft(String request, DraftContext ctx) {
        LlmClient client = this.client;
        if (client == null || request == null || request.isBlank()) {
            ctx.step(Progress.Stage.READING, "");
            AppSpec spec = offline.draft(request);
            ctx.step(Progress.Stage.DONE, "");
            return new DraftOutcome(spec, false, null, null, LlmUsage.NONE, 0, false);
        }
        Meter meter = new Meter(client.settings());
        if (request.length() > client.settings().maxRequestChars()) {
            return logged(fallback(request, Reason.TOO_LONG, meter, 0, null, ctx), ctx);
        }
        Attempt attempt = new Attempt();
        try {
            AppSpec spec = ask(client, request, ctx, meter, attempt);
            ctx.step(Progress.Stage.DONE, "");
            String note = spec == attempt.best && attempt.dropped > 0 ? droppedNotice(attempt.dropped) : null;
            return logged(new DraftOutcome(spec, true, null, note, meter.usage(), attempt.repairs, false), ctx);
        } catch (LlmFailure f) {
            System.err.println("toolsmith: AI drafting failed, using the offline engine: " + f.getMessage());
            return logged(fallback(request, f.reason(), meter, attempt.repairs, attempt.best, ctx), ctx);
        } catch (RuntimeException e) {
            System.err.println("toolsmith: AI drafting failed, using the offline engine: " + e);
            return logged(fallback(request, LlmClient.classify(e).reason(), meter, attempt.repairs, attempt.best, ctx), ctx);
        }
    }

    private DraftOutcome logged(DraftOutcome o, DraftContext ctx) {
        log.add(ctx.user(), "draft", o.fromAi(), o.fallback(), o.usage());
        return o;
    }

    private static final class Attempt {
        int repairs;
        AppSpec best;
        /** Logic items of the best answer that had to be left out. */
        int dropped;
    }

    /** Told on the draft page when logic the AI service wrote could not be kept. */
    static String droppedNotice(int n) {
        return "The AI service wrote " + (n == 1 ? "a rule, computed value, button or automation" : n + " rules, computed values, buttons or automations")
                + " that could not be used (" + (n == 1 ? "it did" : "they did") + " not fit the app or the script did not parse); "
                + (n == 1 ? "it was" : "they were") + " left out. Ask for " + (n == 1 ? "it" : "them") + " again in the chat.";
    }

    private AppSpec ask(LlmClient client, String request, DraftContext ctx, Meter meter, Attempt attempt) {
        ctx.step(Progress.Stage.READING, "");
        LlmSettings s = client.settings();
        List<ChatMessage> messages = new ArrayList<>();
        String system = Prompts.DRAFT_SYSTEM + (s.output() == LlmSettings.Output.SCHEMA ? "" : Prompts.schemaNote(schema.projectSchema()));
        messages.add(SystemMessage.from(system));
        messages.add(UserMessage.from(Prompts.draftRequest(request)));
        SpecReply reply = null;
        for (int round = 0; round <= s.repairRounds(); round++) {
            ctx.stopIfCancelled();
            ctx.step(round == 0 ? Progress.Stage.DRAFTING : Progress.Stage.REPAIRING, round == 0 ? "" : "round " + round);
            String text = client.chat(request(client, messages), true, ctx, meter).aiMessage().text();
            ctx.step(Progress.Stage.CHECKING, "");
            reply = SpecReply.read(text, json, validator, s.maxOutputTokens() * 8);
            if (reply.refusal()) {
                throw new LlmFailure(Reason.REFUSED, "no JSON in the answer");
            }
            Candidate c = candidate(reply);
            if (reply.valid() && c.complete() && c.problems().isEmpty()) {
                return c.spec();
            }
            if (c.spec() != null) {
                attempt.best = c.spec();
                attempt.dropped = logicItems(reply.tree()) - logicItems(c.spec());
            }
            if (round < s.repairRounds()) {
                attempt.repairs++;
                messages.add(AiMessage.from(text));
                messages.add(UserMessage.from(Prompts.repair(c.problems())));
            }
        }
        if (attempt.best != null) {
            return attempt.best;
        }
        throw new LlmFailure(reply != null && reply.tree() == null ? Reason.MALFORMED : Reason.INVALID,
                reply == null ? "no answer" : reply.problems().toString());
    }

    /**
     * What can be kept of an answer: the normalized spec with its logic marked as the AI service's and
     * parsed ({@code complete}); else, when only the logic breaks it, the spec without logic. With the
     * problems to send back: the validator's, then the scripts that do not parse.
     */
    private record Candidate(AppSpec spec, boolean complete, List<Problem> problems) {
    }

    private Candidate candidate(SpecReply reply) {
        AppSpec full = usable(reply.tree());
        boolean complete = full != null;
        if (full == null && reply.tree() != null && reply.tree().isObject()) {
            JsonNode fewer = AiLogic.treeWithout(reply.tree(), reply.problems());
            full = fewer == null ? null : usable(fewer);
            if (full == null) {
                return new Candidate(usable(withoutLogic(reply.tree())), false, reply.problems());
            }
        }
        if (full == null) {
            return new Candidate(null, false, reply.problems());
        }
        AiLogic.Checked checked = AiLogic.check(AiLogic.marked(full), scripts);
        List<Problem> problems = new ArrayList<>(reply.problems());
        problems.addAll(checked.problems());
        return new Candidate(checked.spec(), complete && checked.problems().isEmpty(), problems);
    }

    private static int logicItems(JsonNode tree) {
        int n = 0;
        for (String list : List.of("rules", "computed", "actions", "automations")) {
            n += tree.path(list).isArray() ? tree.path(list).size() : 0;
        }
        return n;
    }

    private static int logicItems(AppSpec spec) {
        return spec.rules().size() + spec.computed().size() + spec.actions().size() + spec.automations().size();
    }

    private static JsonNode withoutLogic(JsonNode tree) {
        ObjectNode copy = ((ObjectNode) tree).deepCopy();
        copy.remove(List.of("rules", "computed", "actions", "automations"));
        return copy;
    }

    /** The normalized spec, when the tree maps to one that passes the validator; else null. */
    private AppSpec usable(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            return null;
        }
        try {
            AppSpec spec = normalizer.normalize(json.fromTree(tree));
            validator.check(spec);
            return spec;
        } catch (SpecException | IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private ChatRequest request(LlmClient client, List<ChatMessage> messages) {
        ChatRequest.Builder b = ChatRequest.builder().messages(messages);
        switch (client.settings().output()) {
            case SCHEMA -> b.responseFormat(ResponseFormat.builder()
                    .type(ResponseFormatType.JSON)
                    .jsonSchema(JsonSchema.builder().name("app_spec").rootElement(JsonRawSchema.from(schema.strict())).build())
                    .build());
            case JSON -> b.responseFormat(ResponseFormat.JSON);
            case PROMPT -> { }
        }
        return b.build();
    }

    private DraftOutcome fallback(String request, Reason reason, Meter meter, int repairs, AppSpec best, DraftContext ctx) {
        boolean cancelled = reason == Reason.CANCELLED;
        if (cancelled && best != null) {
            return new DraftOutcome(best, true, reason, "You stopped the AI service; this is its draft so far.", meter.usage(), repairs, true);
        }
        ctx.step(Progress.Stage.FALLBACK, "");
        AppSpec spec = offline.draft(request);
        ctx.step(Progress.Stage.DONE, "");
        return new DraftOutcome(spec, false, reason, reason.notice(false), meter.usage(), repairs, cancelled);
    }
}
