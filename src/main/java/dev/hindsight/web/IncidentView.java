package dev.hindsight.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionKind;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Responder;
import dev.hindsight.incident.Status;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.metrics.Metric;
import dev.hindsight.metrics.ResponseMetrics;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.Reviewer;
import dev.hindsight.template.HtmlDocument;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.Timeline;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The incident page's content: the record laid out for reading and editing, times in the reader's zone. When a
 * save was refused, the part that was being saved shows what its author typed, with the problems or the
 * conflicting changes beside it, so nothing typed is lost.
 */
public record IncidentView(Frame frame, PostMortem record, String statusLabel, String severityLabel,
                           String zone, List<Option> zones, String started, String duration,
                           List<TimelineRow> timeline, List<MetricRow> metrics, List<TextSection> sections,
                           List<Row> responders, List<Row> actionItems, List<Row> reviewers,
                           List<Option> kinds, List<Option> statuses, List<Option> severities,
                           List<Option> priorities, List<Option> actionStatuses, List<Option> reviewStates,
                           List<TextSection> extraSections, String json, String template, List<Option> templates,
                           String openPart, List<FieldProblem> problems, Conflict conflict,
                           List<Option> actionKinds, ReviewPanel review, RelatedPanel related,
                           FindingsPanel findings) {

    /** The most the JSON editor's live check sends, in bytes of UTF-8: what {@code POST /api/v1/lint} takes. */
    public static final int MAX_CHECKED_BYTES = LintApi.MAX_LINT_BYTES;

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter INPUT_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    public record Option(String value, String label) {
    }

    public record TimelineRow(int original, String at, String kind, String text, boolean milestone, String gap) {
        /** The time as a reader sees it: "2026-03-08 01:40" rather than the input's form. */
        public String shownAt() {
            return at.replace('T', ' ');
        }

        public String kindLabel() {
            try {
                return EventKind.fromCode(kind).label();
            } catch (IllegalArgumentException e) {
                return kind;
            }
        }
    }

    public record MetricRow(String label, String actual, String target, String outcome, String outcomeLabel) {
    }

    public record TextSection(String path, String label, String value, String html, boolean open) {
    }

    /** A row of a table editor: its fields by name, as shown in the inputs. */
    public record Row(int original, Map<String, String> fields, boolean overdue) {
        public String get(String name) {
            return fields.getOrDefault(name, "");
        }
    }

    /** Someone else's saves since the revision a form was based on. */
    public record Conflict(int basedOn, int current, List<Change> changes) {
    }

    public record Change(int revision, String author, String at, List<String> fields) {
    }

    /** A time as a datetime-local input shows it; seconds only when there are some. */
    static String local(Instant at, ZoneId zone) {
        var local = at.atZone(zone).toLocalDateTime();
        return (local.getSecond() == 0 ? INPUT : INPUT_SECONDS).format(local);
    }

    static String shown(Instant at, ZoneId zone) {
        return SHOWN.format(at.atZone(zone));
    }

    /** Builds the view; {@code form} holds what was typed into {@code openPart} when a save was refused. */
    static IncidentView of(Frame frame, PostMortem r, Conventions conventions, ZoneId zone, LocalDate today,
                           String template, List<String> templateNames, String openPart,
                           Map<String, List<String>> form, List<FieldProblem> problems, Conflict conflict,
                           ReviewPanel review, RelatedPanel related, FindingsPanel findings) {
        boolean typed = form != null;
        List<TimelineRow> timeline = typed && "timeline".equals(openPart) ? typedTimeline(form) : timeline(r.timeline(), zone);
        List<MetricRow> metrics = new ArrayList<>();
        ResponseMetrics measured = r.responseMetrics(conventions.targets());
        for (Metric metric : Metric.values()) {
            var m = measured.get(metric);
            String outcome = m.outcome().name().toLowerCase(java.util.Locale.ROOT);
            metrics.add(new MetricRow(metric.label(), m.actualPhrase() == null ? "—" : m.actualPhrase(),
                    m.target() == null ? "—" : dev.hindsight.timeline.Gap.describe(m.target()), outcome,
                    switch (m.outcome()) {
                        case MET -> "Met";
                        case NOT_MET -> "Missed";
                        case UNKNOWN -> "Not measurable yet";
                        case NO_TARGET -> "No target";
                    }));
        }
        JsonNode tree = Json.mapper().valueToTree(r);
        List<TextSection> sections = new ArrayList<>();
        for (Map.Entry<String, String> s : IncidentEdits.TEXT_SECTIONS.entrySet()) {
            boolean edited = typed && "text".equals(openPart) && s.getKey().equals(FormRows.one(form, "path"));
            String stored = text(tree, s.getKey());
            String value = edited ? FormRows.one(form, "value") : stored;
            sections.add(new TextSection(s.getKey(), s.getValue(), value, HtmlDocument.body(stored), edited));
        }
        List<Row> responders = typed && "responders".equals(openPart) ? typedRows(form) : new ArrayList<>();
        if (!(typed && "responders".equals(openPart))) {
            for (int i = 0; i < r.responders().size(); i++) {
                Responder p = r.responders().get(i);
                responders.add(new Row(i, Map.of("name", p.name(), "role", p.role(), "team", p.team()), false));
            }
        }
        List<Row> actions = typed && "actions".equals(openPart) ? typedRows(form) : new ArrayList<>();
        if (!(typed && "actions".equals(openPart))) {
            for (int i = 0; i < r.actionItems().size(); i++) {
                ActionItem a = r.actionItems().get(i);
                Map<String, String> fields = new java.util.HashMap<>(Map.of("key", a.key(), "title", a.title(),
                        "owner", a.owner(), "priority", a.priority() == null ? "" : a.priority().code(),
                        "due", a.dueDate() == null ? "" : a.dueDate().toString(), "status", a.status().code(),
                        "ticket", a.ticket(), "team", a.team(), "kind", a.kind() == null ? "" : a.kind().code()));
                fields.put("priorityWords", a.priorityWords());
                actions.add(new Row(i, fields, a.isOverdue(today)));
            }
        }
        List<Row> reviewers = typed && "reviewers".equals(openPart) ? typedRows(form) : new ArrayList<>();
        if (!(typed && "reviewers".equals(openPart))) {
            for (int i = 0; i < r.reviewers().size(); i++) {
                Reviewer v = r.reviewers().get(i);
                reviewers.add(new Row(i, Map.of("name", v.name(), "account", v.account(), "role", v.role(),
                        "state", v.state().code(), "date", v.date() == null ? "" : v.date().toString()), false));
            }
        }
        List<TextSection> extra = r.extraSections().stream()
                .map(x -> new TextSection("", x.heading(), x.body(), HtmlDocument.body(x.body()), false)).toList();
        List<Option> zones = new ArrayList<>();
        for (ZoneId z : List.of(zone, r.timeZone(), conventions.timeZone(), ZoneId.of("UTC"))) {
            if (zones.stream().noneMatch(o -> o.value().equals(z.getId()))) {
                zones.add(new Option(z.getId(), z.getId()));
            }
        }
        var scale = conventions.severityScale();
        String json = typed && "json".equals(openPart) ? FormRows.one(form, "document") : Json.writePretty(r);
        return new IncidentView(frame, r, IncidentListPage.label(r.status()),
                r.severity() == null ? "No severity yet" : r.severity().label(), zone.getId(), zones,
                r.startedAt().map(t -> shown(t, zone)).orElse("not recorded"),
                r.duration().map(dev.hindsight.timeline.Gap::describe).orElse("not known yet"),
                timeline, metrics, sections, responders, actions, reviewers,
                Arrays.stream(EventKind.values()).map(k -> new Option(k.code(), k.label())).toList(),
                Arrays.stream(Status.values()).map(s -> new Option(s.code(), IncidentListPage.label(s))).toList(),
                scale.levels().stream().map(l -> new Option(scale.severity(l.level()).label(),
                        scale.severity(l.level()).label())).toList(),
                priorities(conventions),
                Arrays.stream(ActionStatus.values()).map(s -> new Option(s.code(), s.code().replace('_', ' ')))
                        .toList(),
                Arrays.stream(ReviewState.values()).map(s -> new Option(s.code(), s.code().replace('_', ' ')))
                        .toList(),
                extra, json, template, templateNames.stream().map(n -> new Option(n, n)).toList(), openPart,
                problems == null ? List.of() : problems, conflict,
                Arrays.stream(ActionKind.values()).map(k -> new Option(k.code(), k.code())).toList(), review,
                related, findings);
    }

    /** The priorities in the organisation's words, most urgent first; tiers the policy lacks follow by code. */
    private static List<Option> priorities(Conventions conventions) {
        var policy = conventions.actionPolicy();
        List<Option> out = new ArrayList<>(policy.tiers().stream()
                .map(t -> new Option(t.priority().code(), t.label().equals(t.priority().code()) ? t.label()
                        : t.label() + " (" + t.priority().code() + ")")).toList());
        for (Priority p : Priority.values()) {
            if (policy.tier(p).isEmpty()) {
                out.add(new Option(p.code(), p.code() + " " + p.term()));
            }
        }
        return out;
    }

    /** The title a reader sees; an untitled draft shows its id. */
    public String heading() {
        return record.title().isEmpty() ? record.id() : record.title();
    }

    public boolean restricted() {
        return record.access().restricted();
    }

    public String people() {
        return String.join(", ", record.access().people());
    }

    public String groups() {
        return String.join(", ", record.access().groups());
    }

    public boolean open(String part) {
        return part.equals(openPart);
    }

    /** Whether a save was refused (bad input or someone saved first): the open part then holds typing not saved. */
    public boolean refused() {
        return !problems.isEmpty() || conflict != null;
    }

    private static List<TimelineRow> timeline(Timeline timeline, ZoneId zone) {
        List<TimelineRow> rows = new ArrayList<>();
        var entries = timeline.entries();
        for (int i = 0; i < entries.size(); i++) {
            var e = entries.get(i);
            rows.add(new TimelineRow(i, local(e.event().at(), zone), e.event().kind().code(), e.event().text(),
                    e.event().kind().isMilestone(), e.gapPhrase()));
        }
        return rows;
    }

    private static List<TimelineRow> typedTimeline(Map<String, List<String>> form) {
        return FormRows.read(form, List.of("at", "text")).stream().map(row -> new TimelineRow(row.original(),
                row.get("at"), row.get("kind"), row.get("text"),
                !row.get("kind").isEmpty() && !row.get("kind").equals("note"), "")).toList();
    }

    private static List<Row> typedRows(Map<String, List<String>> form) {
        return FormRows.read(form, List.of("name", "account", "role", "team", "title", "owner", "due")).stream()
                .map(row -> new Row(row.original(), row.fields(), false)).toList();
    }

    private static String text(JsonNode tree, String path) {
        JsonNode node = tree;
        for (String step : path.split("\\.")) {
            node = node == null ? null : node.get(step);
        }
        return node == null || node.isNull() ? "" : node.asText();
    }
}
