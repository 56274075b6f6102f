package dev.hindsight.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionKind;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Access;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Responder;
import dev.hindsight.incident.Status;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.Coded;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.TimeBounds;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.Reviewer;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.Timeline;
import dev.hindsight.timeline.TimelineEvent;
import dev.hindsight.timeline.TypedTime;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A form from the incident page applied to a record: each part of the page edits its own fields and leaves the
 * rest as they are, so two people editing different parts never undo each other. Every problem is reported with
 * the field's path, all at once.
 */
final class IncidentEdits {

    /** The written sections editable as Markdown, by their path in the canonical JSON. */
    static final Map<String, String> TEXT_SECTIONS = textSections();

    private static Map<String, String> textSections() {
        Map<String, String> sections = new java.util.LinkedHashMap<>();
        sections.put("analysis.summary", "Summary");
        sections.put("impact.summary", "Impact");
        sections.put("detection.story", "How it was detected");
        sections.put("analysis.rootCause.summary", "Root cause");
        sections.put("analysis.resolution", "Resolution");
        sections.put("analysis.narrative", "What happened");
        sections.put("analysis.prevention", "Prevention");
        return java.util.Collections.unmodifiableMap(sections);
    }

    /** The action items' fields of which one must be filled for a row to count. */
    private static final List<String> ACTION_FIELDS = List.of("title", "owner", "due", "team");
    /** The responders' and the reviewers' fields, likewise. */
    private static final List<String> RESPONDER_FIELDS = List.of("name", "role", "team");
    private static final List<String> REVIEWER_FIELDS = List.of("name", "account", "role");

    private final Conventions conventions;

    IncidentEdits(Conventions conventions) {
        this.conventions = conventions;
    }

    PostMortem apply(PostMortem current, String part, Map<String, List<String>> form) {
        return switch (part) {
            case "summary" -> summary(current, form);
            case "text" -> text(current, form);
            case "timeline" -> timeline(current, form);
            case "responders" -> responders(current, form);
            case "actions" -> actions(current, form);
            case "reviewers" -> reviewers(current, form);
            case "json" -> json(current, form);
            default -> throw InvalidInput.of("part", "'" + part + "' is not a part of the incident page");
        };
    }

