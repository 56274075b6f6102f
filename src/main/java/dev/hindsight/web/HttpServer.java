package dev.hindsight.web;

import dev.hindsight.actions.board.ActionBoard;
import dev.hindsight.auth.Accounts;
import dev.hindsight.calendar.CalendarFeeds;
import dev.hindsight.config.HindsightConfig;
import dev.hindsight.importer.DocumentImporter;
import dev.hindsight.incident.Incidents;
import dev.hindsight.insights.Insights;
import dev.hindsight.incident.StaleRevision;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.NotFound;
import dev.hindsight.lint.FindingDismissals;
import dev.hindsight.lint.OrganisationLintSettings;
import dev.hindsight.lint.StandingFindings;
import dev.hindsight.related.RelatedIncidents;
import dev.hindsight.retries.IdempotencyKeys;
import dev.hindsight.review.workflow.Reviews;
import dev.hindsight.search.Search;
import dev.hindsight.store.Database;
import dev.hindsight.store.StoreFull;
import dev.hindsight.store.StoreUnavailable;
import dev.hindsight.template.OrganisationTemplates;
import dev.hindsight.webhooks.Webhooks;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hindsight over HTTP: {@code /health} and the JSON API under {@code /api/v1}. Every API request must carry an
 * API token; each failure family maps once to an {@code application/problem+json} answer naming the field.
 * Built from its dependencies so tests start it on a free port.
 */
