package dev.hindsight.web;

import dev.hindsight.auth.Role;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.ReadersView;
import dev.hindsight.incident.StaleRevision;
import dev.hindsight.incident.StoredRevision;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.lint.Dismissal;
import dev.hindsight.lint.FindingDismissals;
import dev.hindsight.lint.StandingFindings;
import dev.hindsight.related.RelatedIncidents;
import dev.hindsight.template.HtmlDocument;
import dev.hindsight.template.OrganisationTemplates;
import dev.hindsight.review.workflow.Reviews;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The incident page: read every part, edit each in place, and save without overwriting anyone. */
final class IncidentPages {
    private final Clock clock;
    private final Incidents incidents;
    private final OrganisationTemplates templates;
    private final IncidentEdits edits;
    private final Representations documents;
    private final Reviews reviews;
    private final RelatedIncidents related;
    private final StandingFindings lint;
    private final FindingDismissals dismissals;

    IncidentPages(Clock clock, Incidents incidents, OrganisationTemplates templates, Representations documents,
                  StandingFindings lint, FindingDismissals dismissals) {
        this.lint = lint;
        this.dismissals = dismissals;
        this.documents = documents;
        this.clock = clock;
        this.incidents = incidents;
        this.templates = templates;
        this.edits = new IncidentEdits(incidents.conventions());
        this.reviews = new Reviews(incidents, clock);
        this.related = new RelatedIncidents(incidents.database());
    }

    /** Adds the routes; returns what stops the live updates when the server stops. */
    Runnable register(RoutesConfig routes) {
        NewIncidentPage create = new NewIncidentPage(incidents, templates);
        HistoryPage history = new HistoryPage(incidents, clock);
        DocumentPage document = new DocumentPage(incidents, templates, documents);
        LiveUpdates live = new LiveUpdates(incidents);
        routes.get("/incidents/new", create::form);
        routes.post("/incidents", create::create);
        routes.get("/incidents/{id}", this::show);
        routes.post("/incidents/{id}/edit/{part}", this::edit);
        routes.post("/incidents/{id}/findings", new EditorCheck(incidents, edits, lint)::check);
        new FindingDismissalPages(this, incidents, dismissals).register(routes);
        routes.post("/incidents/{id}/review/{step}", new ReviewForms(this, reviews, incidents)::submit);
        routes.get("/incidents/{id}/history", history::show);
        routes.get("/incidents/{id}/document", document::show);
        routes.get("/incidents/{id}/download", document::download);
        // Checked before the stream opens: Javalin answers 200 to an event stream before its handler runs.
        io.javalin.http.sse.SseHandler events = new io.javalin.http.sse.SseHandler(live::subscribe);
        routes.get("/incidents/{id}/events", ctx -> {
            live.check(ctx);
            events.handle(ctx);
        });
        routes.post("/preview", IncidentPages::preview);
        return live::stop;
    }

    void show(Context ctx) {
        Caller.require(ctx, Role.VIEWER);
        PostMortem record = view(ctx).get(ctx.pathParam("id"));
        render(ctx, 200, record, null, null, List.of(), null);
    }

