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
import dev.hindsight.incident.ChecklistItem;
import dev.hindsight.incident.Communication;
import dev.hindsight.incident.Communication.Briefing;
import dev.hindsight.incident.Communication.Message;
import dev.hindsight.incident.Detection;
import dev.hindsight.incident.Impact;
import dev.hindsight.incident.Link;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Status;
import dev.hindsight.incident.YesNo;
import dev.hindsight.review.ReviewMeeting;
import dev.hindsight.review.ReviewMeeting.Attendee;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.Reviewer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Demo: the public API's TLS certificate expired at midnight UTC because its renewal job had been failing
 * quietly for a month. A finished, reviewed SEV1 with every section filled in, kept in UTC.
 */
final class CertificateExpiry {

    static final String TITLE = "Expired TLS certificate on the API gateway refused all client connections";
    private static final ZoneId UTC = ZoneId.of("UTC");

    private CertificateExpiry() {
    }

    static PostMortem build(Vocabulary words) {
        return PostMortem.builder()
                .title(TITLE)
                .dateWritten(LocalDate.of(2026, 2, 16))
                .status(Status.FINAL)
                .author("Amara Okafor")
                .owner("Edge Platform team")
                .nextReviewDate(LocalDate.of(2026, 3, 16))
                .severity(words.severity(1))
                .severityAssessment("Declared at the top level within minutes: every mobile and web client failed "
                        + "the TLS handshake, so nobody could book or check in. The review agreed.")
                .detection(new Detection(words.discoveryMethod("Alerts"),
                        "The synthetic TLS handshake check failed from three regions four minutes after expiry and "
                                + "paged the edge on-call.",
                        new Link("PagerDuty incident", "https://pagerduty.example.com/incidents/Q2K8X1"),
                        "Amara Okafor",
                        "The renewal job had logged a DNS-01 authorisation failure every night since 15 January.",
                        List.of("No alert on certificates expiring within 21 days",
                                "Renewal job failures go to a log nobody watches")))
                .impact(impact(words))
                .responders(List.of(
                        words.responder("Amara Okafor", "First Responder", "Edge Platform", "TechOps",
                                Scribe.at(UTC, "2026-02-14 00:07")),
                        words.responder("Daniel Brandt", "Incident Commander", "SRE", "TechOps",
                                Scribe.at(UTC, "2026-02-14 00:11")),
                        words.responder("Mei Lin", "Technical Lead", "Edge Platform", "Software",
                                Scribe.at(UTC, "2026-02-14 00:14")),
                        words.responder("Tomás Ruiz", "Communications", "Customer Support", "TechOps",
                                Scribe.at(UTC, "2026-02-14 00:16")),
                        words.responder("Hannah Weiss", "Subject Matter Expert", "Security", "Security",
                                Scribe.at(UTC, "2026-02-14 00:22"))))
                .timeZone(UTC)
                .timeline(new Scribe(UTC, "Daniel Brandt", "slack")
                        .mark("2026-02-14 00:00", STARTED, "Certificate for api.example.com passes its notAfter; "
                                + "gateways keep serving it and clients reject the handshake.")
                        .mark("2026-02-14 00:04", DETECTED, "Synthetic check api-tls-handshake fails from "
                                + "us-east, eu-west and ap-south; PagerDuty pages edge on-call.")
                        .mark("2026-02-14 00:07", ACKNOWLEDGED, "Amara acknowledges the page and opens #inc-api-tls.")
                        .mark("2026-02-14 00:11", DECLARED, "Daniel declares the incident at the top severity "
                                + "and takes command.")
                        .note("2026-02-14 00:16", "Support reports a wall of 'cannot connect' tickets from clinics.")
                        .mark("2026-02-14 00:19", ROOT_CAUSE_IDENTIFIED, "openssl s_client shows notAfter of "
                                + "14 Feb 00:00 UTC; renewal job has failed nightly since 15 Jan on a DNS-01 "
                                + "authorisation error.")
                        .mark("2026-02-14 00:24", MITIGATION_STARTED, "Hannah issues a certificate by hand with "
                                + "the rotated DNS credentials.")
                        .mark("2026-02-14 00:41", SOLUTION_READY, "New certificate issued and checked against "
                                + "the staging gateway.")
                        .mark("2026-02-14 00:48", PARTIALLY_RECOVERED, "eu-west gateways reloaded with the new "
                                + "certificate; handshakes succeed there.")
                        .mark("2026-02-14 00:58", MITIGATED, "All regions serve the new certificate; error rate "
                                + "falling.")
                        .note("2026-02-14 01:05", "Android app keeps failing for some users: it caches the failed "
                                + "connection for 15 minutes.")
                        .mark("2026-02-14 01:20", RESOLVED, "Handshake errors back to baseline; Android retries "
                                + "have cleared.")
                        .mark("2026-02-16 10:00", CLOSED, "Renewal job fixed and verified; incident closed.")
                        .timeline())
                .analysis(analysis())
                .actionItems(List.of(
                        new ActionItem("AI-1", "Alert when any served certificate expires within 21 days",
                                "Probe every public hostname daily and page at 7 days.", "Amara Okafor", Priority.P0,
                                LocalDate.of(2026, 2, 18), ActionStatus.DONE, "https://tickets.example.com/EDGE-512"),
                        new ActionItem("AI-2", "Page on renewal job failure instead of logging it", null,
                                "Mei Lin", Priority.P0, LocalDate.of(2026, 2, 18), ActionStatus.DONE,
                                "https://tickets.example.com/EDGE-513"),
                        new ActionItem("AI-3", "Move DNS-01 credentials to the secret store with rotation hooks",
                                "Rotation must update every consumer, including the renewal job.", "Hannah Weiss",
                                Priority.P1, LocalDate.of(2026, 3, 2), ActionStatus.IN_PROGRESS,
                                "https://tickets.example.com/SEC-208"),
                        new ActionItem("AI-4", "Stop the Android app caching failed connections for 15 minutes",
                                null, "Mei Lin", Priority.P2, LocalDate.of(2026, 3, 16), ActionStatus.OPEN,
                                "https://tickets.example.com/MOB-930")))
                .reviewers(List.of(
                        new Reviewer("Priya Raman", "Head of Infrastructure", ReviewState.LGTM,
                                LocalDate.of(2026, 2, 17)),
                        new Reviewer("Hannah Weiss", "Security", ReviewState.LGTM, LocalDate.of(2026, 2, 17))))
                .reviewMeeting(new ReviewMeeting(LocalDate.of(2026, 2, 17),
                        List.of(new Attendee("Daniel Brandt", "Facilitator"), new Attendee("Amara Okafor", "Edge"),
                                new Attendee("Mei Lin", "Edge"), new Attendee("Hannah Weiss", "Security")),
                        List.of("Why a month of renewal failures went unseen",
                                "Whether credential rotation should have a checklist of consumers"),
                        List.of("Week 1: confirm AI-1 and AI-2 are live", "Week 4: review AI-3")))
                .communication(communication())
                .knowledgeSharing(List.of(new ChecklistItem("Shared in the weekly ops review", true),
                        new ChecklistItem("Runbook updated: manual certificate issuance", true)))
                .supportingDocuments(List.of(new ChecklistItem("Slack channel export", true),
                        new ChecklistItem("Handshake error graph", true)))
                .references(List.of(
                        new Link("Edge dashboard", "https://grafana.example.com/d/edge-tls"),
                        new Link("Renewal job fix", "https://git.example.com/edge/cert-renewer/-/merge_requests/88")))
                .build();
    }

