package org.toolsmith.runtime;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import io.vertx.ext.web.sstore.SessionStore;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.toolsmith.draft.offline.OfflineDrafter;
import org.toolsmith.draft.llm.LlmDrafter;
import org.toolsmith.draft.llm.LlmRefiner;
import org.toolsmith.draft.llm.LlmSettings;
import org.toolsmith.draft.llm.UsageLog;
import org.toolsmith.draft.offline.OfflineRefiner;
import org.toolsmith.runtime.ai.AiSettingsFile;
import org.toolsmith.runtime.ai.DbTokenBudget;
import java.time.Clock;
import org.toolsmith.runtime.apps.AppRegistry;
import org.toolsmith.runtime.logic.Logic;
import org.toolsmith.runtime.logic.Notifications;
import org.toolsmith.runtime.logic.Scheduler;
import org.toolsmith.runtime.logic.ScriptLimits;
import org.toolsmith.runtime.mail.MailSettings;
import org.toolsmith.runtime.mail.Outbox;
import org.toolsmith.runtime.mail.OutboxSender;
import org.toolsmith.sandbox.SandboxOptions;
import org.toolsmith.runtime.people.Access;
import org.toolsmith.runtime.people.Accounts;
import org.toolsmith.runtime.people.FirstAdmin;
import org.toolsmith.runtime.people.LoginThrottle;
import org.toolsmith.runtime.people.Sharing;
import org.toolsmith.runtime.people.SingleSignOn;
import org.toolsmith.runtime.records.RecordStore;
import org.toolsmith.runtime.review.ArchivePurge;
import org.toolsmith.runtime.review.AuditLog;
import org.toolsmith.runtime.review.Lifecycle;
import org.toolsmith.runtime.review.Policies;
import org.toolsmith.runtime.system.BoundedSessionStore;
import org.toolsmith.runtime.system.Config;
import org.toolsmith.runtime.system.Database;
import org.toolsmith.runtime.system.Secrets;
import org.toolsmith.spec.SpecJson;
import org.toolsmith.templates.Templates;

/** The running server: Vert.x HTTP, the database and the route classes. */
public final class ToolsmithServer implements AutoCloseable {
    /** HTTP verticle instances; each takes one request at a time, on its own virtual thread. */
    static final int INSTANCES = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    private final Vertx vertx;
    private final Database database;
    private final int port;
    private final Logic logic;
    private final Scheduler scheduler;
    private final ArchivePurge purge;
    private final OutboxSender mail;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch closedLatch = new CountDownLatch(1);

    private ToolsmithServer(Vertx vertx, Database database, int port, Logic logic, Scheduler scheduler,
                            ArchivePurge purge, OutboxSender mail) {
        this.purge = purge;
        this.vertx = vertx;
        this.database = database;
        this.port = port;
        this.logic = logic;
        this.scheduler = scheduler;
        this.mail = mail;
    }

    /** Starts the script pool in the background when an app already has logic, so its first save does not wait. */
    private static void warmUpIfNeeded(AppRegistry apps, Logic logic) {
        Thread.ofVirtual().name("toolsmith-sandbox-warm-up").start(() -> {
            try {
                if (apps.list().stream().anyMatch(a -> a.spec().hasLogic())) {
                    logic.warmUp();
                }
            } catch (RuntimeException e) {
                System.err.println("toolsmith: starting the script sandbox: " + e.getMessage());
            }
        });
    }

    /** Runs scheduled automations; tests call {@link Scheduler#tick()} after moving their clock. */
    public Scheduler scheduler() {
        return scheduler;
    }

    /** Purges the archive of removed fields at start and daily; tests call {@link ArchivePurge#purge()} after moving their clock. */
    public ArchivePurge archivePurge() {
        return purge;
    }

    /** Delivers the e-mail outbox; tests call {@link OutboxSender#deliverDue()} instead of waiting for its timer. */
    public OutboxSender mail() {
        return mail;
    }

    /** Opens the database, runs migrations, starts HTTP; returns once it accepts requests. */
    public static ToolsmithServer start(Config config) {
        return start(config, Clock.systemDefaultZone());
    }

    /**
     * As {@link #start(Config)}, with {@code clock} for scripts ({@code now()}, {@code today()}, the
     * time zone) and scheduled automations; tests pass one they control.
     */
    public static ToolsmithServer start(Config config, Clock clock) {
        return start(config, new AiSettingsFile(config.dataDir()).over(LlmSettings.fromEnvironment(System.getenv())), clock);
    }

