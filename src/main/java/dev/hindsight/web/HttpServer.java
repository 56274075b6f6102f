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

    private HttpServer(Javalin app) {
        this.app = app;
    }

    /** Starts listening; {@code port} 0 picks a free port (see {@link #port()}). */
    public static HttpServer start(HindsightConfig config, Incidents incidents, Accounts accounts,
                                   OrganisationTemplates templates, String host, int port) {
        IncidentApi incidentApi = new IncidentApi(incidents, templates, config.conventions());
        TemplateApi templateApi = new TemplateApi(templates);
        ImportApi importApi = new ImportApi(new DocumentImporter(config.conventions()), incidents);
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.routes.get("/health", ctx -> health(ctx, config, incidents));
            cfg.routes.before("/api/v1/*", ctx -> Caller.authenticate(ctx, accounts));
            cfg.routes.get("/api/v1/incidents", incidentApi::list);
            cfg.routes.post("/api/v1/incidents", incidentApi::create);
            cfg.routes.get("/api/v1/incidents/{id}", incidentApi::get);
            cfg.routes.patch("/api/v1/incidents/{id}", incidentApi::patch);
            cfg.routes.get("/api/v1/incidents/{id}/revisions", incidentApi::revisions);
            cfg.routes.get("/api/v1/incidents/{id}/revisions/{revision}", incidentApi::revision);
            cfg.routes.get("/api/v1/incidents/{id}/document", incidentApi::document);
            cfg.routes.get("/api/v1/templates", templateApi::list);
            cfg.routes.put("/api/v1/templates/{name}", templateApi::save);
            cfg.routes.delete("/api/v1/templates/{name}", templateApi::remove);
            cfg.routes.post("/api/v1/imports", importApi::importDocument);
            cfg.routes.exception(Problem.class, (e, ctx) -> problem(ctx, e));
            cfg.routes.exception(InvalidInput.class, (e, ctx) -> problem(ctx, new Problem(400, "Invalid input",
                    "the request was refused and nothing was saved", e.problems(), Map.of())));
            cfg.routes.exception(NotFound.class, (e, ctx) -> problem(ctx, new Problem(404, "Not found",
                    "no " + e.getMessage())));
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
        return new HttpServer(app);
    }

    private static void problem(Context ctx, Problem problem) {
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
