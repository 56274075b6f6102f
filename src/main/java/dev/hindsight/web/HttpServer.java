package dev.hindsight.web;

import dev.hindsight.config.HindsightConfig;
import dev.hindsight.incident.Incidents;
import dev.hindsight.json.Json;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hindsight over HTTP. For now it answers {@code /health}; the API and the pages hang off the same server.
 * Built from its dependencies so tests can start it on a free port.
 */
public final class HttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

    private final Javalin app;

    private HttpServer(Javalin app) {
        this.app = app;
    }

    /** Starts listening; {@code port} 0 picks a free port (see {@link #port()}). */
    public static HttpServer start(HindsightConfig config, Incidents incidents, String host, int port) {
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.routes.get("/health", ctx -> health(ctx, config, incidents));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                String errorId = java.util.UUID.randomUUID().toString();
                LOG.error("request {} {} failed (error id {})", ctx.method(), ctx.path(), errorId, e);
                ctx.status(500).contentType("application/problem+json").result(Json.write(Map.of(
                        "type", "about:blank", "title", "Internal error", "status", 500,
                        "detail", "Something went wrong on the server; quote error id " + errorId
                                + " to your administrator.", "errorId", errorId)));
            });
        });
        app.start(host, port);
        return new HttpServer(app);
    }

    private static void health(Context ctx, HindsightConfig config, Incidents incidents) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("store", config.databaseKind().name().toLowerCase(java.util.Locale.ROOT));
        body.put("incidents", incidents.count());
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
