package dev.hindsight.web;

import dev.hindsight.auth.Role;
import dev.hindsight.insights.Insights;
import dev.hindsight.insights.InsightsFilter;
import dev.hindsight.insights.InsightsReport;
import dev.hindsight.json.Json;
import io.javalin.http.Context;

/** Insights across incidents over HTTP: parse the filter, ask as the caller, write JSON. Thread-safe. */
final class InsightsApi {

    private final Insights insights;

    InsightsApi(Insights insights) {
        this.insights = insights;
    }

    void report(Context ctx) {
        Caller.require(ctx, Role.VIEWER);
        ctx.contentType("application/json").result(Json.write(ask(ctx, insights)));
    }

    /** The report for the request's filter parameters, as the signed-in caller may see it. */
    static InsightsReport ask(Context ctx, Insights insights) {
        InsightsFilter filter = InsightsFilter.parse(ctx::queryParam, insights.conventions().severityScale());
        return insights.report(filter, Caller.principal(ctx));
    }
}