    private static Impact impact(Vocabulary words) {
        return new Impact(
                "Every client calling api.example.com failed the TLS handshake for 58 minutes; Android stragglers "
                        + "for 20 more.",
                List.of("Backend API", "Frontend"), List.of("Patient web", "iOS", "Android", "Clinic desk app"),
                new Impact.UsersAffected(null, 100.0, "every active user"), List.of("Global"),
                "\"Cannot connect to server\" in the apps; a certificate warning in browsers.",
                "Complete outage of the public API; internal traffic unaffected.",
                "Clinics could not check patients in and fell back to paper lists.", "N/A",
                new YesNo(true, "99.9% monthly availability SLA breached for enterprise clinics"), "Medium",
                new YesNo(false, ""), new YesNo(false, ""), new YesNo(false, ""), 412_000L, "",
                // Patients are unknown: failed handshakes never reach the code that knows who is calling.
                words.blastRadius(1_840L, 9_200L, null));
    }

    private static Analysis analysis() {
        return new Analysis(
                "The public API certificate expired because automated renewal had failed every night for a month "
                        + "after its DNS credentials were rotated, and nothing alerted on either.",
                "Certificate expired after a month of silent renewal failures.",
                "Renewal uses a DNS-01 challenge. On 15 January the DNS provider credentials were rotated as part of "
                        + "a quarterly security task; the renewal job kept the old ones and failed. It logged the "
                        + "failure and exited 0, so its scheduler reported success.",
                new RootCause("Automated renewal silently failed after a credential rotation.",
                        "The renewal job could not complete its DNS-01 challenge with revoked credentials.",
                        "Credentials were copied into the job's config rather than read from the secret store, and "
                                + "the job treated failure as a warning.",
                        "No expiry monitoring; the job's exit code hid the failure."),
                List.of(new Finding("Credential rotation had no list of consumers", null, null, null),
                        new Finding("Renewal job exited 0 on failure", null, null, null)),
                List.of(new Why("Why did clients fail?", "The served certificate had expired."),
                        new Why("Why had it expired?", "Renewal had not succeeded for 30 days."),
                        new Why("Why did renewal fail?", "Its DNS credentials had been rotated."),
                        new Why("Why did it keep the old credentials?", "They were copied into its config."),
                        new Why("Why did nobody notice?", "Failures were logged, not alerted on.")),
                "Issued a certificate by hand and rolled it to every gateway; then pointed the job at the secret "
                        + "store and made failure exit non-zero.",
                List.of("Issue certificate manually", "Validate on staging gateway", "Roll region by region"),
                "Handshake errors fell from 100% to 0.2% within ten minutes of the last region reloading.",
                List.of(new Finding("Synthetic check paged within four minutes", null, "Response started fast", null)),
                List.of(new Finding("A month of warnings went unseen", null, "Turned a chore into an outage", "High")),
                List.of(new Finding("Expiry fell at midnight on a Saturday", null,
                        "Lowest traffic of the week; a weekday would have hit far more clinics", null)),
                List.of("Manual issuance runbook worked first time"),
                List.of("No certificate expiry monitoring"),
                List.of(new Lesson(LessonKind.TECHNICAL, "Jobs must fail loudly",
                                "A job that exits 0 on failure is a hidden outage.",
                                "Audit scheduled jobs' exit codes."),
                        new Lesson(LessonKind.PROCESS, "Rotation needs a consumer list",
                                "Rotating a secret without knowing its readers breaks them.",
                                "Every secret names its consumers in the secret store."),
                        new Lesson(LessonKind.COMMUNICATION, "Tell clinics what to do, not only what broke",
                                "Clinics asked whether to use paper lists.",
                                "Status updates include a workaround line.")),
                "Monitor expiry independently of renewal; read credentials from the secret store.",
                List.of(new PreventionMeasure(MeasureKind.MONITORING, "Certificate expiry probe for every host", true),
                        new PreventionMeasure(MeasureKind.PROCESS, "Secret rotation checklist lists consumers", false),
                        new PreventionMeasure(MeasureKind.TECHNICAL, "Renewal reads credentials from secret store",
                                false)),
                "Escalated to security at 00:22 for DNS credentials; the right call.",
                List.of("Security on-call was not in the edge escalation policy"),
                List.of("Gateway reload region by region is still manual"),
                "Handshake error rate and renewal job logs are linked in references.");
    }

    private static Communication communication() {
        return new Communication(
                List.of(new Message(Scribe.at(UTC, "2026-02-14 00:13"), "Status page", true,
                                "We are investigating connection failures across all apps."),
                        new Message(Scribe.at(UTC, "2026-02-14 00:30"), "Status page", true,
                                "Cause identified: an expired certificate. Clinics can keep paper check-in lists."),
                        new Message(Scribe.at(UTC, "2026-02-14 01:25"), "Status page", true,
                                "Resolved. Android users may need to reopen the app."),
                        new Message(Scribe.at(UTC, "2026-02-14 09:00"), "Email: leadership", false,
                                "Summary of the overnight outage and next steps.")),
                List.of("Slack #inc-api-tls", "Status page", "Email distribution list"),
                "Fast and clear externally; the internal summary went out late.",
                "Status page within 13 minutes of expiry.",
                "Leadership heard about it from a clinic before our email.",
                List.of("Page the on-call engineering manager for top-severity incidents"), 3,
                new YesNo(true, "Enterprise clinics emailed on Monday"), new YesNo(false, ""),
                List.of(new Briefing("Executive briefing", "2026-02-14 09:00"),
                        new Briefing("Customer success", "2026-02-16 09:30")));
    }
}
