package org.toolsmith.draft.llm;

import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.service.AiServices;
import java.util.List;
import org.toolsmith.draft.Refinement;
import org.toolsmith.draft.Refiner;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Problem;
import org.toolsmith.spec.SpecJson;
import org.toolsmith.spec.SpecNormalizer;
import org.toolsmith.spec.SpecValidator;

/**
 * Refines through an agent: a LangChain4j AI service whose tools edit the draft, each edit
 * validated and answered with the validator's verdict. The model's own words are not shown; the
 * summary is made from the edits that were kept. When the service fails, makes no change or cannot
 * leave a valid spec, the offline refiner makes the change and the outcome says why.
 */
public final class LlmRefiner implements Refiner {
    private volatile LlmClient client;
    private final Refiner offline;
    private final TokenBudget budget;
    private final UsageLog log;
    private final SpecJson json = new SpecJson();
    private final SpecValidator validator = new SpecValidator();
    private final SpecNormalizer normalizer = new SpecNormalizer();
    private volatile ScriptCheck scripts = ScriptCheck.NONE;

    /** With no provider configured, every change is made by {@code offline}, without a notice. */
    public LlmRefiner(LlmSettings settings, TokenBudget budget, Refiner offline) {
        this(settings, budget, offline, new UsageLog());
    }

    /** Every refinement that involved the AI service is added to {@code log}. */
    public LlmRefiner(LlmSettings settings, TokenBudget budget, Refiner offline, UsageLog log) {
        this.offline = offline;
        this.budget = budget;
        this.log = log;
        configure(settings);
    }

    /** Parses the script of each rule the agent adds with {@code check} (the runtime's sandbox); one that does not parse is not applied. */
    public LlmRefiner checkingScriptsWith(ScriptCheck check) {
        this.scripts = check;
        return this;
    }

    /** Uses {@code settings} from the next refinement on; those under way finish as they began. */
    public void configure(LlmSettings settings) {
        this.client = settings.enabled() ? LlmClient.of(settings, budget) : null;
    }

    @Override
    public Refinement refine(AppSpec spec, String message) {
        RefineOutcome outcome = refine(spec, message, DraftContext.anonymous());
        if (outcome.notice() != null) {
            System.err.println("toolsmith: " + outcome.notice());
        }
        return outcome.refinement();
    }

    /**
     * Applies the message's changes and says who made them.
     *
     * @throws org.toolsmith.draft.DraftException as the offline refiner does, when it has to and cannot
     */
    public RefineOutcome refine(AppSpec spec, String message, DraftContext ctx) {
        LlmClient client = this.client;
        if (client == null || message == null || message.isBlank()) {
            ctx.step(Progress.Stage.READING, "");
            Refinement r = offline.refine(spec, message);
            ctx.step(Progress.Stage.DONE, "");
            return new RefineOutcome(r, false, null, null, LlmUsage.NONE, List.of());
        }
        Meter meter = new Meter(client.settings());
        if (message.length() > client.settings().maxRequestChars()) {
            return logged(fallback(spec, message, Reason.TOO_LONG, meter, List.of(), ctx), ctx);
        }
        SpecTools tools = new SpecTools(spec, ctx, scripts);
        try {
            ctx.step(Progress.Stage.READING, "");
            RefineAgent agent = agent(client, tools, ctx, meter);
            ctx.step(Progress.Stage.EDITING, "");
            agent.chat(Prompts.refineRequest(json.write(spec), message));
            for (int round = 0; round < client.settings().repairRounds() && !problems(tools.spec()).isEmpty(); round++) {
                ctx.step(Progress.Stage.REPAIRING, "round " + (round + 1));
                agent.chat(Prompts.stillInvalid(problems(tools.spec())));
            }
            ctx.step(Progress.Stage.CHECKING, "");
            if (tools.changes().isEmpty()) {
                throw new LlmFailure(Reason.NO_CHANGE, "no tool call was applied");
            }
            AppSpec out = normalizer.normalize(tools.spec());
            if (!problems(out).isEmpty()) {
                throw new LlmFailure(Reason.INVALID, problems(out).toString());
            }
            ctx.step(Progress.Stage.DONE, "");
            return logged(new RefineOutcome(new Refinement(out, tools.changes()), true, null, null, meter.usage(), tools.calls()), ctx);
        } catch (RuntimeException e) {
            LlmFailure f = LlmFailure.find(e);
            Reason reason = f != null ? f.reason()
                    : tooManySteps(e) ? Reason.TOO_MANY_STEPS
                    : LlmClient.classify(e).reason();
            System.err.println("toolsmith: AI refining failed (" + reason + "), using the offline engine: " + e);
            if (reason == Reason.CANCELLED) {
                return logged(cancelled(spec, tools, meter), ctx);
            }
            return logged(fallback(spec, message, reason, meter, tools.calls(), ctx), ctx);
        }
    }

    private RefineOutcome logged(RefineOutcome o, DraftContext ctx) {
        log.add(ctx.user(), "refine", o.fromAi(), o.fallback(), o.usage());
        return o;
    }

    private RefineAgent agent(LlmClient client, SpecTools tools, DraftContext ctx, Meter meter) {
        return AiServices.builder(RefineAgent.class)
                .chatModel(new GuardedChatModel(client, ctx, meter))
                .chatMemory(MessageWindowChatMemory.withMaxMessages(200))
                .systemMessage(Prompts.REFINE_SYSTEM)
                .tools(tools)
                .maxToolCallingRoundTrips(client.settings().maxToolCalls())
                .hallucinatedToolNameStrategy(req -> ToolExecutionResultMessage.from(req, tools.unknownTool(req.name(), req.arguments())))
                .build();
    }

    /** LangChain4j's words when the agent passes {@code maxToolCallingRoundTrips}. */
    private static boolean tooManySteps(RuntimeException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("round trips") || m.contains("sequential") || m.contains("maxToolCallingRoundTrips");
    }

    private List<Problem> problems(AppSpec spec) {
        return validator.validate(json.toTree(spec));
    }

    /** The person stopped it: the edits kept so far, which are valid one by one. */
    private RefineOutcome cancelled(AppSpec spec, SpecTools tools, Meter meter) {
        AppSpec out = tools.changes().isEmpty() ? spec : normalizer.normalize(tools.spec());
        return new RefineOutcome(new Refinement(out, tools.changes()), true, Reason.CANCELLED,
                "You stopped the AI service; these are the changes it made so far.", meter.usage(), tools.calls());
    }

    private RefineOutcome fallback(AppSpec spec, String message, Reason reason, Meter meter, List<ToolCall> calls, DraftContext ctx) {
        ctx.step(Progress.Stage.FALLBACK, "");
        Refinement r = offline.refine(spec, message);
        ctx.step(Progress.Stage.DONE, "");
        return new RefineOutcome(r, false, reason, reason.notice(true), meter.usage(), calls);
    }
}