    /** As {@link #start(Config)}, drafting through the AI service {@code llm} describes (none: the offline engine). */
    public static ToolsmithServer start(Config config, LlmSettings llm) {
        return start(config, llm, Clock.systemDefaultZone());
    }

    /** As {@link #start(Config, LlmSettings)}, with the clock of {@link #start(Config, Clock)}. */
    public static ToolsmithServer start(Config config, LlmSettings llm, Clock clock) {
        Database database = Database.open(config.dataDir());
        Vertx vertx = Vertx.vertx();
        Logic logic = new Logic(SandboxOptions.defaults(), clock, new ScriptLimits(database));
        Scheduler scheduler = null;
        ArchivePurge purge = new ArchivePurge(database, clock);
        OutboxSender mail = null;
        try {
            mail = new OutboxSender(vertx, new Outbox(database), MailSettings.load(config.dataDir(), System.getenv()), clock);
            Templates templates = new Templates();
            SpecJson json = new SpecJson();
            AppRegistry apps = new AppRegistry(database, json, templates, logic::checkScripts);
            Accounts accounts = new Accounts(database);
            FirstAdmin.ensure(accounts, config.adminPassword(), System.err);
            Sharing sharing = new Sharing(database, accounts);
            Lifecycle lifecycle = new Lifecycle(database, apps, json, templates, new AuditLog(database),
                    new Policies(database, login -> login == null ? java.util.Set.of()
                            : accounts.find(login).map(org.toolsmith.runtime.people.User::groups).orElse(java.util.Set.of())));
            lifecycle.gateSharing(sharing);
            RecordStore records = new RecordStore(database, logic);
            // No AI service configured: these hand every request to the offline drafter and refiner, silently.
            // The daily allowance is counted in the database, so a restart does not give it back.
            DbTokenBudget budget = new DbTokenBudget(database, llm);
            UsageLog usage = new UsageLog();
            // The scripts the AI service writes are parsed (never run) by the sandbox before a draft keeps them.
            Services services = new Services(config, database, json, templates, apps, records,
                    new LlmDrafter(llm, budget, new OfflineDrafter(), usage).checkingScriptsWith(logic::checkScripts),
                    new LlmRefiner(llm, budget, new OfflineRefiner(), usage).checkingScriptsWith(logic::checkScripts),
                    accounts, sharing, new Access(apps, sharing), new LoginThrottle(java.time.Clock.systemUTC()),
                    config.sso() == null ? null : await(SingleSignOn.discover(vertx, config.sso(), accounts)),
                    lifecycle,
                    logic, new Notifications(database), mail);
            scheduler = new Scheduler(apps, records, logic);
            scheduler.start();
            purge.start();
            mail.start();
            warmUpIfNeeded(apps, logic);
            String secret = Secrets.csrfSecret(config.dataDir());
            SessionStore sessions = new BoundedSessionStore(vertx, BoundedSessionStore.DEFAULT_MAX);
            AtomicInteger bound = new AtomicInteger();
            // Every instance asks for the same port: Vert.x shares one listening socket between them
            // and spreads connections over the instances. Port 0 would give each its own random
            // port; a negative port asks Vert.x for one random port shared by all.
            int port = config.port() == 0 ? -1 : config.port();
            await(vertx.deployVerticle(() -> new HttpVerticle(services, sessions, secret, port, bound),
                    new DeploymentOptions().setThreadingModel(ThreadingModel.VIRTUAL_THREAD).setInstances(INSTANCES)));
            return new ToolsmithServer(vertx, database, bound.get(), logic, scheduler, purge, mail);
        } catch (RuntimeException e) {
            if (scheduler != null) {
                scheduler.close();
            }
            purge.close();
            if (mail != null) {
                mail.close();
            }
            logic.close();
            await(vertx.close());
            database.close();
            if (e.getCause() instanceof java.net.BindException) {
                throw new IllegalStateException("Cannot listen on " + config.host() + ":" + config.port()
                        + " (" + e.getCause().getMessage() + "). Stop what uses that port, or choose another with --port.", e);
            }
            throw e;
        }
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return port;
    }

    /** Blocks until {@link #close()} has run. */
    public void awaitClose() throws InterruptedException {
        closedLatch.await();
    }

    /** Stops HTTP, then closes the database cleanly. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            mail.close();
            await(vertx.close());
        } catch (RuntimeException e) {
            System.err.println("toolsmith: stopping HTTP: " + e.getMessage());
        } finally {
            scheduler.close();
            purge.close();
            logic.close();
            database.close();
            closedLatch.countDown();
        }
    }

    private static <T> T await(io.vertx.core.Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting or stopping", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause.getMessage(), cause);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Vert.x did not answer within 60 seconds", e);
        }
    }
}
