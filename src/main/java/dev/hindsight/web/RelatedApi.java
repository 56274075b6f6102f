package dev.hindsight.web;

import dev.hindsight.auth.Role;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.related.RelatedIncidents;
import io.javalin.http.Context;
import java.util.Map;

/**
 * An incident's related incidents over HTTP: {@code {items: [{id, title, severity, startedAt, score, reasons}]}},
 * most alike first; 404 for an incident the caller may not see, as for reading it.
 */
final class RelatedApi {

    private final RelatedIncidents related;

    RelatedApi(RelatedIncidents related) {
        this.related = related;
    }

    void list(Context ctx) {
        Caller.require(ctx, Role.VIEWER);
        String text = ctx.queryParam("limit");
        int limit = RelatedIncidents.SHOWN;
        if (text != null) {
            try {
                limit = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw InvalidInput.of("limit", "'" + text + "' is not a whole number");
            }
        }
        var items = related.of(ctx.pathParam("id"), Caller.principal(ctx), limit);
        ctx.contentType("application/json").result(Json.write(Map.of("items", items)));
    }
}
