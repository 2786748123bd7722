package org.toolsmith.runtime.studio;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.toolsmith.runtime.Services;
import org.toolsmith.runtime.ai.AiUsageStore;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.review.ReviewRights;
import org.toolsmith.runtime.review.Version;
import org.toolsmith.runtime.people.Access;
import org.toolsmith.runtime.people.User;
import org.toolsmith.runtime.system.Pages;
import org.toolsmith.runtime.system.RequestException;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Problem;
import org.toolsmith.spec.SpecException;

/** The studio: home ("Describe your tool", my apps), the draft page with its edits and chat, Create. */
public final class StudioRoutes {
    static final List<String> EXAMPLES = List.of(
            "“Track laptop loans: asset tag, borrower email, loan date, due date, returned yes/no, condition good/damaged/lost.”",
            "“A list of suppliers with contact person, phone, website and a rating from 1 to 5.”");

    private final Services services;
    private final Pages pages;
    private final DraftStore drafts;
    private final Drafting drafting;
    private final AiUsageStore usage;

    public StudioRoutes(Services services) {
        this.services = services;
        this.pages = new Pages(services.templates());
        this.drafts = new DraftStore(services.database(), services.json());
        this.usage = new AiUsageStore(services.database());
        this.drafting = new Drafting(services.drafter(), services.refiner(), drafts, usage);
    }

    /** The draft store, for {@code POST /api/apps {"draft": id}}. */
    public DraftStore drafts() {
        return drafts;
    }

    public void mount(Router router) {
        router.get("/").handler(this::home);
        router.post("/drafts").handler(this::startDraft);
        router.get("/drafts/:id").handler(this::showDraft);
        router.post("/drafts/:id/fields").handler(this::editField);
        router.post("/drafts/:id/messages").handler(this::chat);
        router.post("/drafts/:id/undo").handler(this::undo);
        router.post("/drafts/:id/create").handler(this::create);
        new DraftStream(services.json(), drafts, drafting).mount(router);
        router.post("/studio/apps/:slug/change").handler(this::changeApp);
        new DraftApi(services.json(), drafts, drafting, services.apps(), services.lifecycle().audit()).mount(router);
    }

    /** Builders see the studio; everyone else goes to the catalog of tools shared with them. */
    private void home(RoutingContext ctx) {
        if (!Access.user(ctx).isBuilder()) {
            redirect(ctx, "/catalog");
            return;
        }
        sendHome(ctx, 200, "", "");
    }

