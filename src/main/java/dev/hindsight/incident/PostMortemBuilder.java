package dev.hindsight.incident;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.metrics.ReportedTime;
import dev.hindsight.review.ReviewMeeting;
import dev.hindsight.review.Reviewer;
import dev.hindsight.severity.Severity;
import dev.hindsight.timeline.Timeline;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link PostMortem} a field at a time; for code and tests that make or change records. Not thread-safe. */
public final class PostMortemBuilder {
    private String id;
    private int revision;
    private String title;
    private LocalDate dateWritten;
    private Status status;
    private String author;
    private String owner;
    private Instant lastUpdated;
    private LocalDate nextReviewDate;
    private Severity severity;
    private Severity initialSeverity;
    private String severityAssessment;
    private Detection detection;
    private Impact impact;
    private List<Responder> responders;
    private ZoneId timeZone;
    private Timeline timeline;
    private List<ReportedTime> reportedTimes;
    private Analysis analysis;
    private List<ActionItem> actionItems;
    private List<Reviewer> reviewers;
    private ReviewMeeting reviewMeeting;
    private Communication communication;
    private List<ChecklistItem> knowledgeSharing;
    private List<ChecklistItem> supportingDocuments;
    private List<RelatedIncident> relatedIncidents;
    private Link investigationDoc;
    private List<Link> references;
    private List<Link> attachments;
    private List<ExtraSection> extraSections;

    PostMortemBuilder() {
    }

    PostMortemBuilder(PostMortem from) {
        this.id = from.id();
        this.revision = from.revision();
        this.title = from.title();
        this.dateWritten = from.dateWritten();
        this.status = from.status();
        this.author = from.author();
        this.owner = from.owner();
        this.lastUpdated = from.lastUpdated();
        this.nextReviewDate = from.nextReviewDate();
        this.severity = from.severity();
        this.initialSeverity = from.initialSeverity();
        this.severityAssessment = from.severityAssessment();
        this.detection = from.detection();
        this.impact = from.impact();
        this.responders = from.responders();
        this.timeZone = from.timeZone();
        this.timeline = from.timeline();
        this.reportedTimes = from.reportedTimes();
        this.analysis = from.analysis();
        this.actionItems = from.actionItems();
        this.reviewers = from.reviewers();
        this.reviewMeeting = from.reviewMeeting();
        this.communication = from.communication();
        this.knowledgeSharing = from.knowledgeSharing();
        this.supportingDocuments = from.supportingDocuments();
        this.relatedIncidents = from.relatedIncidents();
        this.investigationDoc = from.investigationDoc();
        this.references = from.references();
        this.attachments = from.attachments();
        this.extraSections = from.extraSections();
    }

    public PostMortemBuilder id(String id) {
        this.id = id;
        return this;
    }

    public PostMortemBuilder revision(int revision) {
        this.revision = revision;
        return this;
    }

    public PostMortemBuilder title(String title) {
        this.title = title;
        return this;
    }

    public PostMortemBuilder dateWritten(LocalDate dateWritten) {
        this.dateWritten = dateWritten;
        return this;
    }

    public PostMortemBuilder status(Status status) {
        this.status = status;
        return this;
    }

    public PostMortemBuilder author(String author) {
        this.author = author;
        return this;
    }

    public PostMortemBuilder owner(String owner) {
        this.owner = owner;
        return this;
    }

    public PostMortemBuilder lastUpdated(Instant lastUpdated) {
        this.lastUpdated = lastUpdated;
        return this;
    }

    public PostMortemBuilder nextReviewDate(LocalDate nextReviewDate) {
        this.nextReviewDate = nextReviewDate;
        return this;
    }

    public PostMortemBuilder severity(Severity severity) {
        this.severity = severity;
        return this;
    }

    public PostMortemBuilder initialSeverity(Severity initialSeverity) {
        this.initialSeverity = initialSeverity;
        return this;
    }

    public PostMortemBuilder severityAssessment(String severityAssessment) {
        this.severityAssessment = severityAssessment;
        return this;
    }

    public PostMortemBuilder detection(Detection detection) {
        this.detection = detection;
        return this;
    }

    public PostMortemBuilder impact(Impact impact) {
        this.impact = impact;
        return this;
    }

    public PostMortemBuilder responders(List<Responder> responders) {
        this.responders = responders;
        return this;
    }

    public PostMortemBuilder timeZone(ZoneId timeZone) {
        this.timeZone = timeZone;
        return this;
    }

    public PostMortemBuilder timeline(Timeline timeline) {
        this.timeline = timeline;
        return this;
    }

    public PostMortemBuilder reportedTimes(List<ReportedTime> reportedTimes) {
        this.reportedTimes = reportedTimes;
        return this;
    }

    public PostMortemBuilder analysis(Analysis analysis) {
        this.analysis = analysis;
        return this;
    }

    public PostMortemBuilder actionItems(List<ActionItem> actionItems) {
        this.actionItems = actionItems;
        return this;
    }

    public PostMortemBuilder reviewers(List<Reviewer> reviewers) {
        this.reviewers = reviewers;
        return this;
    }

    public PostMortemBuilder reviewMeeting(ReviewMeeting reviewMeeting) {
        this.reviewMeeting = reviewMeeting;
        return this;
    }

    public PostMortemBuilder communication(Communication communication) {
        this.communication = communication;
        return this;
    }

    public PostMortemBuilder knowledgeSharing(List<ChecklistItem> knowledgeSharing) {
        this.knowledgeSharing = knowledgeSharing;
        return this;
    }

    public PostMortemBuilder supportingDocuments(List<ChecklistItem> supportingDocuments) {
        this.supportingDocuments = supportingDocuments;
        return this;
    }

    public PostMortemBuilder relatedIncidents(List<RelatedIncident> relatedIncidents) {
        this.relatedIncidents = relatedIncidents;
        return this;
    }

    public PostMortemBuilder investigationDoc(Link investigationDoc) {
        this.investigationDoc = investigationDoc;
        return this;
    }

    public PostMortemBuilder references(List<Link> references) {
        this.references = references;
        return this;
    }

    public PostMortemBuilder attachments(List<Link> attachments) {
        this.attachments = attachments;
        return this;
    }

    public PostMortemBuilder extraSections(List<ExtraSection> extraSections) {
        this.extraSections = extraSections;
        return this;
    }

    /** Adds one event to the timeline. */
    public PostMortemBuilder event(TimelineEvent event) {
        this.timeline = (timeline == null ? Timeline.empty() : timeline).with(event);
        return this;
    }

    /** Adds one action item. */
    public PostMortemBuilder actionItem(ActionItem item) {
        List<ActionItem> items = new ArrayList<>(actionItems == null ? List.of() : actionItems);
        items.add(item);
        this.actionItems = items;
        return this;
    }

    /** Adds one responder. */
    public PostMortemBuilder responder(Responder responder) {
        List<Responder> all = new ArrayList<>(responders == null ? List.of() : responders);
        all.add(responder);
        this.responders = all;
        return this;
    }

    public PostMortem build() {
        return new PostMortem(id, revision, title, dateWritten, status, author, owner, lastUpdated,
                nextReviewDate, severity, initialSeverity, severityAssessment, detection, impact, responders,
                timeZone, timeline, reportedTimes, analysis, actionItems, reviewers, reviewMeeting, communication,
                knowledgeSharing, supportingDocuments, relatedIncidents, investigationDoc, references,
                attachments, extraSections);
    }
}
