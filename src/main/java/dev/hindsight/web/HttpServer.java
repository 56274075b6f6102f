package dev.hindsight.web;

import dev.hindsight.auth.Accounts;
import dev.hindsight.config.HindsightConfig;
import dev.hindsight.importer.DocumentImporter;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.StaleRevision;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.NotFound;
import dev.hindsight.template.OrganisationTemplates;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** Starts listening; {@code port} 0 picks a free port (see {@link #port()}). */
    public static HttpServer start(HindsightConfig config, Incidents incidents, Accounts accounts,
                                   OrganisationTemplates templates, String host, int port) {
        IncidentApi incidentApi = new IncidentApi(incidents, templates, config.conventions());
        TemplateApi templateApi = new TemplateApi(templates);
        ImportApi importApi = new ImportApi(new DocumentImporter(config.conventions()), incidents);
        List<Endpoint> endpoints = endpoints(incidentApi, templateApi, importApi);
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.routes.get("/health", ctx -> health(ctx, config, incidents));
            Runnable stopPages = WebPages.register(cfg.routes, accounts.clock(), incidents, accounts,
                    accounts.sessions(), templates, incidentApi.representations());
            cfg.events.serverStopped(stopPages::run);
            cfg.routes.before("/api/v1/*", ctx -> Caller.authenticate(ctx, accounts));
            // The two hottest reads, when they succeed, are answered ahead of the servlet layer (see HotReads).
            cfg.jetty.modifyServer(server ->
                    server.setHandler(new HotReads(server.getHandler(), incidentApi, accounts)));
            for (Endpoint e : endpoints) {
                cfg.routes.addHttpHandler(e.method(), e.path(), e.handler());
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
            cfg.routes.exception(dev.hindsight.template.DocumentTooLarge.class, (e, ctx) -> problem(ctx, new Problem(
                    422, "Document too large to render", e.getMessage(), java.util.List.of(),
                    Map.of("template", e.template()))));
            cfg.routes.exception(dev.hindsight.template.TemplateProblem.class, (e, ctx) -> problem(ctx, new Problem(
                    422, "Template cannot be used", e.getMessage(), java.util.List.of(),
                    Map.of("template", e.template()))));
            cfg.routes.exception(StaleRevision.class, (e, ctx) -> {
                ctx.header("ETag", IncidentApi.etag(e.current()));
                Map<String, Object> extra = new LinkedHashMap<>();
                extra.put("currentRevision", e.current().revision());
                extra.put("current", Json.mapper().valueToTree(e.current()));
                problem(ctx, new Problem(412, "Changed by someone else", e.getMessage()
                        + "; nothing was saved. Apply your change to the current revision and send its ETag.",
                        java.util.List.of(), extra));
            });
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                String errorId = java.util.UUID.randomUUID().toString();
                LOG.error("request {} {} failed (error id {})", ctx.method(), ctx.path(), errorId, e);
                problem(ctx, new Problem(500, "Internal error", "something went wrong on the server; quote error "
                        + "id " + errorId + " to your administrator", java.util.List.of(), Map.of("errorId", errorId)));
            });
        });
        app.start(host, port);
        return new HttpServer(app, endpoints);
    }

    /** Every API operation, in the order the API page lists them. */
    static List<Endpoint> endpoints(IncidentApi incidents, TemplateApi templates, ImportApi imports) {
        String json = "application/json";
        return List.of(
                new Endpoint(HandlerType.GET, "/api/v1/incidents", "List incidents: ?status= &severity= &text= "
                        + "&service= &from= &to= (YYYY-MM-DD) &order=newest|updated|severity &limit= &offset=; "
                        + "answers {items, total, limit, offset}",
                        "viewer", null, json, 200, incidents::list),
                new Endpoint(HandlerType.POST, "/api/v1/incidents", "Create a post-mortem from the canonical JSON",
                        "editor", json, json, 201, incidents::create),
                new Endpoint(HandlerType.GET, "/api/v1/incidents/{id}", "Read one, with its revision as the ETag",
                        "viewer", null, json, 200, incidents::get),
                new Endpoint(HandlerType.PATCH, "/api/v1/incidents/{id}", "Change it with a JSON merge patch; "
                        + "If-Match is required", "editor", "application/merge-patch+json", json, 200,
                        incidents::patch),
                new Endpoint(HandlerType.GET, "/api/v1/incidents/{id}/revisions", "Every revision: who, when, "
                        + "which fields", "viewer", null, json, 200, incidents::revisions),
                new Endpoint(HandlerType.GET, "/api/v1/incidents/{id}/revisions/{revision}", "The record as it "
                        + "stood at a revision", "viewer", null, json, 200, incidents::revision),
                new Endpoint(HandlerType.GET, "/api/v1/incidents/{id}/document", "Render it: ?template= "
                        + "&format=md|html|pdf|txt &guidance=true &placeholders=false", "viewer", null,
                        "text/markdown", 200, incidents::document),
                new Endpoint(HandlerType.GET, "/api/v1/templates", "List the built-in and organisation templates",
                        "viewer", null, json, 200, templates::list),
                new Endpoint(HandlerType.PUT, "/api/v1/templates/{name}", "Add or replace an organisation "
                        + "template: {description, source}; checked first", "admin", json, json, 200,
                        templates::save),
                new Endpoint(HandlerType.DELETE, "/api/v1/templates/{name}", "Remove an organisation template",
                        "admin", null, json, 204, templates::remove),
                new Endpoint(HandlerType.POST, "/api/v1/imports", "Import a filled-in document (any layout; "
                        + "?template= to name it, ?dryRun=true to only read it)", "editor", "text/markdown", json,
                        201, imports::importDocument));
    }

    private static void problem(Context ctx, Problem problem) {
        if (Pages.isPage(ctx)) {
            Pages.error(ctx, problem);
            return;
        }
        ctx.status(problem.status()).contentType(PROBLEM).result(Json.write(problem.body()));
    }

    /** Open to anyone, so it says nothing about incidents: even a count would reveal restricted ones. */
    private static void health(Context ctx, HindsightConfig config, Incidents incidents) {
        incidents.count(); // the store answers
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("store", config.databaseKind().name().toLowerCase(java.util.Locale.ROOT));
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
