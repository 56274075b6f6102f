package dev.hindsight.web;

import io.javalin.http.HandlerType;
import java.util.List;

/**
 * Every operation of the JSON API under {@code /api/v1}: its method, path, what it does and answers, the role it
 * needs, what it takes and gives, and its handler. {@link HttpServer} routes them through one pipeline, and
 * {@link ApiDescription} writes the API page and the OpenAPI description from the same list, so the two never
 * disagree. Stateless.
 */
final class ApiOperations {

    private ApiOperations() {
    }

    /** Every API operation, in the order the API page lists them. */
    static List<Endpoint> all(IncidentApi incidents, TemplateApi templates, ImportApi imports,
                              WebhookApi webhooks, ReviewApi reviews, ActionItemApi actionItems,
                              SearchApi search, InsightsApi insights, RelatedApi related, LintApi lint,
                              LintSettingsApi lintSettings) {
        String json = "application/json";
        List<Endpoint> all = new java.util.ArrayList<>(List.of(
                new Endpoint(HandlerType.GET, "/api/v1/incidents", "List incidents: ?status= &severity= &text= "
                        + "&service= &openActions=true|false &from= &to= (YYYY-MM-DD) &order=newest|updated|severity &limit= &offset=; "
                        + "answers {items, total, limit, offset}",
                        "viewer", null, json, 200, incidents::list),
                new Endpoint(HandlerType.GET, "/api/v1/search", "Search every part of every post-mortem: ?q= "
                        + "(words, \"a phrase\", -excluded, service: severity: status: responder: from: to: "
                        + "has:open-actions) &severity= &status= &service= &responder= &from= &to= (YYYY-MM-DD) "
                        + "&openActions=true &page= &pageSize= (1-100); answers {results: [{id, title, status, "
                        + "severity, rank, snippet: [{text, match}]...}], total, totalEstimated, page, pageSize}",
                        "viewer", null, json, 200, search::search),
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
                new Endpoint(HandlerType.GET, "/api/v1/incidents/{id}/related", "The incidents most like it, "
                        + "earlier ones first: ?limit= (1-10, default 5); answers {items: [{id, title, severity, "
                        + "startedAt, score, reasons}]}", "viewer", null, json, 200, related::list),
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
                new Endpoint(HandlerType.POST, "/api/v1/imports", "Import a filled-in document in any layout: "
                        + "Markdown, HTML or .docx as the body, or as the one file of multipart/form-data (at most "
                        + HttpServer.MAX_REQUEST_BYTES / 1024 + " KiB); ?template= to name its layout, ?dryRun=true to only read "
                        + "it (viewer). Answers {change, id, layout, notes, report} (dry run: {layout, notes, record, "
                        + "report}); the report lists the fields read with their source lines, the guesses, the "
                        + "sections kept as extra, the lines skipped and why, and where every line went", "editor",
                        "text/markdown, text/html, " + ImportApi.DOCX + ", multipart/form-data", json, 201,
                        imports::importDocument),
                new Endpoint(HandlerType.GET, "/api/v1/webhooks", "List the webhook endpoints (never their secrets)",
                        "admin", null, json, 200, webhooks::list),
                new Endpoint(HandlerType.POST, "/api/v1/webhooks", "Register a webhook endpoint: {url, description, "
                        + "events: [types] or [\"*\"]}; answers its signing secret, shown only this once", "admin",
                        json, json, 201, webhooks::create),
                new Endpoint(HandlerType.PATCH, "/api/v1/webhooks/{id}", "Change an endpoint: {enabled, url, "
                        + "description, events}, each optional", "admin", json, json, 200, webhooks::change),
                new Endpoint(HandlerType.DELETE, "/api/v1/webhooks/{id}", "Remove an endpoint and its delivery log",
                        "admin", null, json, 204, webhooks::remove),
                new Endpoint(HandlerType.GET, "/api/v1/webhooks/{id}/deliveries", "An endpoint's delivery log, "
                        + "newest first: ?limit= (1-500, default 100)", "admin", null, json, 200,
                        webhooks::deliveries),
                new Endpoint(HandlerType.POST, "/api/v1/webhooks/{id}/deliveries/{delivery}/replay", "Send a "
                        + "delivery's event again (a new delivery, same webhook-id)", "admin", null, json, 201,
                        webhooks::replay),
                new Endpoint(HandlerType.GET, "/api/v1/action-items", "The action-item board across incidents: "
                        + "?state=open|done|all &overdue= &dueThisWeek= &late= (true|false) &owner= &team= &service= "
                        + "&priority= &kind= &incident= &order=due|priority|incident|updated &limit= (1-500) &offset= "
                        + "&from= &to= (YYYY-MM-DD, the figures' days; default the last 90); answers {items, total, "
                        + "limit, offset, figures, counts}", "viewer", null, json, 200, actionItems::list),
                new Endpoint(HandlerType.GET, "/api/v1/insights", "Insights across incidents: distributions of the "
                        + "times to detect, acknowledge, mitigate and resolve (median and 90th percentile with 95% "
                        + "intervals) overall and by severity, period, service and team; changes between periods; "
                        + "target compliance; counts; what recurs; follow-through. ?from= &to= (YYYY-MM-DD, the days "
                        + "incidents started) &severity= &service= &groupBy=month|quarter", "viewer", null, json, 200,
                        insights::report),
                new Endpoint(HandlerType.POST, "/api/v1/lint", "Check a post-mortem as a careful reviewer would "
                        + "(blame, gaps, contradictions) and store nothing: a Markdown document (text/markdown, read "
                        + "as an import reads it; ?template= to name its layout) or a record (application/json, the "
                        + "canonical JSON), at most " + LintApi.MAX_LINT_BYTES / 1024 + " KiB; answers {count, "
                        + "findings: [{rule, level, field, start, end, excerpt, why, suggestion, replacement}]}, "
                        + "with line, column, endLine and endColumn in a document", "viewer",
                        "text/markdown, " + json, json, 200, lint::lint),
                new Endpoint(HandlerType.GET, "/api/v1/incidents/{id}/findings", "The review assistant's open "
                        + "findings on a stored incident: {count, findings: [...]} as POST /api/v1/lint answers",
                        "viewer", null, json, 200, lint::incidentFindings)));
        all.addAll(reviewEndpoints(reviews));
        all.addAll(lintEndpoints(lintSettings));
        return List.copyOf(all);
    }