public final class HttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
    private static final String PROBLEM = "application/problem+json";

    private final Javalin app;
    private final List<Endpoint> endpoints;

    private HttpServer(Javalin app, List<Endpoint> endpoints) {
        this.app = app;
        this.endpoints = endpoints;
    }

    /** The API operations this server answers. */
    List<Endpoint> endpoints() {
        return endpoints;
    }

    /**
     * The largest request body taken, in bytes; a larger one is refused with 413 before it is read into memory.
     * The biggest real post-mortems are tens of kilobytes.
     */
    static final long MAX_REQUEST_BYTES = 1L << 20;

    /** The largest multipart upload: the import page takes several documents, each up to the body limit. */
    static final long MAX_UPLOAD_BYTES = 10 * MAX_REQUEST_BYTES;

    /** Starts listening; {@code port} 0 picks a free port (see {@link #port()}). */
    public static HttpServer start(HindsightConfig config, Database database, Incidents incidents,
                                   Accounts accounts, OrganisationTemplates templates, String host, int port) {
        return start(config, database, incidents, accounts, templates, host, port, () -> true);
    }

    /**
     * As above, for one of several nodes: {@code underConventionsInForce} tells readiness whether this node still
     * judges by the installation's conventions (see {@link dev.hindsight.nodes.Presence}).
     */
    public static HttpServer start(HindsightConfig config, Database database, Incidents incidents,
                                   Accounts accounts, OrganisationTemplates templates, String host, int port,
                                   BooleanSupplier underConventionsInForce) {
        IncidentApi incidentApi = new IncidentApi(incidents, templates, config.conventions());
        TemplateApi templateApi = new TemplateApi(templates);
        ImportApi importApi = new ImportApi(new DocumentImporter(config.conventions()), incidents);
        WebhookApi webhookApi = new WebhookApi(new Webhooks(database, accounts.clock()));
        ActionBoard board = new ActionBoard(incidents.database(), incidents.conventions(), accounts.clock());
        ActionItemApi actionItemApi = new ActionItemApi(board, config.conventions().actionPolicy());
        SearchApi searchApi = new SearchApi(new Search(incidents.database(), config.conventions().timeZone()));
        RelatedApi relatedApi = new RelatedApi(new RelatedIncidents(incidents.database()));
        Insights insights = new Insights(incidents.database(), config.conventions(), accounts.clock());
        var lintSettings = new OrganisationLintSettings(incidents.database(), incidents.conventions(),
                accounts.clock());
        var dismissals = new FindingDismissals(incidents.database(), lintSettings, accounts.clock());
        StandingFindings findings = new StandingFindings(lintSettings, dismissals);
        ReviewApi reviewApi = new ReviewApi(new Reviews(incidents, accounts.clock()), findings);
        LintApi lintApi = new LintApi(new DocumentImporter(config.conventions()), incidents, findings);
        LintSettingsApi lintSettingsApi = new LintSettingsApi(incidents, lintSettings, dismissals);
        List<Endpoint> endpoints = ApiOperations.all(incidentApi, templateApi, importApi, webhookApi, reviewApi,
                actionItemApi, searchApi, new InsightsApi(insights), relatedApi, lintApi, lintSettingsApi);
        CalendarFeeds calendars = new CalendarFeeds(database, accounts, accounts.clock());
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
            // Uploads (the import page, multipart imports): each file as large as a body may be, kept in memory
            // rather than in temporary files, and a bounded number of them.
            cfg.jetty.multipartConfig.maxFileSize(MAX_REQUEST_BYTES, SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxInMemoryFileSize((int) MAX_REQUEST_BYTES, SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxTotalRequestSize(MAX_UPLOAD_BYTES, SizeUnit.BYTES);
            // Before every route: no text of a request may hold a NUL (see RequestTexts).
            cfg.routes.before(RequestTexts::check);
            cfg.routes.get("/health/live", ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
            cfg.routes.get("/health/ready", ctx -> health(ctx, config, database, underConventionsInForce));
            cfg.routes.get("/health", ctx -> health(ctx, config, database, underConventionsInForce));
            Runnable stopPages = WebPages.register(cfg.routes, accounts.clock(), incidents, accounts,
                    accounts.sessions(), templates, new ClientAddress(config.trustedProxies()),
                    incidentApi.representations(), calendars, board, insights, findings, lintSettings, dismissals);
            new CalendarRoute(calendars).register(cfg.routes);
            cfg.events.serverStopped(stopPages::run);
            cfg.routes.before("/api/v1/*", ctx -> Caller.authenticate(ctx, accounts));
            // The two hottest reads, when they succeed, are answered ahead of the servlet layer (see HotReads).
            cfg.jetty.modifyServer(server ->
                    server.setHandler(new HotReads(server.getHandler(), incidentApi, accounts)));
            IdempotencyKeys keys = new IdempotencyKeys(incidents.database(), accounts.clock());
            for (Endpoint e : endpoints) {
                cfg.routes.addHttpHandler(e.method(), e.path(), e.method() == HandlerType.POST
                        ? new IdempotentPost(keys, e.handler()) : e.handler());
            }
            String openApi = ApiDescription.openApi(endpoints);
            String page = ApiDescription.page(endpoints);
            cfg.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            cfg.routes.get("/api", ctx -> ctx.contentType("text/html; charset=utf-8").result(page));
            cfg.routes.exception(Problem.class, (e, ctx) -> problem(ctx, e));
            cfg.routes.exception(InvalidInput.class, (e, ctx) -> problem(ctx, new Problem(400, "Invalid input",
                    "the request was refused and nothing was saved", e.problems(), Map.of())));
            cfg.routes.exception(NotFound.class, (e, ctx) -> problem(ctx, new Problem(404, "Not found",
                    "no " + e.getMessage())));
            // A document the limits refuse to render, or a stored template that no longer passes its check: the
            // request cannot be met as asked (another template or format can), and nothing is wrong with the server.
            cfg.routes.exception(dev.hindsight.template.DocumentTooLarge.class,
                    (e, ctx) -> problem(ctx, Problem.documentTooLarge(e)));
            cfg.routes.exception(dev.hindsight.template.TemplateProblem.class,
                    (e, ctx) -> problem(ctx, Problem.templateUnusable(e)));
            cfg.routes.exception(StaleRevision.class, (e, ctx) -> {
                ctx.header("ETag", IncidentApi.etag(e.current()));
                Map<String, Object> extra = new LinkedHashMap<>();
                extra.put("currentRevision", e.current().revision());
                extra.put("current", Json.mapper().valueToTree(e.current()));
                problem(ctx, new Problem(412, "Changed by someone else", e.getMessage()
                        + "; nothing was saved. Apply your change to the current revision and send its ETag.",
                        java.util.List.of(), extra));
            });
            cfg.routes.exception(StoreUnavailable.class, (e, ctx) -> {
                LOG.warn("request {} {} failed: {}: {}", ctx.method(), ctx.path(), e.getMessage(),
                        String.valueOf(e.getCause()));
                ctx.header("Retry-After", RETRY_AFTER_SECONDS);
                problem(ctx, Problem.storeUnavailable());
            });
            cfg.routes.exception(StoreFull.class, (e, ctx) -> {
                LOG.error("request {} {} refused: {}", ctx.method(), ctx.path(), e.getMessage());
                problem(ctx, new Problem(507, "Insufficient storage", "the disk holding Hindsight's data is full, "
                        + "so nothing was saved; ask your administrator to free space, then send it again"));
            });
            // Javalin's own refusals (a body over the limit is one) in the same shape as ours.
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, e.getStatus() == 413
                    ? new Problem(413, "Request too large", "the body may be at most " + MAX_REQUEST_BYTES / 1024
                    + " KiB; nothing was saved") : new Problem(e.getStatus(), e.getMessage(), e.getMessage())));
            // An upload the multipart parser refuses (a file over the limit, a broken body) is the sender's fault.
            cfg.routes.exception(jakarta.servlet.ServletException.class, (e, ctx) -> Problem.upload(e,
                    MAX_REQUEST_BYTES, MAX_UPLOAD_BYTES).ifPresentOrElse(p -> problem(ctx, p), () -> internal(ctx, e)));
            cfg.routes.exception(Exception.class, (e, ctx) -> internal(ctx, e));
        });
        app.start(host, port);
        prepare(insights);
        return new HttpServer(app, endpoints);
    }

    /**
     * The page and the API share one {@link Insights}, so one copy of every incident's figures is kept, and it is read
     * in the background once the server listens: the first person to open the insights page then finds it ready.
     * A failure here is only logged; the first view reads the figures itself, as it would have.
     */
    private static void prepare(Insights insights) {
        Thread preparing = new Thread(() -> {
            try {
                insights.prepare();
            } catch (RuntimeException e) {
                LOG.warn("insights were not prepared in the background; the first view will read every incident: {}",
                        String.valueOf(e));
            }
        }, "insights-prepare");
        preparing.setDaemon(true);
        preparing.start();
    }

    /** A failure of ours: logged in full with an id; the caller gets the id, never the details. */
    private static void internal(Context ctx, Exception e) {
        String path;
        try {
            path = ctx.path();
        } catch (RuntimeException gone) {
            // The request has already ended (a live-updates stream whose browser left while an event was sent):
            // there is no one to answer, and touching its context again only fails again, in a loop of logs.
            LOG.debug("a request that had already ended failed: {}", e.toString());
            return;
        }
        String errorId = java.util.UUID.randomUUID().toString();
        LOG.error("request {} {} failed (error id {})", ctx.method(), path, errorId, e);
        problem(ctx, new Problem(500, "Internal error", "something went wrong on the server; quote error "
                + "id " + errorId + " to your administrator", java.util.List.of(), Map.of("errorId", errorId)));
    }

    private static void problem(Context ctx, Problem problem) {
        if (Pages.isPage(ctx)) {
            Pages.error(ctx, problem);
            return;
        }
        ctx.status(problem.status()).contentType(PROBLEM).result(Json.write(problem.body()));
    }

    /** Seconds a client is asked to wait before trying again while the database does not answer. */
    static final String RETRY_AFTER_SECONDS = "2";

    /**
     * Readiness: whether the database answers now, asked directly (the caches in front of it would keep some
     * reads working for a second or so and hide an outage). Liveness, {@code /health/live}, asks nothing: the
     * process answers. Open to anyone, so it says nothing about incidents: even a count would reveal restricted
     * ones. A node whose conventions another node has replaced is not ready either ({@code "conventions": "not in
     * force"}): it would answer under conventions no longer the installation's.
     */
    private static void health(Context ctx, HindsightConfig config, Database database,
                               BooleanSupplier underConventionsInForce) {
        Map<String, Object> body = new LinkedHashMap<>();
        String store = config.databaseKind().name().toLowerCase(java.util.Locale.ROOT);
        try {
            database.ping();
            boolean inForce = underConventionsInForce.getAsBoolean();
            body.put("status", inForce ? "ok" : "unavailable");
            body.put("store", store);
            body.put("database", "up");
            body.put("conventions", inForce ? "in force" : "not in force");
            if (!inForce) {
                ctx.status(503);
            }
        } catch (StoreUnavailable e) {
            body.put("status", "unavailable");
            body.put("store", store);
            body.put("database", "down");
            ctx.status(503).header("Retry-After", RETRY_AFTER_SECONDS);
        }
        ctx.contentType("application/json").result(Json.write(body));
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