    private PostMortem summary(PostMortem current, Map<String, List<String>> form) {
        List<FieldProblem> problems = new ArrayList<>();
        var b = current.toBuilder();
        b.title(FormRows.one(form, "title"));
        b.status(coded(Status.class, "status", FormRows.one(form, "status"), problems));
        String severity = FormRows.one(form, "severity").strip();
        if (severity.isEmpty()) {
            b.severity(null);
        } else {
            try {
                b.severity(conventions.severityScale().parse(severity));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("severity", e.getMessage()));
            }
        }
        b.author(FormRows.one(form, "author"));
        if (form.containsKey("layout")) {
            b.layout(FormRows.one(form, "layout"));
        }
        b.owner(FormRows.one(form, "owner"));
        String zone = FormRows.one(form, "timeZone").strip();
        if (!zone.isEmpty()) {
            try {
                b.timeZone(ZoneId.of(zone));
            } catch (DateTimeException e) {
                problems.add(new FieldProblem("timeZone", "'" + zone + "' is not a time zone (like Europe/Paris)"));
            }
        }
        b.access(new Access(form.containsKey("restricted"), names(FormRows.one(form, "people")),
                names(FormRows.one(form, "groups"))));
        done(problems);
        return b.build();
    }

    private static PostMortem text(PostMortem current, Map<String, List<String>> form) {
        String path = FormRows.one(form, "path");
        if (!TEXT_SECTIONS.containsKey(path)) {
            throw InvalidInput.of("path", "'" + path + "' is not a section the page edits");
        }
        String value = FormRows.one(form, "value").replace("\r\n", "\n");
        JsonNode tree = Json.mapper().valueToTree(current);
        String[] steps = path.split("\\.");
        ObjectNode node = (ObjectNode) tree;
        for (String step : Arrays.copyOf(steps, steps.length - 1)) {
            JsonNode next = node.get(step);
            node = next instanceof ObjectNode object ? object : node.putObject(step);
        }
        node.put(steps[steps.length - 1], value);
        return Json.read(Json.write(tree), PostMortem.class);
    }

    private static PostMortem timeline(PostMortem current, Map<String, List<String>> form) {
        return current.toBuilder().timeline(new Timeline(typedEvents(current, form).events())).build();
    }

    /**
     * The form's row number of each event or action item, in the order the record edited by {@code form} holds them
     * (the timeline sorted by time, as the record keeps it), so that a finding on {@code timeline[2]} can point at the
     * input it was typed in; empty for parts without rows. The form must apply without problems.
     */
    List<Integer> rowsOf(PostMortem current, String part, Map<String, List<String>> form) {
        return switch (part) {
            case "timeline" -> {
                TypedEvents typed = typedEvents(current, form);
                Map<TimelineEvent, Integer> rowOf = new java.util.IdentityHashMap<>();
                for (int i = 0; i < typed.events().size(); i++) {
                    rowOf.put(typed.events().get(i), typed.rows().get(i));
                }
                // The timeline keeps the very events it was given, in its own order.
                yield new Timeline(typed.events()).events().stream().map(rowOf::get).toList();
            }
            case "actions" -> FormRows.read(form, ACTION_FIELDS).stream().map(FormRows.Row::number).toList();
            case "responders" -> FormRows.read(form, RESPONDER_FIELDS).stream().map(FormRows.Row::number).toList();
            case "reviewers" -> FormRows.read(form, REVIEWER_FIELDS).stream().map(FormRows.Row::number).toList();
            default -> List.of();
        };
    }

    /** The timeline's events in the order the form lists them, and the form's row number of each. */
    private record TypedEvents(List<TimelineEvent> events, List<Integer> rows) {
    }

    private static TypedEvents typedEvents(PostMortem current, Map<String, List<String>> form) {
        List<Integer> rows = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        ZoneId zone = zone(FormRows.one(form, "zone"), current.timeZone());
        List<TimelineEvent> before = current.timeline().events();
        List<TimelineEvent> events = new ArrayList<>();
        int n = 0;
        for (FormRows.Row row : FormRows.read(form, List.of("at", "text"))) {
            String field = "timeline[" + n++ + "]";
            TimelineEvent original = row.original() >= 0 && row.original() < before.size()
                    ? before.get(row.original()) : null;
            EventKind kind = coded(EventKind.class, field + ".kind", row.get("kind").isEmpty() ? "note"
                    : row.get("kind"), problems);
            Instant at = null;
            if (row.get("at").isEmpty()) {
                problems.add(new FieldProblem(field + ".at", "is required: when did it happen?"));
            } else if (original != null && row.get("at").equals(IncidentView.local(original.at(), zone))) {
                at = original.at(); // unchanged, even in an hour the clocks repeat
            } else {
                try {
                    at = TypedTime.parse(field + ".at", row.get("at"), zone);
                } catch (InvalidInput e) {
                    problems.addAll(e.problems());
                }
            }
            if (at != null && kind != null) {
                rows.add(row.number());
                events.add(original == null
                        ? new TimelineEvent(at, zone, row.get("text"), kind, null, null)
                        : new TimelineEvent(at, original.zone(), row.get("text"), kind, original.author(),
                        original.source(), original.result(), original.details()));
            }
        }
        done(problems);
        return new TypedEvents(events, rows);
    }

    private static PostMortem responders(PostMortem current, Map<String, List<String>> form) {
        List<Responder> before = current.responders();
        List<Responder> out = new ArrayList<>();
        for (FormRows.Row row : FormRows.read(form, RESPONDER_FIELDS)) {
            Responder o = row.original() >= 0 && row.original() < before.size() ? before.get(row.original()) : null;
            out.add(new Responder(row.get("name"), row.get("role"), row.get("team"),
                    o == null ? null : o.discipline(), o == null ? null : o.joinedAt(), o == null ? null : o.link()));
        }
        return current.toBuilder().responders(out).build();
    }

    /**
     * The action items as the form sends them. The key travels in a hidden field so the store can follow each item
     * (and keep its status history); what the form does not show (description, the label as written) is kept.
     */
    private PostMortem actions(PostMortem current, Map<String, List<String>> form) {
        List<FieldProblem> problems = new ArrayList<>();
        List<ActionItem> before = current.actionItems();
        List<ActionItem> out = new ArrayList<>();
        int n = 0;
        for (FormRows.Row row : FormRows.read(form, ACTION_FIELDS)) {
            String field = "actionItems[" + n++ + "]";
            ActionItem o = row.original() >= 0 && row.original() < before.size() ? before.get(row.original()) : null;
            Priority priority = priority(field + ".priority", row.get("priority"), problems);
            ActionStatus status = coded(ActionStatus.class, field + ".status",
                    row.get("status").isEmpty() ? "open" : row.get("status"), problems);
            ActionKind kind = row.get("kind").isEmpty() ? null
                    : coded(ActionKind.class, field + ".kind", row.get("kind"), problems);
            LocalDate due = date(field + ".dueDate", row.get("due"), problems);
            // The label as written stays while the priority does; a new priority takes the policy's word for it.
            String label = o != null && o.priority() == priority ? o.priorityLabel() : "";
            String key = row.fields().containsKey("key") ? row.get("key") : o == null ? "" : o.key();
            out.add(new ActionItem(key, row.get("title"), o == null ? null : o.description(), row.get("owner"),
                    priority, due, status, row.get("ticket"), row.get("team"), kind, label,
                    o == null ? null : o.history()));
        }
        done(problems);
        return current.toBuilder().actionItems(out).build();
    }

    /** A priority as the form sends it: the tier's code (P0), or the organisation's label or an alias. */
    private Priority priority(String field, String text, List<FieldProblem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        var tier = conventions.actionPolicy().tierLabelled(text);
        return tier.isPresent() ? tier.get().priority() : coded(Priority.class, field, text, problems);
    }

    /**
     * Who reviews, as the form sends them: name, account and role. Verdicts are not typed here: only each reviewer
     * records their own (the review panel), so a row keeps the verdict it had while it names the same person in the
     * same role, and starts unreviewed otherwise.
     */
    private static PostMortem reviewers(PostMortem current, Map<String, List<String>> form) {
        List<Reviewer> before = current.reviewers();
        List<Reviewer> out = new ArrayList<>();
        for (FormRows.Row row : FormRows.read(form, REVIEWER_FIELDS)) {
            Reviewer o = row.original() >= 0 && row.original() < before.size() ? before.get(row.original()) : null;
            Reviewer typed = new Reviewer(row.get("name"), row.get("role"), ReviewState.NOT_REVIEWED, null,
                    row.get("account"), null, 0, false);
            boolean samePerson = o != null && o.seat().equals(typed.seat());
            out.add(samePerson ? new Reviewer(typed.name(), typed.role(), o.state(), o.date(), typed.account(),
                    o.comment(), o.revision(), o.outdated()) : typed);
        }
        return current.toBuilder().reviewers(out).build();
    }

    /**
     * The whole record as canonical JSON, for the fields the page has no editor for. JSON that does not parse is named
     * {@code document} with the line and column reading stopped at; a value of the wrong shape by its path in the
     * record ({@code timeline[0].at}).
     */
    private static PostMortem json(PostMortem current, Map<String, List<String>> form) {
        PostMortem edited;
        try {
            edited = Json.read(FormRows.one(form, "document"), PostMortem.class);
        } catch (InvalidInput e) {
            throw new InvalidInput(e.problems().stream().map(p -> p.field().startsWith("(") || p.field().isEmpty()
                    ? new FieldProblem("document", p.problem()) : p).toList());
        } catch (RuntimeException e) {
            throw InvalidInput.of("document", "is not a post-mortem in canonical JSON: " + e.getMessage());
        }
        return edited.toBuilder().id(current.id()).build();
    }

    private static ZoneId zone(String text, ZoneId fallback) {
        try {
            return text.isBlank() ? fallback : ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw InvalidInput.of("zone", "'" + text + "' is not a time zone (like America/Los_Angeles)");
        }
    }

    private static LocalDate date(String field, String text, List<FieldProblem> problems) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return TimeBounds.day(field, text);
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private static <E extends Enum<E> & Coded> E coded(Class<E> type, String field, String text,
                                                       List<FieldProblem> problems) {
        try {
            return Coded.parse(type, text);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, e.getMessage()));
            return null;
        }
    }

    private static List<String> names(String text) {
        return Arrays.stream(text.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void done(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
