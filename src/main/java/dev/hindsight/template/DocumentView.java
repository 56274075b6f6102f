package dev.hindsight.template;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Link;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Responder;
import dev.hindsight.review.Reviewer;
import dev.hindsight.severity.Severity;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a document template can show, worked out from a record: formatted times and gaps, the metrics
 * against targets, action items grouped by priority. Every variable is listed in docs/templates.md. The view is
 * built only as far as a template's top-level names ask ({@link Wanted}); a group of variables with more to it than a
 * few lines has a view of its own ({@link TimelineView}, {@link MetricsView}, {@link ActionsView}, {@link ReviewView}
 * and the sections' views), and this class decides what goes in and in which order.
 */
public final class DocumentView {

    private DocumentView() {
    }

    /** Every variable: for checking templates and documenting them. */
    public static Map<String, Object> of(PostMortem r, Conventions conventions, TimeStyle style,
                                         RenderOptions options) {
        return of(r, conventions, style, options, null);
    }

    /**
     * The variables a template uses. {@code roots} are the top-level names it mentions (null for all); the
     * view builds only those, since a layout uses a fraction of what a document can show and building the
     * rest is most of the cost of rendering.
     */
    public static Map<String, Object> of(PostMortem r, Conventions conventions, TimeStyle style,
                                         RenderOptions options, Set<String> roots) {
        Wanted w = roots == null ? name -> true : roots::contains;
        ZoneId zone = options.zone() != null ? options.zone() : r.timeZone();
        TimeStyle clock = options.twelveHour() == null ? style : style.withClock(options.twelveHour());
        ShownTimes times = clock.in(zone);
        View v = new View(64)
                .flag("placeholders", options.placeholders())
                .flag("guidance", options.guidance())
                .put("id", r.id())
                .put("title", r.title())
                .put("dateWritten", r.dateWritten() == null ? "" : r.dateWritten().toString())
                .put("status", r.status().label())
                .put("statusCode", r.status().code())
                .put("author", r.author())
                .put("owner", r.owner())
                .put("lastUpdated", r.lastUpdated() == null ? "" : r.lastUpdated().atZone(zone).toLocalDate().toString())
                .put("nextReviewDate", r.nextReviewDate() == null ? "" : r.nextReviewDate().toString())
                .put("severityAssessment", r.severityAssessment());
        if (w.any("severity", "initialSeverity")) {
            v.put("severity", severity(r.severity(), conventions))
                    .put("initialSeverity", severity(r.initialSeverity(), conventions));
        }
        if (w.any("timeZone")) {
            v.put("timeZone", new View().put("id", zone.getId()).put("name", TimeStyle.zoneName(zone))
                    .put("abbreviation", TimeStyle.zoneAbbreviation(zone)));
        }
        if (w.any("detection")) {
            v.put("detection", DetectionView.of(r.detection()));
        }
        if (w.any("impact")) {
            v.put("impact", ImpactView.of(r.impact()));
        }
        if (w.any("analysis")) {
            v.put("analysis", AnalysisView.of(r.analysis()));
        }
        if (w.any("communication")) {
            v.put("communication", CommunicationView.of(r.communication(), times));
        }
        if (w.any("scale", "discoveryMethods", "scaleLabels")) {
            v.list("scale", conventions.severityScale().levels(), l -> new View()
                            .put("level", String.valueOf(l.level())).put("label", l.label())
                            .put("description", l.description()))
                    .texts("discoveryMethods", conventions.discoveryMethods())
                    .put("scaleLabels", String.join("/", conventions.severityScale().levels().stream()
                            .map(l -> l.label()).toList()));
        }
        people(v, r, w);
        if (w.any("cell", "disciplines")) {
            googleDocCells(v, r, conventions);
        }
        TimelineView.add(v, r, times, w);
        if (w.any("metrics", "metric")) {
            MetricsView.add(v, r, conventions);
        }
        ActionsView.add(v, r.actionItems(), w);
        if (w.any("reviewers", "reviewMeeting", "knowledgeSharing", "supportingDocuments")) {
            review(v, r);
        }
        if (w.any("relatedIncidents", "investigationDoc", "references", "attachments", "extraSections")) {
            links(v, r);
        }
        if (w.any("review")) {
            v.put("review", ReviewView.of(r, conventions, times));
        }
        if (w.any("followThrough")) {
            v.put("followThrough", FollowThroughView.of(r));
        }
        if (w.any("frontMatter")) {
            v.put("frontMatter", FrontMatterView.of(r, times));
        }
        return v.map();
    }

    /** Which top-level names a template mentions: the parts of the view built in files of their own ask it too. */
    @FunctionalInterface
    interface Wanted {
        boolean wants(String name);

        default boolean any(String... names) {
            for (String name : names) {
                if (wants(name)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static View severity(Severity severity, Conventions conventions) {
        if (severity == null) {
            return new View().put("level", "").put("label", "").put("description", "");
        }
        String description = conventions.severityScale().level(severity.level())
                .map(l -> l.description()).orElse("");
        return new View().put("level", String.valueOf(severity.level())).put("label", severity.label())
                .put("description", description);
    }

    private static void people(View v, PostMortem r, Wanted w) {
        if (w.wants("responders")) {
            v.list("responders", r.responders(), p -> new View(8).put("name", View.cell(p.name()))
                    .put("role", View.cell(p.role())).put("roleShort", shortRole(p.role()))
                    .put("team", View.cell(p.team())).put("discipline", View.cell(p.discipline())).put("link", p.link())
                    .put("joinedAt", p.joinedAt() == null ? ""
                            : p.joinedAt().atZone(r.timeZone()).toLocalTime().toString()));
        }
        // Table cells in several layouts: pipes escaped like every other name.
        if (w.wants("incidentCommander")) {
            v.put("incidentCommander", View.cell(r.responderIn("Incident Commander").map(Responder::name).orElse("")));
        }
        if (w.wants("technicalLead")) {
            v.put("technicalLead", View.cell(r.responderIn("Technical Lead").map(Responder::name).orElse("")));
        }
        if (w.wants("disciplineCounts")) {
            v.list("disciplineCounts", List.copyOf(r.respondersByDiscipline().entrySet()),
                    e -> new View(3).put("discipline", e.getKey()).put("count", String.valueOf(e.getValue())));
        }
        if (w.any("teams", "teamsText")) {
            v.texts("teams", r.teamsInvolved());
            v.put("teamsText", String.join(", ", r.teamsInvolved()));
        }
    }

    /** "IC" for the incident commander, as the SEV document writes it; other roles as they are. */
    private static String shortRole(String role) {
        return "incident commander".equalsIgnoreCase(role) ? "IC" : View.cell(role);
    }

    /**
     * Table-safe title, author, apps and teams (for layouts that put them in table cells), and every
     * discipline's head count, zero included ("" when there are no responders at all).
     */
    private static void googleDocCells(View v, PostMortem r, Conventions conventions) {
        v.put("cell", new View().put("title", View.cell(r.title())).put("author", View.cell(r.author()))
                .put("appsAndApis", View.cell(String.join(", ", r.impact().appsAndApis())))
                .put("teams", View.cell(String.join(", ", r.teamsInvolved()))));
        java.util.LinkedHashSet<String> disciplines = new java.util.LinkedHashSet<>(conventions.disciplines());
        disciplines.addAll(r.respondersByDiscipline().keySet());
        v.list("disciplines", List.copyOf(disciplines), d -> new View().put("discipline", View.cell(d))
                .put("count", r.responders().isEmpty() ? ""
                        : String.valueOf(r.respondersByDiscipline().getOrDefault(d, 0))));
    }

    private static void review(View v, PostMortem r) {
        v.list("reviewers", r.reviewers(), (Reviewer x) -> new View().put("name", View.cell(x.name()))
                .put("role", View.cell(x.role())).put("state", x.state().code())
                .put("stateLabel", switch (x.state()) {
                    case NOT_REVIEWED -> "Not Reviewed";
                    case LGTM -> "LGTM";
                    case CHANGES_REQUESTED -> "Changes Requested";
                }).put("approved", x.state() == dev.hindsight.review.ReviewState.LGTM ? "Yes" : "No")
                .put("date", x.date() == null ? "" : x.date().toString()));
        var meeting = r.reviewMeeting();
        v.put("reviewMeeting", new View().put("date", meeting.date() == null ? "" : meeting.date().toString())
                .list("attendees", meeting.attendees(), a -> new View().put("name", a.name()).put("role", a.role()))
                .texts("discussionPoints", meeting.discussionPoints()).texts("cadence", meeting.cadence()));
        v.list("knowledgeSharing", r.knowledgeSharing(), c -> new View().put("text", c.text())
                .flag("done", c.done()).put("box", c.done() ? "[x]" : "[ ]"));
        v.list("supportingDocuments", r.supportingDocuments(), c -> new View().put("text", c.text())
                .flag("done", c.done()).put("box", c.done() ? "[x]" : "[ ]"));
    }

    private static void links(View v, PostMortem r) {
        v.list("relatedIncidents", r.relatedIncidents(), x -> new View().put("id", x.id()).put("url", x.url())
                .put("relation", x.relation()));
        v.put("investigationDoc", link(r.investigationDoc()));
        v.list("references", r.references(), DocumentView::link);
        v.list("attachments", r.attachments(), DocumentView::link);
        v.list("extraSections", r.extraSections(), x -> new View().put("heading", x.heading()).put("body", x.body()));
    }

    static View link(Link l) {
        return new View().put("name", View.cell(l.name())).put("url", l.url());
    }
}
