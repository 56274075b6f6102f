package dev.hindsight.template;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.Priority;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Link;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Responder;
import dev.hindsight.metrics.ResponseMetrics;
import dev.hindsight.review.Reviewer;
import dev.hindsight.severity.Severity;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.Gap;
import dev.hindsight.timeline.Timeline;
import dev.hindsight.timeline.TimelineEvent;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a document template can show, worked out from a record: formatted times and gaps, the metrics
 * against targets, action items grouped by priority. Every variable is listed in docs/templates.md.
 */
public final class DocumentView {

    /** "p0", "p1"...: each priority's name under {@code actions}, by ordinal. */
    private static final String[] PRIORITY_KEYS = new String[Priority.values().length];

    static {
        for (Priority p : Priority.values()) {
            PRIORITY_KEYS[p.ordinal()] = p.code().toLowerCase(Locale.ROOT);
        }
    }

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
        timeline(v, r, times, w);
        if (w.any("metrics", "metric")) {
            metrics(v, r, conventions);
        }
        actions(v, r.actionItems(), w);
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

    /** Which top-level names a template mentions. */
    @FunctionalInterface
    private interface Wanted {
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

    private static void timeline(View v, PostMortem r, ShownTimes times, Wanted w) {
        if (w.wants("timeline")) {
            v.list("timeline", r.timeline().entries(), (Timeline.Entry e) -> {
                ZonedDateTime local = times.local(e.event().at());
                return event(e.event(), local, times).put("gap", e.gapPhrase()).flag("newDay", newDay(e, local, times))
                        .put("repeatedHourZone", repeatedHourZone(local));
            });
        }
        if (w.wants("milestones")) {
            View milestones = new View(EventKind.values().length);
            for (EventKind kind : EventKind.values()) {
                if (kind.isMilestone()) {
                    Optional<TimelineEvent> first = r.timeline().events().stream().filter(e -> e.kind() == kind)
                            .findFirst();
                    milestones.put(camel(kind.code()), first.map(e -> event(e, times.local(e.at()), times))
                            .orElse(new View()).map());
                }
            }
            v.put("milestones", milestones);
        }
        if (w.any("startTime", "detectTime", "endTime", "duration", "durationMinutes")) {
            v.put("startTime", r.startedAt().map(times::dateTime).orElse(""));
            v.put("detectTime", r.detectedAt().map(times::dateTime).orElse(""));
            v.put("endTime", r.resolvedAt().map(times::dateTime).orElse(""));
            v.put("duration", r.duration().map(Gap::describe).orElse(""));
            v.put("durationMinutes", r.durationMinutes().map(String::valueOf).orElse(""));
        }
    }

    private static View event(TimelineEvent e, ZonedDateTime local, ShownTimes times) {
        return new View(16).put("dateTime", times.dateTime(local)).put("time", times.time(local))
                .put("date", local.toLocalDate().toString()).put("at", e.at().toString())
                .put("text", View.cell(e.text())).put("kind", e.kind().code()).put("kindLabel", e.kind().label())
                .flag("milestone", e.kind().isMilestone()).put("author", View.cell(e.author()))
                .put("source", View.cell(e.source())).put("result", View.cell(e.result()))
                .texts("details", e.details());
    }

