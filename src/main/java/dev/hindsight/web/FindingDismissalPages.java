package dev.hindsight.web;

import dev.hindsight.auth.Role;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.ReadersView;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.lint.Dismissal;
import dev.hindsight.lint.FindingDismissals;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;

/**
 * Dismissing a finding, and reinstating it, from the incident page and its editor: the forms of the signed-in
 * session (its CSRF token is checked before any page's change, see {@link Browser}), doing what {@code POST} and
 * {@code DELETE /api/v1/incidents/{id}/findings/dismissals} do for API tokens, through the same
 * {@link FindingDismissals} and the same rule: editors, on incidents they may see (404 otherwise).
 *
 * <p>A form posted by a browser without script is answered with the incident page (303 to it when done, the page
 * again with the problems named when refused); the page's script asks for JSON ({@code Accept: application/json})
 * and gets the dismissal, or {@code {errors: [{field, problem}]}} with 400.
 */
final class FindingDismissalPages {

    private final IncidentPages page;
    private final Incidents incidents;
    private final FindingDismissals dismissals;

    FindingDismissalPages(IncidentPages page, Incidents incidents, FindingDismissals dismissals) {
        this.page = page;
        this.incidents = incidents;
        this.dismissals = dismissals;
    }

    void register(RoutesConfig routes) {
        routes.post("/incidents/{id}/findings/dismissals", this::dismiss);
        routes.post("/incidents/{id}/findings/dismissals/{number}/reinstate", this::reinstate);
    }

    /** The form's rule, field and excerpt (from the finding) and reason (typed). */
    void dismiss(Context ctx) {
        var user = Caller.require(ctx, Role.EDITOR);
        ReadersView view = incidents.as(Caller.principal(ctx));
        PostMortem current = view.get(ctx.pathParam("id"));
        Map<String, List<String>> form = ctx.formParamMap();
        try {
            Dismissal made = dismissals.dismiss(view, current.id(), new FindingDismissals.Request(
                    FormRows.one(form, "rule"), FormRows.one(form, "field"), FormRows.one(form, "excerpt"),
                    FormRows.one(form, "reason")), user.name());
            done(ctx, 201, made, "?dismissed=" + made.number());
        } catch (InvalidInput e) {
            refused(ctx, current, e, form);
        }
    }

    void reinstate(Context ctx) {
        var user = Caller.require(ctx, Role.EDITOR);
        ReadersView view = incidents.as(Caller.principal(ctx));
        PostMortem current = view.get(ctx.pathParam("id"));
        try {
            int number;
            try {
                number = Integer.parseInt(ctx.pathParam("number"));
            } catch (NumberFormatException e) {
                throw InvalidInput.of("number", "'" + ctx.pathParam("number") + "' is not a dismissal's number");
            }
            Dismissal done = dismissals.reinstate(view, current.id(), number, user.name());
            done(ctx, 200, done, "?reinstated=" + done.number());
        } catch (InvalidInput e) {
            refused(ctx, current, e, null);
        }
    }

    private void done(Context ctx, int status, Dismissal dismissal, String notice) {
        if (fromScript(ctx)) {
            Pages.headers(ctx);
            ctx.status(status).contentType("application/json").result(Json.write(LintSettingsApi.json(dismissal)));
            return;
        }
        ctx.redirect("/incidents/" + dismissal.incidentId() + notice + "#findings", HttpStatus.SEE_OTHER);
    }

    /** {@code form}: a refused dismissal's, whose reason goes back into its finding's form; null for others. */
    private void refused(Context ctx, PostMortem current, InvalidInput e, Map<String, List<String>> form) {
        if (fromScript(ctx)) {
            Pages.headers(ctx);
            ctx.status(400).contentType("application/json").result(Json.write(Map.of("errors", e.problems().stream()
                    .map(p -> Map.of("field", p.field(), "problem", p.problem())).toList())));
            return;
        }
        if (form == null) {
            page.render(ctx, 400, current, "findings", null, e.problems(), null);
            return;
        }
        List<String> said = e.problems().stream().map(p -> p.field() + ": " + p.problem()).toList();
        page.render(ctx, 400, current, "findings", null, e.problems(), null, panel -> panel.withRefused(form, said));
    }

    /** The page's script asks for JSON; a form a browser posts asks for a page. */
    private static boolean fromScript(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.startsWith("application/json");
    }
}
