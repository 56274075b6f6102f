package dev.hindsight.incident;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.incident.Analysis.Finding;
import dev.hindsight.incident.Analysis.Lesson;
import dev.hindsight.incident.Analysis.LessonKind;
import dev.hindsight.incident.Analysis.MeasureKind;
import dev.hindsight.incident.Analysis.PreventionMeasure;
import dev.hindsight.incident.Analysis.RootCause;
import dev.hindsight.incident.Analysis.Why;
import dev.hindsight.metrics.Metric;
import dev.hindsight.metrics.ReportedTime;
import dev.hindsight.review.ReviewMeeting;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.Reviewer;
import dev.hindsight.severity.Severity;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.Timeline;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Records for tests: one with every field filled, so a field that fails to round-trip shows. */
public final class Records {
    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");

    private Records() {
    }

    public static PostMortem full() {
        return full("Checkout API returned 502s after certificate rotation");
    }

    public static PostMortem full(String title) {
        Instant start = Instant.parse("2026-03-08T09:40:00Z");
        return PostMortem.builder()
                .title(title)
                .dateWritten(LocalDate.of(2026, 3, 9))
                .status(Status.IN_REVIEW)
                .layout("review")
                .author("Priya Natarajan")
                .owner("Jonas Weber")
                .nextReviewDate(LocalDate.of(2026, 4, 9))
                .severity(new Severity(1, "1"))
                .initialSeverity(new Severity(2, "2"))
                .severityAssessment("Raised to 1 once checkout errors were confirmed for all regions.")
                .detection(new Detection("Alerts", "Synthetic checkout probe failed three times in a row.",
                        new Link("PagerDuty #4411", "https://pagerduty.example.com/incidents/4411"), "Sam Okafor",
                        "TLS handshake errors rose in the edge logs 20 minutes earlier.",
                        List.of("Alert on certificate expiry 14 days ahead", "Probe every minute, not every five")))
                .impact(new Impact("Customers could not pay for 47 minutes.", List.of("Backend API", "Payments"),
                        List.of("Web", "iOS"), new Impact.UsersAffected(18_400L, 12.5, "EU and US shoppers"),
                        List.of("eu-west-1", "us-east-1"), "HTTP 502 on the pay button", "Full outage of checkout",
                        "Lost orders and support load", "$42,000", new YesNo(true, "99.9% monthly SLA"), "Medium",
                        new YesNo(false, ""), new YesNo(false, ""), new YesNo(true, "31 carts lost their coupon"),
                        7_300L, "2026-03-08T09:39:00Z",
                        List.of(new Impact.BlastRadiusFigure("Clinics", 12L),
                                new Impact.BlastRadiusFigure("Patients", null))))
                .responders(List.of(
                        new Responder("Sam Okafor", "Incident Commander", "SRE", "TechOps",
                                Instant.parse("2026-03-08T09:45:00Z"), "https://chat.example.com/u/sam"),
                        new Responder("Lea Fischer", "Technical Lead", "Payments", "Software",
                                Instant.parse("2026-03-08T09:50:00Z"), ""),
                        new Responder("Ines Duarte", "Communications", "Support", "Software", null, "")))
                .timeZone(LA)
                .timeline(new Timeline(List.of(
                        new TimelineEvent(start, LA, "Rotated certificate deployed to the edge", EventKind.STARTED,
                                "Sam Okafor", "manual"),
                        new TimelineEvent(start.plusSeconds(240), LA, "Checkout probe alert", EventKind.DETECTED,
                                null, "pagerduty"),
                        new TimelineEvent(start.plusSeconds(420), LA, "Sam acknowledged", EventKind.ACKNOWLEDGED,
                                "Sam Okafor", "pagerduty"),
                        new TimelineEvent(start.plusSeconds(900), LA, "Chain missing intermediate",
                                EventKind.ROOT_CAUSE_IDENTIFIED, "Lea Fischer", "slack"),
                        new TimelineEvent(start.plusSeconds(1500), LA, "Old certificate restored", EventKind.MITIGATED,
                                "Lea Fischer", "slack", "Error rate fell from 96% to 4%",
                                List.of("Challenges encountered: the rollback job needed a manual approval")),
                        new TimelineEvent(start.plusSeconds(2820), LA, "Checkout healthy everywhere",
                                EventKind.RESOLVED, "Sam Okafor", "manual"))))
                .reportedTimes(List.of(new ReportedTime(Metric.TIME_TO_SOLUTION, 35L, "about 35 minutes")))
                .analysis(new Analysis("A certificate bundle without its intermediate reached the edge.",
                        "Checkout failed for 47 minutes after a certificate rotation.",
                        "The rotation job uploaded only the leaf certificate.",
                        new RootCause("The bundle lacked the intermediate certificate.",
                                "Edge proxies served an incomplete chain.",
                                "The rotation script assumed the CA bundled intermediates.",
                                "Staging uses a different CA that does not need one."),
                        List.of(new Finding("Manual rotation", "Done by hand twice a year", "Little practice", "")),
                        List.of(new Why("Why did checkout fail?", "Clients rejected the chain."),
                                new Why("Why was the chain incomplete?", "The script skipped the intermediate.")),
                        "Rolled back, then shipped a complete chain.",
                        "Restored the previous certificate, then deployed a complete bundle.",
                        List.of("Roll back the certificate", "Deploy the full chain"), "Error rate peaked at 96%",
                        List.of(new Finding("Fast rollback", "One command", "Cut impact in half", "")),
                        List.of(new Finding("Slow detection", "Five-minute probe", "Four lost minutes", "Medium")),
                        List.of(new Finding("Low traffic hour", "", "", "")),
                        List.of("Runbook for certificate rollback"), List.of("No chain validation in CI"),
                        List.of(new Lesson(LessonKind.TECHNICAL, "Validate chains", "Check the chain before deploy",
                                "Add a CI step"),
                                new Lesson(LessonKind.COMMUNICATION, "Status page sooner", "", "")),
                        "Validate certificate chains in CI and alert 14 days before expiry.",
                        List.of(new PreventionMeasure(MeasureKind.MONITORING, "Alert on chain errors", false),
                                new PreventionMeasure(MeasureKind.PROCESS, "Rotation checklist", true)),
                        "Escalated to payments within 10 minutes.", List.of("Page payments automatically"),
                        List.of("Automate certificate rotation"), "https://grafana.example.com/d/checkout"))
                .actionItems(List.of(
                        new ActionItem("AI-1", "Validate certificate chains in CI", "Fail the build on a short chain",
                                "Lea Fischer", Priority.P0, LocalDate.of(2026, 3, 15), ActionStatus.IN_PROGRESS,
                                "https://jira.example.com/browse/PAY-101"),
                        new ActionItem("AI-2", "Expiry alert 14 days ahead", "", "Sam Okafor", Priority.P1,
                                LocalDate.of(2026, 4, 1), ActionStatus.OPEN, "PAY-102")))
                .reviewers(List.of(new Reviewer("Jonas Weber", "Engineering Manager", ReviewState.LGTM,
                        LocalDate.of(2026, 3, 10)), new Reviewer("Ana Costa", "Incident Commander",
                        ReviewState.NOT_REVIEWED, null)))
                .reviewMeeting(new ReviewMeeting(LocalDate.of(2026, 3, 10),
                        List.of(new ReviewMeeting.Attendee("Sam Okafor", "Incident Commander")),
                        List.of("Why staging did not catch it"), List.of("Week 1: check immediate actions")))
                .communication(new Communication(
                        List.of(new Communication.Message(start.plusSeconds(600), "Slack #incidents", false,
                                "Investigating checkout errors"),
                                new Communication.Message(start.plusSeconds(900), "Status page", true,
                                        "Payments degraded")),
                        List.of("Slack #incidents", "Status page"), "Internal updates were timely.",
                        "Regular updates", "Status page late", List.of("Template for status page"), 3,
                        new YesNo(false, ""), new YesNo(true, "One post"),
                        List.of(new Communication.Briefing("Executive briefing", "2026-03-08 11:00"))))
                .knowledgeSharing(List.of(new ChecklistItem("Post-mortem published internally", true)))
                .supportingDocuments(List.of(new ChecklistItem("Chat logs", true)))
                .relatedIncidents(List.of(new RelatedIncident("INC-2025-0107", "", "same rotation job")))
                .investigationDoc(new Link("Investigation", "https://docs.example.com/inv/4411"))
                .references(List.of(new Link("Rotation runbook", "https://wiki.example.com/tls")))
                .attachments(List.of(new Link("edge-errors.png", "https://files.example.com/edge-errors.png")))
                .extraSections(List.of(new ExtraSection("Customer quotes", "\"Checkout just spins\"")))
                .build();
    }
}