    private static void metrics(View v, PostMortem r, Conventions conventions) {
        ResponseMetrics metrics = r.responseMetrics(conventions.targets());
        Map<EventKind, java.time.Instant> reached = r.timeline().milestones();
        View byCode = new View(metrics.measurements().size());
        v.list("metrics", metrics.measurements(), m -> {
            View one = new View(8).put("name", m.metric().label()).put("code", m.metric().code())
                    .put("actual", Optional.ofNullable(m.actualPhrase()).orElse(""))
                    .put("target", m.target() == null ? "" : "< " + Gap.describe(m.target()))
                    .put("met", m.outcome().answer()).put("stated", stated(r, m, reached));
            byCode.put(m.metric().code(), one.map());
            return one;
        });
        v.put("metric", byCode);
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

    /** True for the first event and for any event on a later day (in the shown zone) than the one before. */
    private static boolean newDay(Timeline.Entry e, ZonedDateTime local, ShownTimes times) {
        return e.gap() == null || !times.day(e.event().at().minus(e.gap().duration())).equals(local.toLocalDate());
    }

    /**
     * For a time the zone's clocks show twice (the hour repeated when daylight saving ends), which of the two it
     * is: the zone's abbreviation at that instant ("CEST", "CET"), or its offset ("UTC+02:00") when both share
     * one; "" for every other time.
     */
    private static String repeatedHourZone(ZonedDateTime local) {
        if (local.getZone().getRules().getValidOffsets(local.toLocalDateTime()).size() < 2) {
            return "";
        }
        java.time.format.DateTimeFormatter abbreviation =
                java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.US);
        ZonedDateTime other = local.withEarlierOffsetAtOverlap().equals(local)
                ? local.withLaterOffsetAtOverlap() : local.withEarlierOffsetAtOverlap();
        return abbreviation.format(local).equals(abbreviation.format(other))
                ? "UTC" + local.getOffset().getId().replace("Z", "") : abbreviation.format(local);
    }

    /** The figure as a document states it: the measured one, else a reported time as it was written. */
    private static String stated(PostMortem r, ResponseMetrics.Measurement m, Map<EventKind, java.time.Instant> reached) {
        String actual = Optional.ofNullable(m.actualPhrase()).orElse("");
        if (ResponseMetrics.measured(m.metric(), reached).isPresent()) {
            return actual;
        }
        List<dev.hindsight.metrics.ReportedTime> reported = r.reportedTimes().stream()
                .filter(t -> t.metric() == m.metric()).toList();
        String written = reported.stream().filter(t -> t.minutes() != null).findFirst()
                .or(() -> reported.stream().findFirst()).map(dev.hindsight.metrics.ReportedTime::asWritten).orElse("");
        return written.isBlank() ? actual : written.strip();
    }

    private static void actions(View v, List<ActionItem> items, Wanted w) {
        if (!w.any("actionItems", "actions")) {
            return;
        }
        // Each item is built once; the lists by priority show copies, since each list numbers its items its own way.
        List<View> all = new ArrayList<>(items.size());
        for (ActionItem a : items) {
            all.add(action(a));
        }
        if (w.wants("actionItems")) {
            v.list("actionItems", all, x -> x);
        }
        if (w.wants("actions")) {
            View byPriority = new View(Priority.values().length + 1);
            for (Priority p : Priority.values()) {
                byPriority.list(PRIORITY_KEYS[p.ordinal()], inPriority(items, all, p), View::copy);
            }
            byPriority.list("none", inPriority(items, all, null), View::copy);
            v.put("actions", byPriority);
        }
    }

    private static List<View> inPriority(List<ActionItem> items, List<View> views, Priority priority) {
        List<View> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).priority() == priority) {
                out.add(views.get(i));
            }
        }
        return out;
    }

    private static View action(ActionItem a) {
        return new View(13).put("key", View.cell(a.key())).put("title", View.cell(a.title()))
                .put("description", View.cell(a.description())).put("owner", View.cell(a.owner()))
                .put("priority", a.priority() == null ? "" : a.priority().code())
                .put("term", a.priority() == null ? "" : a.priority().term())
                .put("dueDate", a.dueDate() == null ? "" : a.dueDate().toString())
                .put("status", a.status().code()).put("statusLabel", statusLabel(a))
                .flag("done", a.status() == dev.hindsight.actions.ActionStatus.DONE)
                .put("box", a.status() == dev.hindsight.actions.ActionStatus.DONE ? "[x]" : "[ ]")
                .put("ticket", View.cell(a.ticket()));
    }

    private static String statusLabel(ActionItem a) {
        return switch (a.status()) {
            case OPEN -> "Open";
            case IN_PROGRESS -> "In Progress";
            case DONE -> "Done";
        };
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

    /** root_cause_identified → rootCauseIdentified. */
    static String camel(String code) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : code.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