    /** Saves one part of the page. A stale save or bad input shows the page again with what was typed kept. */
    void edit(Context ctx) {
        var user = Caller.require(ctx, Role.EDITOR);
        String part = ctx.pathParam("part");
        ReadersView view = view(ctx);
        PostMortem current = view.get(ctx.pathParam("id"));
        Map<String, List<String>> form = ctx.formParamMap();
        int basedOn;
        try {
            basedOn = Integer.parseInt(FormRows.one(form, "revision"));
        } catch (NumberFormatException e) {
            throw InvalidInput.of("revision", "is missing: the form must say which revision it edits");
        }
        try {
            PostMortem changed = edits.apply(current, part, form);
            view.update(current.id(), basedOn, changed, user.name());
            ctx.redirect("/incidents/" + current.id() + "?saved=" + part + "#" + part, HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            render(ctx, 400, current, part, form, e.problems(), null);
        } catch (StaleRevision e) {
            stale(ctx, e, part, form);
        }
    }

    /** Someone else saved first: the page again, at their revision, with their changes listed and the form kept. */
    void stale(Context ctx, StaleRevision e, String part, Map<String, List<String>> form) {
        PostMortem latest = e.current();
        List<IncidentView.Change> changes = view(ctx).history(latest.id()).stream()
                .filter(r -> r.revision() > e.basedOn()).map(r -> change(r, zone(ctx, latest))).toList();
        render(ctx, 409, latest, part, form, List.of(),
                new IncidentView.Conflict(e.basedOn(), latest.revision(), changes));
    }

    void render(Context ctx, int status, PostMortem record, String part, Map<String, List<String>> form,
                        List<FieldProblem> problems, IncidentView.Conflict conflict) {
        render(ctx, status, record, part, form, problems, conflict, panel -> panel);
    }

    /** As above, the findings panel changed by {@code findingsShown} (a refused dismissal's form filled again). */
    void render(Context ctx, int status, PostMortem record, String part, Map<String, List<String>> form,
                List<FieldProblem> problems, IncidentView.Conflict conflict,
                java.util.function.UnaryOperator<FindingsPanel> findingsShown) {
        ZoneId zone = zone(ctx, record);
        String template = templates.defaultFor(record);
        Frame frame = Pages.frame(ctx, record.title().isEmpty() ? record.id() : record.title());
        String notice = ctx.queryParam("saved") != null ? "Saved."
                : ctx.queryParam("dismissed") != null ? "Dismissed the finding; it is listed under Dismissed findings."
                : ctx.queryParam("reinstated") != null ? "Reinstated the finding." : null;
        if (notice != null) {
            frame = new Frame(frame.title(), frame.user(), frame.role(), frame.csrf(), frame.canEdit(),
                    frame.isAdmin(), notice);
        }
        Pages.render(ctx, status, "incident.jte", IncidentView.of(frame, record, incidents.conventions(), zone,
                LocalDate.now(clock.withZone(zone)), template, templateNames(), part, form, problems, conflict,
                ReviewPanel.of(record, reviews, incidents.conventions(), Caller.principal(ctx)),
                RelatedPanel.of(record, related.of(record.id(), Caller.principal(ctx), RelatedIncidents.SHOWN),
                        incidents.conventions(), zone), findingsShown.apply(findings(record, zone))));
    }

    /**
     * The record's open findings, as everything that shows or counts them asks ({@link StandingFindings}), and its
     * standing dismissals with whether each still hides one; the revision is linted once for both, and kept.
     */
    private FindingsPanel findings(PostMortem record, ZoneId zone) {
        List<Dismissal> standing = dismissals.of(record.id()).stream().filter(Dismissal::standing).toList();
        java.util.Set<Integer> hiding = standing.isEmpty() ? java.util.Set.of() : lint
                .dismissedOnSaved(record, standing).stream().map(d -> d.dismissal().number())
                .collect(java.util.stream.Collectors.toSet());
        return FindingsPanel.of(lint.ofSaved(record), standing, hiding, zone);
    }

    List<String> templateNames() {
        return templates.names();
    }

    static IncidentView.Change change(StoredRevision r, ZoneId zone) {
        return new IncidentView.Change(r.revision(), r.author(), IncidentView.shown(r.at(), zone),
                r.changes());
    }

    /** Times show in the zone the reader picked, else the incident's own. */
    static ZoneId zone(Context ctx, PostMortem record) {
        String zone = ctx.queryParam("zone");
        if (zone == null) {
            zone = ctx.formParam("zone");
        }
        if (zone == null || zone.isBlank()) {
            return record.timeZone();
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw InvalidInput.of("zone", "'" + zone + "' is not a time zone (like America/Los_Angeles)");
        }
    }

    private ReadersView view(Context ctx) {
        return incidents.as(Caller.principal(ctx));
    }

    /** Markdown as the page will show it: rendered, then sanitised. */
    static void preview(Context ctx) {
        Caller.require(ctx, Role.VIEWER);
        String text = ctx.formParam("text");
        if (text != null && text.length() > dev.hindsight.incident.PostMortemRules.TEXT_MAX) {
            throw InvalidInput.of("text", "is " + text.length() + " characters; a section holds at most "
                    + dev.hindsight.incident.PostMortemRules.TEXT_MAX);
        }
        Pages.headers(ctx);
        ctx.contentType("text/html; charset=utf-8").result(HtmlDocument.body(text == null ? "" : text));
    }
}
