package dev.hindsight.demo;

import static dev.hindsight.timeline.EventKind.ACKNOWLEDGED;
import static dev.hindsight.timeline.EventKind.CLOSED;
import static dev.hindsight.timeline.EventKind.DECLARED;
import static dev.hindsight.timeline.EventKind.DETECTED;
import static dev.hindsight.timeline.EventKind.MITIGATED;
import static dev.hindsight.timeline.EventKind.MITIGATION_STARTED;
import static dev.hindsight.timeline.EventKind.PARTIALLY_RECOVERED;
import static dev.hindsight.timeline.EventKind.RESOLVED;
import static dev.hindsight.timeline.EventKind.ROOT_CAUSE_IDENTIFIED;
import static dev.hindsight.timeline.EventKind.SOLUTION_READY;
import static dev.hindsight.timeline.EventKind.STARTED;

import dev.hindsight.actions.ActionItem;
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
import dev.hindsight.incident.Communication;
import dev.hindsight.incident.Communication.Message;
import dev.hindsight.incident.Detection;
import dev.hindsight.incident.Impact;
import dev.hindsight.incident.Link;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Status;
import dev.hindsight.incident.YesNo;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.Reviewer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Demo: a DNS clean-up pointed the booking site at a load balancer that no longer existed. Applied in a
 * Pacific maintenance window on the night US clocks went forward (2026-03-08), found by patients rather than
 * monitoring, and upgraded in severity once the traffic graph showed its size. Still a draft, so some parts
 * are thin and nobody has reviewed it yet.
 */
final class DnsMisconfiguration {

    static final String TITLE = "DNS clean-up pointed the booking site at a decommissioned load balancer";
    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    private DnsMisconfiguration() {
    }

