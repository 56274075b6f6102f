package dev.hindsight.template;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionKind;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.Analysis.Finding;
import dev.hindsight.incident.Analysis.Lesson;
import dev.hindsight.incident.Analysis.LessonKind;
import dev.hindsight.incident.Analysis.MeasureKind;
import dev.hindsight.incident.Analysis.PreventionMeasure;
import dev.hindsight.incident.Analysis.RootCause;
import dev.hindsight.incident.Analysis.Why;
import dev.hindsight.incident.ChecklistItem;
import dev.hindsight.incident.Communication;
import dev.hindsight.incident.Detection;
import dev.hindsight.incident.ExtraSection;
import dev.hindsight.incident.Impact;
import dev.hindsight.incident.Link;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.RelatedIncident;
import dev.hindsight.incident.Responder;
import dev.hindsight.incident.Status;
import dev.hindsight.incident.YesNo;
import dev.hindsight.metrics.Metric;
import dev.hindsight.metrics.ReportedTime;
import dev.hindsight.review.FinalWaiver;
import dev.hindsight.review.FollowUpReview;
import dev.hindsight.review.ReviewMeeting;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.Reviewer;
import dev.hindsight.severity.Severity;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A record with every field and every list filled. Template checks use it to know every variable a document
 * can have, and docs/templates.md shows its values as the examples. Not a real incident.
 */
public final class Specimen {
    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    private static final Instant T0 = Instant.parse("2026-03-08T09:40:00Z");

    private Specimen() {
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(minutes * 60L);
    }

    private static TimelineEvent event(int minutes, EventKind kind, String text, String result, List<String> details) {
        return new TimelineEvent(at(minutes), PACIFIC, text, kind, "Sam Okafor", "slack", result, details);
    }

    public static PostMortem record() {
        return PostMortem.builder()
                .id("INC-2026-0042").revision(3).title("Checkout returned 502s after a certificate rotation")
                .dateWritten(LocalDate.of(2026, 3, 9)).status(Status.IN_REVIEW).author("Priya Natarajan")
                .owner("Jonas Weber").lastUpdated(Instant.parse("2026-03-10T16:00:00Z"))
                .nextReviewDate(LocalDate.of(2026, 4, 9))
                .severity(new Severity(1, "1")).initialSeverity(new Severity(2, "2"))
                .severityAssessment("Raised from 2 to 1 once all regions were affected.")
                .detection(new Detection("Alerts", "The synthetic checkout probe failed three times.",
                        new Link("PagerDuty #4411", "https://pagerduty.example.com/incidents/4411"), "Sam Okafor",
                        "TLS errors rose in edge logs 20 minutes earlier.", List.of("Alert 14 days before expiry")))
                .impact(new Impact("Customers could not pay for 47 minutes.", List.of("Backend API", "Payments"),
                        List.of("Web", "iOS"), new Impact.UsersAffected(18_400L, 12.5, "EU and US shoppers"),
                        List.of("eu-west-1", "us-east-1"), "HTTP 502 on the pay button", "Checkout unavailable",
                        "Lost orders and support load", "$42,000", new YesNo(true, "99.9% monthly SLA"), "Medium",
                        new YesNo(false, ""), new YesNo(false, ""), new YesNo(true, "31 carts lost their coupon"),
                        7_300L, "2026-03-08T09:39:00Z", List.of(new Impact.BlastRadiusFigure("Clinics", 12L),
                        new Impact.BlastRadiusFigure("Patients", null))))
                .responders(List.of(new Responder("Sam Okafor", "Incident Commander", "SRE", "TechOps", at(7),
                        "https://chat.example.com/u/sam"), new Responder("Lea Fischer", "Technical Lead", "Payments",
                        "Software", at(10), "")))
                .timeZone(PACIFIC)
                .event(event(0, EventKind.STARTED, "Rotated certificate reached the edge", "", List.of()))
                .event(event(4, EventKind.DETECTED, "Checkout probe alerted", "", List.of()))
                .event(event(7, EventKind.ACKNOWLEDGED, "Investigation began", "",
                        List.of("Initial hypothesis: a bad deploy", "Diagnostic steps taken: compared edge configs")))
                .event(event(15, EventKind.ROOT_CAUSE_IDENTIFIED, "Chain missing its intermediate", "", List.of()))
                .event(event(20, EventKind.MITIGATION_STARTED, "Rolling back the certificate", "Error rate fell to 4%",
                        List.of("Challenges encountered: the rollback needed approval")))
                .event(event(47, EventKind.RESOLVED, "Checkout healthy in all regions", "", List.of()))
                .reportedTimes(List.of(new ReportedTime(Metric.TIME_TO_SOLUTION, 35L, "about 35 minutes")))
                .analysis(analysis())
                .actionItems(List.of(
                        new ActionItem("AI-1", "Validate certificate chains in CI", "Fail the build on a short chain",
                                "Lea Fischer", Priority.P0, LocalDate.of(2026, 3, 15), ActionStatus.IN_PROGRESS,
                                "PAY-101", "Payments", ActionKind.PREVENTIVE, "Immediate", List.of()),
                        new ActionItem("AI-2", "Alert 14 days before expiry", "", "Sam Okafor", Priority.P1,
                                LocalDate.of(2026, 4, 1), ActionStatus.OPEN, "PAY-102"),
                        new ActionItem("AI-3", "Automate certificate rotation", "", "Lea Fischer", Priority.P2,
                                LocalDate.of(2026, 6, 1), ActionStatus.OPEN, ""),
                        new ActionItem("AI-4", "Write the rotation runbook", "", "Ines Duarte", null, null,
                                ActionStatus.DONE, "")))
                .reviewers(List.of(new Reviewer("Jonas Weber", "Engineering Manager", ReviewState.LGTM,
                        LocalDate.of(2026, 3, 10), "jweber", "Good once AI-1 is in", 4, false)))
                .followUpReviews(List.of(new FollowUpReview(LocalDate.of(2026, 3, 17), "Check immediate actions", false)))
                .finalWaiver(new FinalWaiver("AI-1 waits for the CI migration", "jweber",
                        Instant.parse("2026-03-12T09:30:00Z")))
                .reviewMeeting(new ReviewMeeting(LocalDate.of(2026, 3, 10),
                        List.of(new ReviewMeeting.Attendee("Sam Okafor", "Incident Commander")),
                        List.of("Why staging did not catch it"), List.of("Week 1: check immediate actions")))
                .communication(new Communication(List.of(
                        new Communication.Message(at(10), "Slack #incidents", false, "Investigating checkout errors"),
                        new Communication.Message(at(15), "Status page", true, "Payments are degraded")),
                        List.of("Slack #incidents", "Status page"), "Updates were regular.", "Regular updates",
                        "Status page went up late", List.of("Status page template"), 3, new YesNo(false, ""),
                        new YesNo(true, "One post"), List.of(new Communication.Briefing("Executive briefing",
                        "2026-03-08 11:00"))))
                .knowledgeSharing(List.of(new ChecklistItem("Post-mortem published internally", true)))
                .supportingDocuments(List.of(new ChecklistItem("Chat logs", true)))
                .relatedIncidents(List.of(new RelatedIncident("INC-2025-0107", "", "same rotation job")))
                .investigationDoc(new Link("Investigation notes", "https://docs.example.com/inv/4411"))
                .references(List.of(new Link("Rotation runbook", "https://wiki.example.com/tls")))
                .attachments(List.of(new Link("edge-errors.png", "https://files.example.com/edge-errors.png")))
                .extraSections(List.of(new ExtraSection("Customer quotes", "\"Checkout just spins.\"")))
                .build();
    }