    private void sendHome(RoutingContext ctx, int status, String request, String error) {
        User user = Access.builder(ctx);
        List<Map<String, Object>> apps = new ArrayList<>();
        for (App app : services.apps().list()) {
            if (!user.login().equals(app.createdBy())) {
                continue;
            }
            apps.add(Map.of("name", app.name(), "status", app.status().replace('_', ' '), "url", "/apps/" + app.slug() + "/",
                    "versionsUrl", "/apps/" + app.slug() + "/versions",
                    "verdict", services.lifecycle().unseenVerdict(app).map(v -> Version.PUBLISHED.equals(v.status())
                            ? "Review done: version " + v.number() + " approved and live."
                            : "Review done: changes requested on version " + v.number() + ".").orElse("")));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("request", request);
        model.put("error", error);
        model.put("apps", apps);
        model.put("drafts", drafts.recent(10, user.login()).stream()
                .map(d -> Map.of("name", d.getValue(), "url", "/drafts/" + d.getKey())).toList());
        model.put("examples", EXAMPLES);
        pages.send(ctx, status, "Describe your tool", "studio/home.html.vm", model);
    }

    private void startDraft(RoutingContext ctx) {
        User user = Access.builder(ctx);
        String request = ctx.request().getFormAttribute("request");
        try {
            Draft draft = drafting.start(request, Drafting.as(user.login()));
            drafts.claim(draft.id(), user.login());
            redirect(ctx, "/drafts/" + draft.id());
        } catch (RequestException e) {
            sendHome(ctx, e.status(), request == null ? "" : request, e.getMessage());
        }
    }

    private void showDraft(RoutingContext ctx) {
        DraftPage page = new DraftPage(draft(ctx));
        sendDraft(ctx, 200, page);
    }

    private void editField(RoutingContext ctx) {
        Draft draft = draft(ctx);
        FieldEdit edit = FieldEdit.from(ctx.request().formAttributes());
        try {
            AppSpec changed = DraftEdits.apply(draft.spec(), edit);
            if (draft.appSlug() != null) {
                changed = DraftEdits.keepKey(changed, edit);
            }
            drafts.save(draft.withSpec(changed));
            redirect(ctx, "/drafts/" + draft.id() + "#entity-" + edit.entity());
        } catch (SpecException e) {
            sendDraft(ctx, 422, new DraftPage(draft).failedEdit(edit, e.getMessage()));
        }
    }

    private void chat(RoutingContext ctx) {
        Draft draft = draft(ctx);
        String text = ctx.request().getFormAttribute("text");
        try {
            drafting.chat(draft, text, Drafting.as(Access.user(ctx).login()));
            redirect(ctx, "/drafts/" + draft.id() + "#chat-title");
        } catch (RequestException e) {
            sendDraft(ctx, e.status(), new DraftPage(draft(ctx)).chat(text == null ? "" : text, e.getMessage()));
        }
    }

    /** "Undo last change": the spec as it was before the last chat message or edit. */
    private void undo(RoutingContext ctx) {
        Draft draft = draft(ctx);
        try {
            drafting.undo(draft);
            redirect(ctx, "/drafts/" + draft.id() + "#chat-title");
        } catch (RequestException e) {
            sendDraft(ctx, e.status(), new DraftPage(draft).chat("", e.getMessage()));
        }
    }

    /** Opens the studio's editor on a new (or the open) version of a created app. */
    private void changeApp(RoutingContext ctx) {
        App app = ReviewRights.changeable(services.access(), ctx, ctx.pathParam("slug"));
        AppSpec spec = services.lifecycle().open(app).map(Version::spec).orElse(app.spec());
        Draft draft = drafts.create("Changes to " + app.name(), spec).withAppSlug(app.slug());
        drafts.save(draft);
        drafts.claim(draft.id(), Access.user(ctx).login());
        redirect(ctx, "/drafts/" + draft.id());
    }

    private void create(RoutingContext ctx) {
        Draft draft = draft(ctx);
        try {
            if (draft.appSlug() != null && services.apps().find(draft.appSlug()).isPresent()) {
                // A draft of a created app: it becomes that app's next version, which goes live after review.
                App app = ReviewRights.changeable(services.access(), ctx, draft.appSlug());
                services.lifecycle().saveDraft(app, draft.spec(), List.of(), Map.of(), Access.user(ctx).login());
                redirect(ctx, "/apps/" + app.slug() + "/versions");
                return;
            }
            App app = services.apps().create(draft.spec(), Access.user(ctx).login());
            services.lifecycle().audit().append(Access.user(ctx).login(), "created", app.slug(), app.version(), "from draft " + draft.id());
            drafts.save(draft.withAppSlug(app.slug()));
            redirect(ctx, "/apps/" + app.slug() + "/");
        } catch (SpecException e) {
            sendDraft(ctx, 422, new DraftPage(draft).problems(e.problems().stream().map(Problem::message).toList()));
        } catch (RequestException e) {
            List<String> problems = new ArrayList<>();
            problems.add(e.getMessage());
            e.fields().forEach(f -> problems.add(f.message()));
            sendDraft(ctx, e.status(), new DraftPage(draft).problems(problems));
        }
    }

    private Draft draft(RoutingContext ctx) {
        return ownDraft(drafts, ctx, ctx.pathParam("id"))
                .orElseThrow(() -> RequestException.notFound("There is no draft at this address. Start a new one on the home page."));
    }

    /** The draft if the builder asking started it (admins see every draft); others may not know it exists. */
    static java.util.Optional<Draft> ownDraft(DraftStore drafts, RoutingContext ctx, String id) {
        User user = Access.builder(ctx);
        return drafts.find(id).filter(d -> user.isAdmin() || drafts.owner(d.id()).map(user.login()::equals).orElse(false));
    }

    private void sendDraft(RoutingContext ctx, int status, DraftPage page) {
        page.canUndo(drafts.canUndo(page.id()));
        if (page.appSlug() != null) {
            services.apps().find(page.appSlug()).flatMap(app -> services.lifecycle().open(app))
                    .filter(v -> Version.CHANGES_REQUESTED.equals(v.status()))
                    .ifPresent(v -> page.reviewComment(v.reviewedBy() + " asked for changes: " + v.reviewComment()));
        }
        if (Access.user(ctx).isAdmin()) {
            usage.ofDraft(page.id()).filter(u -> u.calls() > 0).ifPresent(u -> page.aiUsage(String.format(java.util.Locale.ROOT,
                    "AI service for this draft: %d calls, %,d tokens in, %,d tokens out, estimated cost %.4f (shown to admins).",
                    u.calls(), u.inputTokens(), u.outputTokens(), u.estimatedCost())));
        }
        pages.send(ctx, status, page.title(), "studio/draft.html.vm", page.model());
    }

    static void redirect(RoutingContext ctx, String location) {
        ctx.response().setStatusCode(303).putHeader("Location", location).end();
    }
}