    static PostMortem build(Vocabulary words) {
        return PostMortem.builder()
                .title(TITLE)
                .dateWritten(LocalDate.of(2026, 3, 10))
                .status(Status.DRAFT)
                .author("Marcus Hill")
                .owner("Networking team")
                .nextReviewDate(LocalDate.of(2026, 3, 24))
                .severity(words.severity(1))
                .initialSeverity(words.severity(2))
                .severityAssessment("Started at second level on three support tickets; raised to the top level when "
                        + "the traffic graph showed most US patients could not reach the site.")
                .detection(new Detection(words.discoveryMethod("User Reports"),
                        "Support escalated three calls from patients who could not open book.example.com.",
                        new Link("Support escalation", "https://support.example.com/tickets/88213"),
                        "Nadia Flores (Support)",
                        "Sessions on the booking site fell steadily from 01:40; nobody alerts on a traffic drop.",
                        List.of("Synthetic checks call load balancer IPs directly and never resolve DNS",
                                "No alert on sudden traffic drops")))
                .impact(new Impact(
                        "book.example.com failed to resolve for a growing share of US users over two hours as cached "
                                + "records expired.",
                        List.of("Frontend"), List.of("Patient web"),
                        new Impact.UsersAffected(null, null, "most US web users by 03:30"), List.of("US"),
                        "\"This site can't be reached\" in browsers.", "Booking site unreachable; apps unaffected.",
                        "", "", YesNo.unknown(), "Medium", new YesNo(false, ""), new YesNo(false, ""),
                        new YesNo(false, ""), null, "",
                        // Only clinics are counted so far: failed lookups never reach our logs.
                        words.blastRadius(210L, null, null)))
                .responders(List.of(
                        words.responder("Nadia Flores", "First Responder", "Customer Support", "TechOps",
                                Scribe.at(PACIFIC, "2026-03-08 03:06")),
                        words.responder("Marcus Hill", "Incident Commander", "Networking", "TechOps",
                                Scribe.at(PACIFIC, "2026-03-08 03:11")),
                        words.responder("Aiko Tanaka", "Responder", "Networking", "TechOps",
                                Scribe.at(PACIFIC, "2026-03-08 03:24"))))
                .timeZone(PACIFIC)
                .timeline(new Scribe(PACIFIC, "Marcus Hill", "slack")
                        .note("2026-03-08 01:30", "Terraform apply of the legacy-LB clean-up change starts.")
                        .mark("2026-03-08 01:34", STARTED, "book.example.com CNAME now points at "
                                + "lb-legacy-2.example.net, deleted in the same apply.")
                        .note("2026-03-08 01:58", "First patient call to support; logged as a browser problem.")
                        .mark("2026-03-08 03:06", DETECTED, "Support escalates after the third report.")
                        .mark("2026-03-08 03:11", ACKNOWLEDGED, "Networking on-call acknowledges.")
                        .mark("2026-03-08 03:20", DECLARED, "Declared at second level.")
                        .mark("2026-03-08 03:31", ROOT_CAUSE_IDENTIFIED, "dig shows the CNAME to the deleted "
                                + "load balancer; the clean-up change edited the wrong record.")
                        .mark("2026-03-08 03:33", MITIGATION_STARTED, "Revert of the clean-up change opened.")
                        .mark("2026-03-08 03:38", SOLUTION_READY, "Revert applied; authoritative servers answer "
                                + "correctly.")
                        .note("2026-03-08 03:45", "Traffic graph shows US sessions down 70%; raised to top severity.")
                        .mark("2026-03-08 03:55", PARTIALLY_RECOVERED, "Resolvers with short caches pick up the fix; "
                                + "sessions at 60% of normal.")
                        .mark("2026-03-08 04:20", MITIGATED, "Large ISP resolvers flushed on request; sessions at 90%.")
                        .mark("2026-03-08 04:38", RESOLVED, "Sessions back to the Sunday baseline.")
                        .mark("2026-03-09 16:00", CLOSED, "Incident closed; post-mortem in draft.")
                        .timeline())
                .analysis(new Analysis(
                        "A clean-up change meant for an unused record edited the booking site's CNAME instead. The "
                                + "record's hour-long TTL spread the failure slowly, and our checks never resolve DNS.",
                        "Wrong DNS record edited; found by patients, not monitoring.", "",
                        new RootCause("A Terraform change edited the live CNAME instead of the legacy one.",
                                "Two resources shared a module name; the change renamed the wrong one.",
                                "", "The plan showed the change, but plan output is not reviewed for DNS."),
                        List.of(new Finding("One-hour TTL on a critical record", null, null, null)),
                        List.of(new Why("Why could patients not book?", "The site name did not resolve."),
                                new Why("Why not?", "Its CNAME pointed at a deleted load balancer."),
                                new Why("Why was it changed?", "The clean-up edited the wrong resource."),
                                new Why("Why was that not caught?", "Nobody reviews the plan's DNS changes.")),
                        "Reverted the change; asked large resolvers to flush.", List.of(), "",
                        List.of(new Finding("Revert took seven minutes", null, null, null)),
                        List.of(new Finding("Ninety minutes before anyone on-call knew", null, null, "High")),
                        List.of(), List.of(), List.of(),
                        List.of(new Lesson(LessonKind.TECHNICAL, "Check what users check",
                                        "Checks that skip DNS cannot see DNS failures.", "Resolve names in checks."),
                                new Lesson(LessonKind.COMMUNICATION, "Support reports are signals",
                                        "The first call was an early warning.", "Two similar calls page on-call.")),
                        "", List.of(new PreventionMeasure(MeasureKind.MONITORING, "Synthetic checks resolve DNS",
                                false)), "", List.of(), List.of(), ""))
                .actionItems(List.of(
                        new ActionItem("AI-1", "Make synthetic checks resolve names through public resolvers", null,
                                "Aiko Tanaka", Priority.P0, LocalDate.of(2026, 3, 11), ActionStatus.IN_PROGRESS,
                                "https://tickets.example.com/NET-221"),
                        new ActionItem("AI-2", "Alert on a 40% drop in sessions against last week", null,
                                "Marcus Hill", Priority.P1, LocalDate.of(2026, 3, 20), ActionStatus.OPEN, null),
                        new ActionItem("AI-3", "Require a second reviewer for DNS changes in Terraform plans", null,
                                "", Priority.P2, null, ActionStatus.OPEN, null)))
                .reviewers(List.of(new Reviewer("Priya Raman", "Head of Infrastructure", ReviewState.NOT_REVIEWED,
                        null)))
                .communication(new Communication(
                        List.of(new Message(Scribe.at(PACIFIC, "2026-03-08 03:50"), "Status page", true,
                                        "Some users cannot reach the booking site. The apps work."),
                                new Message(Scribe.at(PACIFIC, "2026-03-08 04:45"), "Status page", true,
                                        "Resolved. If the site still fails, restart your browser.")),
                        List.of("Slack #inc-dns", "Status page"), "", "", "", List.of(), 2, YesNo.unknown(),
                        new YesNo(true, "Replied to patients on social media"), List.of()))
                .investigationDoc(new Link("Investigation notes", "https://wiki.example.com/incidents/2026-03-08-dns"))
                .references(List.of(new Link("Clean-up change", "https://git.example.com/net/dns/-/merge_requests/97"),
                        new Link("Revert", "https://git.example.com/net/dns/-/merge_requests/98")))
                .build();
    }
}
