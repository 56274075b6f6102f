package dev.hindsight.importer.layouts;

import dev.hindsight.incident.Detection;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Responder;
import dev.hindsight.template.BuiltInTemplate;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.Timeline;
import dev.hindsight.timeline.TimelineEvent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the post-incident review layout: the header labels, Executive Summary, Basic Information table,
 * services checklist, impact assessment, the timeline in phases, root cause analysis with five whys, what went
 * well and wrong, the three action-item tables, lessons and prevention by kind, communication, metrics,
 * attachments and links, review meeting and approvals, follow-up and the footer. Sections may be missing,
 * reordered or added to; whatever has no field is kept as an extra section. Stateless, thread-safe.
 */
public final class ReviewReader implements LayoutReader {

    /** Headings only this layout has. */
    private static final String[] HEADINGS = {"Executive Summary", "Incident Details", "Basic Information",
        "Services Affected", "Detection Phase", "Response Phase", "Resolution Phase", "Primary Root Cause",
        "Five Whys Analysis", "Positive Aspects", "Effective Procedures", "Issues Identified", "Gaps in Procedures",
        "Technical Lessons", "Process Lessons", "Communication Lessons", "Monitoring Improvements",
        "Process Improvements", "Technical Improvements", "Internal Communication", "External Communication",
        "Response Metrics", "Impact Metrics", "Supporting Documents", "Review and Approval", "Review Meeting",
        "Approvals", "Action Item Review", "Knowledge Sharing"};

    @Override
    public BuiltInTemplate layout() {
        return BuiltInTemplate.REVIEW;
    }

    /** The headings normalised, each with how many of {@link #HEADINGS} it stands for. */
    private static final Map<String, Integer> KEYS = new HashMap<>();
    private static final List<String> LABELS = List.of("**Incident ID:**", "**One-line summary:**",
            "**Why it happened:**", "**Document Status:**");

    static {
        for (String heading : HEADINGS) {
            KEYS.merge(Section.normal(heading), 1, Integer::sum);
        }
    }

    @Override
    public int score(SourceDocument document) {
        int score = headingsPresent(document);
        for (String label : LABELS) {
            if (document.hasLineStartingWith(label)) {
                score += 2;
            }
        }
        return score;
    }

    /** How many of the headings the document has, exactly or as the start of a longer one. */
    private static int headingsPresent(SourceDocument document) {
        int count = 0;
        for (Map.Entry<String, Integer> key : KEYS.entrySet()) {
            if (document.hasHeading(key.getKey())) {
                count += key.getValue();
            }
        }
        return count;
    }

    @Override
    public PostMortem read(SourceDocument document, ImportContext context) {
        ReviewSections sections = new ReviewSections(document);
        ReviewDraft draft = new ReviewDraft(context, document.lines());
        ReviewSummaryReader.read(sections, draft);

        String oneLine = draft.oneLineSummary;
        if (draft.untitled() && !oneLine.isBlank()) {
            draft.title(oneLine);
            context.note("the document is headed by the template's own title; its one-line summary is the title");
        }
        Optional<ReviewValues.Stamp> start = stamp(draft, "start time", null, null);
        Optional<ReviewValues.Stamp> end = stamp(draft, "end time", start.map(ReviewValues.Stamp::day).orElse(null),
                start.map(ReviewValues.Stamp::zone).orElse(null));
        LocalDate day = start.map(ReviewValues.Stamp::day).or(() -> end.map(ReviewValues.Stamp::day))
                .orElse(draft.dateWritten());
        ZoneId zone = start.filter(ReviewValues.Stamp::zoned).or(() -> end.filter(ReviewValues.Stamp::zoned))
                .map(ReviewValues.Stamp::zone).orElse(null);
        List<String> lines = new ArrayList<>(sections.lines("Timeline"));
        for (String phase : List.of("Detection Phase", "Response Phase", "Resolution Phase")) {
            lines.addAll(sections.lines(phase));
        }
        ReviewTimelineReader timeline = ReviewTimelineReader.read(lines, day, zone, context);
        List<TimelineEvent> events = new ArrayList<>(timeline.events());
        ZoneId shown = timeline.zone != null ? timeline.zone : zone != null ? zone : context.conventions().timeZone();
        start.filter(s -> events.stream().noneMatch(e -> e.kind() == EventKind.STARTED)).ifPresent(s -> {
            events.add(new TimelineEvent(s.at(), s.zoned() ? s.zone() : shown, "", EventKind.STARTED, null, null));
            context.note("the start time has no timeline entry; added an 'Incident Started' event");
        });
        end.filter(s -> events.stream().noneMatch(e -> e.kind() == EventKind.RESOLVED)).ifPresent(s -> {
            events.add(new TimelineEvent(s.at(), s.zoned() ? s.zone() : shown, "", EventKind.RESOLVED, null, null));
            context.note("the end time has no timeline entry; added a 'Service Restored' event");
        });
        Timeline read = new Timeline(events);
        draft.record.timeline(read).timeZone(shown);
        draft.record.initialSeverity(timeline.initialSeverity);
        draft.record.detection(Detection.builder().method(timeline.method).story(timeline.story)
                .alertLink(timeline.alert).firstResponder(timeline.firstResponder).build());
        draft.record.responders(responders(timeline, draft));

        ReviewAnalysisReader.read(sections, draft, timeline);
        ReviewCommunicationReader.read(sections, draft, day, shown);
        ReviewFollowUpReader.read(sections, draft, timeline.postMortemScheduled);
        draft.record.reportedTimes(draft.reported(read.milestones()));
        return draft.record.impact(draft.impact.build()).analysis(draft.analysis.build())
                .communication(draft.communication.build()).extraSections(sections.rest(context)).build();
    }

    /** A time in the Basic Information table. */
    private static Optional<ReviewValues.Stamp> stamp(ReviewDraft draft, String field, LocalDate day, ZoneId zone) {
        String written = draft.basic.getOrDefault(field, "");
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Optional<ReviewValues.Stamp> stamp = ReviewValues.stamp(written, day, zone);
        if (stamp.isEmpty() || !stamp.get().dated() && day == null) {
            draft.context.note("basic information '" + field + "' (" + written + ") has no readable date and time");
            return Optional.empty();
        }
        return stamp;
    }

    /**
     * The response team as listed under the declaration, with the incident commander and technical lead of
     * the Basic Information (or the declaration) added when the list does not name them.
     */
    private static List<Responder> responders(ReviewTimelineReader timeline, ReviewDraft draft) {
        List<Responder> out = new ArrayList<>(timeline.team);
        String commander = draft.basic.getOrDefault("incident commander", "");
        add(out, commander.isEmpty() ? timeline.commander : commander, "Incident Commander");
        add(out, draft.basic.getOrDefault("technical lead", ""), "Technical Lead");
        return out;
    }

    private static void add(List<Responder> team, String name, String role) {
        String who = Section.unescape(ReviewPlaceholders.value(name));
        if (!who.isEmpty() && team.stream().noneMatch(r -> r.name().equals(who) && r.role().equalsIgnoreCase(role))) {
            team.add(Responder.of(who, role));
        }
    }
}
