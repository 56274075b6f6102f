package dev.hindsight.incident;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.review.Reviewer;
import dev.hindsight.severity.Severity;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a post-mortem must keep before it is stored, some of them the organisation's (its severity
 * scale, discovery methods and roles). Reports every problem at once, each naming its field. Thread-safe.
 */
public final class PostMortemRules {

    private static final int TITLE_MAX = 300;
    /** A person or group an incident's access names: the store keeps each in 200 characters (V6). */
    private static final int PRINCIPAL_MAX = 200;
    /** An action item's key ("AI-3") and priority label ("Must fix"): 100 characters each in the store. */
    private static final int ITEM_LABEL_MAX = 100;
    /** The most characters any one text of a record may hold (a section): about fifty pages of prose. */
    public static final int TEXT_MAX = 100_000;
    /** Status changes one action item may carry: years of weekly changes, far more than real items see. */
    private static final int HISTORY_MAX = FollowThrough.HISTORY_KEPT;
    private final Conventions conventions;

    public PostMortemRules(Conventions conventions) {
        this.conventions = conventions;
    }

    /** Throws {@link InvalidInput} listing every problem, or returns the record unchanged. */
    public PostMortem check(PostMortem record) {
        List<FieldProblem> problems = problems(record);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return record;
    }

    public List<FieldProblem> problems(PostMortem r) {
        List<FieldProblem> out = new ArrayList<>();
        if (r.id() != null && !IncidentId.isValid(r.id())) {
            out.add(new FieldProblem("id", "'" + r.id() + "' is not a valid incident id: use letters, digits, "
                    + "'.', '_' and '-', at most 64 characters (e.g. INC-2026-0042)"));
        }
        if (r.title().isBlank()) {
            out.add(new FieldProblem("title", "is required"));
        } else if (r.title().length() > TITLE_MAX) {
            out.add(new FieldProblem("title", "is " + r.title().length() + " characters; at most " + TITLE_MAX));
        }
        checkSeverity("severity", r.severity(), out);
        checkSeverity("initialSeverity", r.initialSeverity(), out);
        checkMilestoneOrder(r, out);
        if (r.access().restricted() && r.access().people().isEmpty() && r.access().groups().isEmpty()) {
            out.add(new FieldProblem("access", "a restricted incident must name at least one person or group "
                    + "who may see it"));
        }
        checkPrincipals("access.people", r.access().people(), out);
        checkPrincipals("access.groups", r.access().groups(), out);
        checkSingleLine("author", r.author(), out);
        checkSingleLine("owner", r.owner(), out);
        checkSingleLine("title", r.title(), out);
        String method = r.detection().method();
        if (!method.isBlank() && conventions.discoveryMethod(method).isEmpty()) {
            out.add(new FieldProblem("detection.method", "'" + method + "' is not a discovery method here (one of: "
                    + String.join(", ", conventions.discoveryMethods()) + ")"));
        }
        checkImpact(r.impact(), out);
        for (int i = 0; i < r.responders().size(); i++) {
            Responder responder = r.responders().get(i);
            if (responder.name().isBlank()) {
                out.add(new FieldProblem("responders[" + i + "].name", "is required"));
            }
            checkSingleLine("responders[" + i + "].name", responder.name(), out);
            // A role off the configured list is kept as the team wrote it ("Release Manager"): the list offers
            // spellings, it does not forbid the roles a real incident had.
            checkSingleLine("responders[" + i + "].role", responder.role(), out);
        }
        List<TimelineEvent> events = r.timeline().events();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).text().isBlank() && !events.get(i).kind().isMilestone()) {
                out.add(new FieldProblem("timeline[" + i + "].text", "is required for a note"));
            }
        }
        for (int i = 0; i < r.actionItems().size(); i++) {
            ActionItem item = r.actionItems().get(i);
            if (item.title().isBlank()) {
                out.add(new FieldProblem("actionItems[" + i + "].title", "is required"));
            }
            checkSingleLine("actionItems[" + i + "].title", item.title(), out);
            checkSingleLine("actionItems[" + i + "].owner", item.owner(), out);
            checkSingleLine("actionItems[" + i + "].team", item.team(), out);
            checkSingleLine("actionItems[" + i + "].priorityLabel", item.priorityLabel(), out);
            checkLength("actionItems[" + i + "].key", item.key(), ITEM_LABEL_MAX, out);
            checkLength("actionItems[" + i + "].priorityLabel", item.priorityLabel(), ITEM_LABEL_MAX, out);
            if (item.history().size() > HISTORY_MAX) {
                out.add(new FieldProblem("actionItems[" + i + "].history", "has " + item.history().size()
                        + " entries; at most " + HISTORY_MAX));
            }
        }
        for (int i = 0; i < r.reviewers().size(); i++) {
            Reviewer reviewer = r.reviewers().get(i);
            if (reviewer.name().isBlank()) {
                out.add(new FieldProblem("reviewers[" + i + "].name", "is required"));
            }
            checkSingleLine("reviewers[" + i + "].name", reviewer.name(), out);
            checkSingleLine("reviewers[" + i + "].account", reviewer.account(), out);
            checkSingleLine("reviewers[" + i + "].role", reviewer.role(), out);
        }
        for (int i = 0; i < r.followUpReviews().size(); i++) {
            checkSingleLine("followUpReviews[" + i + "].focus", r.followUpReviews().get(i).focus(), out);
        }
        // Control characters, sizes and every link field (responders' links too): one walk over all the text.
        RecordText.check(r, out);
        return out;
    }

    private static void checkPrincipals(String field, List<String> principals, List<FieldProblem> out) {
        for (int i = 0; i < principals.size(); i++) {
            checkLength(field + "[" + i + "]", principals.get(i), PRINCIPAL_MAX, out);
        }
    }

    private static void checkLength(String field, String text, int max, List<FieldProblem> out) {
        if (text.length() > max) {
            out.add(new FieldProblem(field, "is " + text.length() + " characters; at most " + max));
        }
    }

    /**
     * Only the milestone-order problems of {@link #problems}, in the same order: each names "timeline[i].at". The
     * importer settles a record on these alone, and the whole check (a walk over the record's JSON) costs more
     * than the rest of an import's assembly.
     */
    public List<FieldProblem> milestoneOrderProblems(PostMortem r) {
        List<FieldProblem> out = new ArrayList<>();
        checkMilestoneOrder(r, out);
        return out;
    }

    private void checkSeverity(String field, Severity severity, List<FieldProblem> out) {
        if (severity == null) {
            return;
        }
        var scale = conventions.severityScale();
        int levels = scale.levels().size();
        if (severity.level() > levels) {
            out.add(new FieldProblem(field + ".level", "level " + severity.level() + " is not on the '"
                    + scale.name() + "' scale (1.." + levels + ", 1 = most severe)"));
        }
        scale.byLabel(severity.label()).filter(l -> l.level() != severity.level()).ifPresent(l -> out.add(
                new FieldProblem(field + ".label", "'" + severity.label() + "' is level " + l.level() + " on the '"
                        + scale.name() + "' scale, but level is " + severity.level())));
    }

    private static void checkMilestoneOrder(PostMortem r, List<FieldProblem> out) {
        var reached = r.timeline().milestones();
        reached.forEach((earlier, first) -> reached.forEach((later, second) -> {
            if (earlier.mustPrecede(later) && second.isBefore(first)) {
                out.add(new FieldProblem("timeline[" + indexOf(r, later) + "].at", "'" + later.label() + "' at "
                        + second + " is before '" + earlier.label() + "' at " + first));
            }
        }));
    }

    private static int indexOf(PostMortem r, EventKind kind) {
        List<TimelineEvent> events = r.timeline().events();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }

    /** Names and titles are shown on one line; a line break or escape code there forges output. */
    private static void checkSingleLine(String field, String value, List<FieldProblem> out) {
        if (value != null && value.chars().anyMatch(c -> c == '\n' || c == '\r' || c == 0x1b)) {
            out.add(new FieldProblem(field, "must be a single line without control characters"));
        }
    }

    private static void checkImpact(Impact impact, List<FieldProblem> out) {
        Impact.UsersAffected users = impact.users();
        if (users.count() != null && users.count() < 0) {
            out.add(new FieldProblem("impact.users.count", "cannot be negative, was " + users.count()));
        }
        if (users.percent() != null && (!Double.isFinite(users.percent()) || users.percent() < 0
                || users.percent() > 100)) {
            out.add(new FieldProblem("impact.users.percent", "must be between 0 and 100, was " + users.percent()));
        }
        if (impact.failedRequests() != null && impact.failedRequests() < 0) {
            out.add(new FieldProblem("impact.failedRequests", "cannot be negative, was " + impact.failedRequests()));
        }
        for (int i = 0; i < impact.blastRadius().size(); i++) {
            Impact.BlastRadiusFigure figure = impact.blastRadius().get(i);
            if (figure.measure().isBlank()) {
                out.add(new FieldProblem("impact.blastRadius[" + i + "].measure", "is required"));
            }
            if (figure.value() != null && figure.value() < 0) {
                out.add(new FieldProblem("impact.blastRadius[" + i + "].value",
                        "cannot be negative, was " + figure.value() + " (leave it null for unknown)"));
            }
        }
    }
}
