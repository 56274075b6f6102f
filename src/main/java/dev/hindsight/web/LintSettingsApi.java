package dev.hindsight.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.auth.Role;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.ReadersView;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.lint.Dismissal;
import dev.hindsight.lint.FindingDismissals;
import dev.hindsight.lint.LintSettings;
import dev.hindsight.lint.OrganisationLintSettings;
import dev.hindsight.lint.RecordLint;
import dev.hindsight.lint.ReviewAssistant;
import dev.hindsight.lint.StaleLintSettings;
import dev.hindsight.lint.blame.BlameWords;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The organisation's lint settings (everyone reads them, admins change them, a change based on an older version is
 * refused), and the findings dismissed on an incident (who may edit it dismisses and reinstates; a restricted
 * incident answers 404 to whoever may not see it).
 */
final class LintSettingsApi {

    private static final String JSON = "application/json";
    private static final Set<String> DISMISSAL_FIELDS = Set.of("rule", "field", "excerpt", "reason");

    private final Incidents incidents;
    private final OrganisationLintSettings settings;
    private final FindingDismissals dismissals;

    LintSettingsApi(Incidents incidents, OrganisationLintSettings settings, FindingDismissals dismissals) {
        this.incidents = incidents;
        this.settings = settings;
        this.dismissals = dismissals;
    }

    /** GET /api/v1/lint/settings: the settings in force, their version as the ETag, and what may be set. */
    void settings(Context ctx) {
        Caller.require(ctx, Role.VIEWER);
        saved(ctx, settings.current());
    }

    /** PUT /api/v1/lint/settings with the settings' JSON; If-Match names the version the change is based on. */
    void saveSettings(Context ctx) {
        var user = Caller.require(ctx, Role.ADMIN);
        String ifMatch = ctx.header("If-Match");
        if (ifMatch == null) {
            throw new Problem(428, "If-Match required", "send the ETag of the settings your change is based on as "
                    + "If-Match (\"0\" while none were saved), so that nobody else's change is overwritten");
        }
        int basedOn = IncidentApi.revisionOf(ifMatch);
        LintSettings next = LintSettings.fromJson(Json.readObject(ctx.body()));
        try {
            saved(ctx, settings.save(basedOn, next, user.name()));
        } catch (StaleLintSettings e) {
            ctx.header("ETag", e.current().etag());
            throw new Problem(412, "Changed by someone else", e.getMessage() + "; nothing was saved. Apply your "
                    + "change to the current settings and send their ETag.", List.of(),
                    Map.of("currentVersion", e.current().version(), "current", body(e.current())));
        }
    }

    /** GET /api/v1/incidents/{id}/findings/dismissals: every dismissal, standing and reinstated, oldest first. */
    void dismissals(Context ctx) {
        Caller.require(ctx, Role.VIEWER);
        ReadersView view = incidents.as(Caller.principal(ctx));
        String id = ctx.pathParam("id");
        List<Dismissal> all = dismissals.list(view, id);
        PostMortem record = view.current(id);
        RecordLint lint = settings.recordLint();
        Set<Integer> hiding = lint.dismissed(record, all).stream().map(d -> d.dismissal().number())
                .collect(Collectors.toSet());
        ObjectNode out = Json.mapper().createObjectNode();
        ArrayNode items = out.putArray("items");
        all.forEach(d -> items.add(json(d).put("hides", hiding.contains(d.number()))));
        ctx.contentType(JSON).result(Json.write(out));
    }

    /** POST /api/v1/incidents/{id}/findings/dismissals with {rule, field, excerpt, reason}. */
    void dismiss(Context ctx) {
        var user = Caller.require(ctx, Role.EDITOR);
        JsonNode body = Json.readObject(ctx.body());
        List<FieldProblem> problems = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!DISMISSAL_FIELDS.contains(name)) {
                problems.add(new FieldProblem(name, "is not part of a dismissal: send rule, field, excerpt, reason"));
            }
        });
        for (String name : DISMISSAL_FIELDS) {
            if (body.has(name) && !body.get(name).isTextual() && !body.get(name).isNull()) {
                problems.add(new FieldProblem(name, "must be text"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Dismissal made = dismissals.dismiss(incidents.as(Caller.principal(ctx)), ctx.pathParam("id"),
                new FindingDismissals.Request(text(body, "rule"), text(body, "field"), text(body, "excerpt"),
                        text(body, "reason")), user.name());
        ctx.status(201).header("Location", "/api/v1/incidents/" + made.incidentId() + "/findings/dismissals/"
                + made.number());
        ctx.contentType(JSON).result(Json.write(json(made)));
    }

    /** DELETE /api/v1/incidents/{id}/findings/dismissals/{number}: reinstates it; the dismissal stays on record. */
    void reinstate(Context ctx) {
        var user = Caller.require(ctx, Role.EDITOR);
        int number;
        try {
            number = Integer.parseInt(ctx.pathParam("number"));
        } catch (NumberFormatException e) {
            throw InvalidInput.of("number", "'" + ctx.pathParam("number") + "' is not a dismissal's number");
        }
        Dismissal done = dismissals.reinstate(incidents.as(Caller.principal(ctx)), ctx.pathParam("id"), number,
                user.name());
        ctx.contentType(JSON).result(Json.write(json(done)));
    }

    private static String text(JsonNode body, String name) {
        return body.hasNonNull(name) ? body.get(name).asText() : null;
    }

    private static void saved(Context ctx, OrganisationLintSettings.Saved saved) {
        ctx.header("ETag", saved.etag()).contentType(JSON).result(Json.write(body(saved)));
    }

    private static ObjectNode body(OrganisationLintSettings.Saved saved) {
        ObjectNode out = Json.mapper().createObjectNode();
        out.put("version", saved.version());
        out.put("savedBy", saved.savedBy());
        out.put("savedAt", saved.savedAt() == null ? null : saved.savedAt().toString());
        out.set("settings", saved.settings().toJson());
        ObjectNode rules = out.putObject("builtInRules");
        ReviewAssistant.rules().forEach((rule, level) -> rules.put(rule, level.code()));
        ArrayNode lists = out.putArray("wordLists");
        BlameWords.listNames().forEach(lists::add);
        return out;
    }

    /** A dismissal as the API answers it, and the page's script too. */
    static ObjectNode json(Dismissal d) {
        ObjectNode out = Json.mapper().createObjectNode();
        out.put("number", d.number());
        out.put("rule", d.rule());
        out.put("field", d.field());
        out.put("excerpt", d.excerpt());
        out.put("reason", d.reason());
        out.put("dismissedBy", d.dismissedBy());
        out.put("dismissedAt", d.dismissedAt().toString());
        out.put("standing", d.standing());
        out.put("reinstatedBy", d.reinstatedBy());
        out.put("reinstatedAt", d.reinstatedAt() == null ? null : d.reinstatedAt().toString());
        return out;
    }
}