    /** The organisation's lint settings, and the findings dismissed on an incident. */
    private static List<Endpoint> lintEndpoints(LintSettingsApi lint) {
        String json = "application/json";
        String dismissals = "/api/v1/incidents/{id}/findings/dismissals";
        return List.of(
                new Endpoint(HandlerType.GET, "/api/v1/lint/settings", "The organisation's lint settings, with "
                        + "their version as the ETag: {version, savedBy, savedAt, settings: {rules: {id: off|error|"
                        + "warning|note}, words: {list: {add: [], remove: []}}}, builtInRules, wordLists}", "viewer",
                        null, json, 200, lint::settings),
                new Endpoint(HandlerType.PUT, "/api/v1/lint/settings", "Replace the lint settings: {rules, words}; "
                        + "If-Match required (\"0\" before any were saved)", "admin", json, json, 200,
                        lint::saveSettings),
                new Endpoint(HandlerType.GET, dismissals, "The findings dismissed on it, standing and reinstated: "
                        + "{items: [{number, rule, field, excerpt, reason, dismissedBy, dismissedAt, standing, "
                        + "reinstatedBy, reinstatedAt, hides}]}", "viewer", null, json, 200, lint::dismissals),
                new Endpoint(HandlerType.POST, dismissals, "Dismiss a finding it has now: {rule, field, excerpt, "
                        + "reason}; kept in its history", "editor", json, json, 201, lint::dismiss),
                new Endpoint(HandlerType.DELETE, dismissals + "/{number}", "Reinstate a dismissed finding; the "
                        + "dismissal stays in the history", "editor", null, json, 200, lint::reinstate));
    }

    /** The review's steps; each needs If-Match with the revision it was based on, like PATCH. */
    private static List<Endpoint> reviewEndpoints(ReviewApi reviews) {
        String json = "application/json";
        String incident = "/api/v1/incidents/{id}";
        return List.of(
                new Endpoint(HandlerType.POST, incident + "/review", "Request a review of a draft: {reviewers: "
                        + "[{name, account, role}], meetingDate}; the policy's roles must each be named; If-Match "
                        + "required", "editor", json, json, 200, reviews::request),
                new Endpoint(HandlerType.POST, incident + "/review/verdict", "Record your own verdict as a named "
                        + "reviewer (any role): {verdict: lgtm|changes_requested, comment}; If-Match required", "viewer", json,
                        json, 200, reviews::verdict),
                new Endpoint(HandlerType.PUT, incident + "/review/meeting", "Schedule the review meeting: {date, "
                        + "attendees: [{name, role}], discussionPoints: []}; If-Match required", "editor", json, json,
                        200, reviews::meeting),
                new Endpoint(HandlerType.POST, incident + "/final", "Make it final: every required approval, no "
                        + "changes requested; {waiverReason} when top-priority items are open; If-Match required",
                        "editor", json, json, 200, reviews::makeFinal),
                new Endpoint(HandlerType.POST, incident + "/reopen", "Reopen a final post-mortem as a draft: "
                        + "{reason}; If-Match required", "editor", json, json, 200, reviews::reopen),
                new Endpoint(HandlerType.POST, incident + "/withdraw", "Take it out of review, back to draft; "
                        + "If-Match required", "editor", null, json, 200, reviews::withdraw),
                new Endpoint(HandlerType.POST, incident + "/knowledge-sharing/{index}", "Tick a line of the "
                        + "knowledge-sharing checklist (0 is the first): {done: true|false}; If-Match required",
                        "editor", json, json, 200, reviews::knowledgeSharing),
                new Endpoint(HandlerType.POST, incident + "/follow-ups/{index}/held", "Mark a follow-up review as "
                        + "held (0 is the first); If-Match required", "editor", null, json, 200,
                        reviews::followUpHeld));
    }
}
