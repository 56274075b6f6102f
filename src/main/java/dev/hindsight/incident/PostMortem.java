package dev.hindsight.incident;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.kernel.Text;
import dev.hindsight.metrics.Metric;
import dev.hindsight.metrics.ReportedTime;
import dev.hindsight.metrics.ResponseMetrics;
import dev.hindsight.metrics.ResponseTargets;
import dev.hindsight.review.FinalWaiver;
import dev.hindsight.review.FollowUpReview;
import dev.hindsight.review.ReviewMeeting;
import dev.hindsight.review.Reviewer;
import dev.hindsight.severity.Severity;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A post-mortem: one structured record holding everything any of the supported templates asks for.
 * Immutable; every change makes a new record, and the store keeps each one as a revision.
 *
 * @param id                 "INC-2026-0042"; null until the store issues one
 * @param revision           the revision this record is (0 before it is stored); set by the store
 * @param title              what happened, in a short sentence
 * @param dateWritten        when the post-mortem was written
 * @param status             draft, in review, final
 * @param access             who may see it: everyone signed in, or only the people and groups it names
 * @param layout             the template the team writes it in ("review"); documents and pages default to it
 * @param author             who prepared it / facilitates the post-mortem
 * @param owner              who owns it from here (follow-up, next review)
 * @param lastUpdated        when it last changed; set by the store
 * @param nextReviewDate     when the action items are next reviewed
 * @param severity           the final severity on the organisation's scale
 * @param initialSeverity    the severity first assigned, when it differed
 * @param severityAssessment whether severity was assessed correctly, and how it was decided
 * @param detection          how it was discovered
 * @param impact             what it did
 * @param responders         who responded, in which role
 * @param timeZone           the zone the document shows times in ("All times in Pacific Time")
 * @param timeline           what happened when
 * @param reportedTimes      response times as a document states them, for when the timeline cannot measure them
 * @param analysis           summary, root cause, lessons and the rest of the written review
 * @param actionItems        follow-up work
 * @param reviewers          reviewers, stakeholders and approvers
 * @param reviewMeeting      the post-incident review meeting
 * @param communication      the communication log and its assessment
 * @param knowledgeSharing   the knowledge-sharing checklist
 * @param supportingDocuments the supporting-documents checklist (chat logs, graphs, log excerpts...)
 * @param relatedIncidents   links to related incidents
 * @param investigationDoc   the investigation document
 * @param references         references: tickets, dashboards, code changes, docs, chat threads
 * @param attachments        attached files
 * @param extraSections      sections with no field of their own, kept as written
 * @param followUpReviews    dated follow-up reviews of the action items, on the organisation's cadence
 * @param finalWaiver        why it was made final with top-priority action items still open (null if it was not)
 */
public record PostMortem(String id, int revision, String title, LocalDate dateWritten, Status status,
                         Access access, String layout, String author, String owner, Instant lastUpdated, LocalDate nextReviewDate,
                         Severity severity, Severity initialSeverity, String severityAssessment,
                         Detection detection, Impact impact, List<Responder> responders, ZoneId timeZone,
                         Timeline timeline, List<ReportedTime> reportedTimes, Analysis analysis,
                         List<ActionItem> actionItems,
                         List<Reviewer> reviewers, ReviewMeeting reviewMeeting, Communication communication,
                         List<ChecklistItem> knowledgeSharing, List<ChecklistItem> supportingDocuments,
                         List<RelatedIncident> relatedIncidents, Link investigationDoc, List<Link> references,
                         List<Link> attachments, List<ExtraSection> extraSections,
                         List<FollowUpReview> followUpReviews, FinalWaiver finalWaiver) {

    public PostMortem {
        id = Text.isBlank(id) ? null : id.strip();
        title = Text.orEmpty(title).strip();
        status = status == null ? Status.DRAFT : status;
        access = access == null ? Access.open() : access;
        layout = Text.orEmpty(layout).strip();
        author = Text.orEmpty(author).strip();
        owner = Text.orEmpty(owner).strip();
        severityAssessment = Text.orEmpty(severityAssessment);
        detection = detection == null ? Detection.empty() : detection;
        impact = impact == null ? Impact.empty() : impact;
        responders = Text.list(responders);
        timeZone = timeZone == null ? ZoneId.of("UTC") : timeZone;
        timeline = timeline == null ? Timeline.empty() : timeline;
        reportedTimes = Text.list(reportedTimes);
        analysis = analysis == null ? Analysis.empty() : analysis;
        actionItems = Text.list(actionItems);
        reviewers = Text.list(reviewers);
        reviewMeeting = reviewMeeting == null ? ReviewMeeting.none() : reviewMeeting;
        communication = communication == null ? Communication.empty() : communication;
        knowledgeSharing = Text.list(knowledgeSharing);
        supportingDocuments = Text.list(supportingDocuments);
        relatedIncidents = Text.list(relatedIncidents);
        investigationDoc = investigationDoc == null ? new Link(null, null) : investigationDoc;
        references = Text.list(references);
        attachments = Text.list(attachments);
        extraSections = Text.list(extraSections);
        followUpReviews = Text.list(followUpReviews);
    }

    /** A new draft with only a title; everything else empty. */
    public static PostMortem draft(String title) {
        return builder().title(title).build();
    }

    public static PostMortemBuilder builder() {
        return new PostMortemBuilder();
    }

    public PostMortemBuilder toBuilder() {
        return new PostMortemBuilder(this);
    }

    public Optional<Instant> startedAt() {
        return timeline.first(EventKind.STARTED);
    }

    public Optional<Instant> detectedAt() {
        return timeline.first(EventKind.DETECTED);
    }

    public Optional<Instant> resolvedAt() {
        return timeline.first(EventKind.RESOLVED);
    }

    /** From start to resolution; the reported total when the timeline cannot tell; else empty. */
    public Optional<Duration> duration() {
        return ResponseMetrics.of(timeline, reportedTimes, ResponseTargets.none(), null)
                .actual(Metric.TOTAL_DURATION);
    }

    /** The response metrics against the organisation's targets for this incident's severity. */
    public ResponseMetrics responseMetrics(ResponseTargets targets) {
        return ResponseMetrics.of(timeline, reportedTimes, targets, severity == null ? null : severity.level());
    }

    /** The duration in whole minutes, for JSON and lists. */
    public Optional<Long> durationMinutes() {
        return duration().map(Duration::toMinutes);
    }

    /** How many responders of each discipline took part (derived, never typed in). */
    public Map<String, Integer> respondersByDiscipline() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Responder responder : responders) {
            if (!responder.discipline().isBlank()) {
                counts.merge(responder.discipline(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The teams involved, each once, in the order they joined. */
    public List<String> teamsInvolved() {
        return responders.stream().map(Responder::team).filter(t -> !t.isBlank()).distinct().toList();
    }

    /** The responder holding a role ("incident commander"), if any. */
    public Optional<Responder> responderIn(String role) {
        return responders.stream().filter(r -> r.role().equalsIgnoreCase(role)).findFirst();
    }
}