    private static Analysis analysis() {
        return new Analysis("A certificate bundle without its intermediate reached the edge.",
                "Checkout failed for 47 minutes after a certificate rotation.",
                "The rotation job uploaded only the leaf certificate.",
                new RootCause("The bundle lacked the intermediate certificate.", "Edge proxies served a short chain.",
                        "The rotation script assumed the CA bundles intermediates.",
                        "Staging uses a CA that needs no intermediate."),
                List.of(new Finding("Manual rotation", "Done by hand twice a year", "Little practice", "")),
                List.of(new Why("Why did checkout fail?", "Clients rejected the chain.")),
                "Rolled back, then shipped a complete chain.",
                "Restored the previous certificate, then deployed a complete bundle.",
                List.of("Roll back the certificate"), "Error rate peaked at 96%",
                List.of(new Finding("Fast rollback", "One command", "Halved the impact", "")),
                List.of(new Finding("Slow detection", "Five-minute probe", "Four minutes lost", "Medium")),
                List.of(new Finding("Low traffic hour", "", "", "")),
                List.of("Certificate rollback runbook"), List.of("No chain validation in CI"),
                List.of(new Lesson(LessonKind.GENERAL, "Rotations are deploys", "Treat them as such", ""),
                        new Lesson(LessonKind.TECHNICAL, "Validate chains", "Check the chain", "Add a CI step"),
                        new Lesson(LessonKind.PROCESS, "Rotation checklist", "Checklists catch gaps", "Write one"),
                        new Lesson(LessonKind.COMMUNICATION, "Status page sooner", "Customers asked", "Post first")),
                "Validate chains in CI and alert before expiry.",
                List.of(new PreventionMeasure(MeasureKind.MONITORING, "Alert on chain errors", false),
                        new PreventionMeasure(MeasureKind.PROCESS, "Rotation checklist", true),
                        new PreventionMeasure(MeasureKind.TECHNICAL, "Automate rotation", false)),
                "Escalated to payments within 10 minutes.", List.of("Page payments automatically"),
                List.of("Automate certificate rotation"), "https://grafana.example.com/d/checkout");
    }
}
