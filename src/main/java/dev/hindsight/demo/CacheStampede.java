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
import dev.hindsight.incident.Communication.Briefing;
import dev.hindsight.incident.Communication.Message;
import dev.hindsight.incident.Detection;
import dev.hindsight.incident.Impact;
import dev.hindsight.incident.Link;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.RelatedIncident;
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
 * Demo: a deploy changed the cache key version, every key missed at once and the database took the whole
 * read load. Shows the autoscaler making things worse, and a final, approved review in Pacific time.
 */
final class CacheStampede {

    static final String TITLE = "Cache stampede after a deploy changed the key version and overloaded the database";
    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    private CacheStampede() {
    }

    static PostMortem build(Vocabulary words) {
        return PostMortem.builder()
                .title(TITLE)
                .dateWritten(LocalDate.of(2026, 5, 14))
                .status(Status.FINAL)
                .author("Sofia Marino")
                .owner("Scheduling team")
                .nextReviewDate(LocalDate.of(2026, 6, 11))
                .severity(words.severity(2))
                .initialSeverity(words.severity(1))
                .severityAssessment("Declared at the top level while pages timed out everywhere; lowered after ten "
                        + "minutes once most requests were succeeding, slowly.")
                .detection(new Detection(words.discoveryMethod("Alerts"),
                        "Database CPU and API error-rate alerts fired within a minute of the deploy finishing.",
                        new Link("Alert", "https://alerts.example.com/#/alerts?alertname=PgPrimaryCpuHigh"),
                        "Ravi Patel", "Cache hit ratio dropped to zero the moment the first new pod started.",
                        List.of("No deploy guard on cache hit ratio")))
                .impact(new Impact(
                        "Availability and provider schedule pages slow or failing for 34 minutes across the US.",
                        List.of("Backend API", "Redis Cache", "Database"), List.of("Patient web", "Clinic desk app"),
                        new Impact.UsersAffected(48_000L, 38.0, ""), List.of("US"),
                        "Timeouts loading available slots; clinic calendars blank.",
                        "p99 latency 12 s; 22% of requests failed at worst.",
                        "Front desks took bookings by phone for half an hour.", "Not estimated",
                        new YesNo(false, "Monthly error budget 60% spent"), "Medium", new YesNo(false, ""),
                        new YesNo(false, ""), new YesNo(false, ""), 96_500L, "",
                        words.blastRadius(1_120L, 6_300L, 48_000L)))
                .responders(List.of(
                        words.responder("Ravi Patel", "First Responder", "SRE", "TechOps",
                                Scribe.at(PACIFIC, "2026-05-12 10:19")),
                        words.responder("Sofia Marino", "Incident Commander", "Scheduling", "Software",
                                Scribe.at(PACIFIC, "2026-05-12 10:21")),
                        words.responder("Ethan Cole", "Technical Lead", "Scheduling", "Software",
                                Scribe.at(PACIFIC, "2026-05-12 10:22")),
                        words.responder("Grace Liu", "Scribe", "SRE", "TechOps",
                                Scribe.at(PACIFIC, "2026-05-12 10:23"))))
                .timeZone(PACIFIC)
                .timeline(new Scribe(PACIFIC, "Grace Liu", "slack")
                        .note("2026-05-12 10:12", "Deploy of availability-service v8.3.0 begins (canary skipped: "
                                + "config-only change).")
                        .mark("2026-05-12 10:15", STARTED, "New pods read keys under the v8 prefix; every lookup "
                                + "misses and goes to the database.")
                        .mark("2026-05-12 10:17", DETECTED, "PgPrimaryCpuHigh and AvailabilityErrorRate fire.")
                        .mark("2026-05-12 10:19", ACKNOWLEDGED, "Ravi acknowledges.")
                        .mark("2026-05-12 10:21", DECLARED, "Top-severity incident declared; Sofia is IC.")
                        .note("2026-05-12 10:24", "Autoscaler has added 14 pods; each opens 20 connections.")
                        .mark("2026-05-12 10:27", ROOT_CAUSE_IDENTIFIED, "Serializer upgrade bumped the cache key "
                                + "version; the whole cache is cold.")
                        .mark("2026-05-12 10:29", MITIGATION_STARTED, "Rollback to v8.2.4 started; autoscaler "
                                + "capped at current size.")
                        .mark("2026-05-12 10:36", PARTIALLY_RECOVERED, "Half the pods on old version hit old keys; "
                                + "error rate 6%.")
                        .note("2026-05-12 10:37", "Severity lowered to second level.")
                        .mark("2026-05-12 10:42", MITIGATED, "Rollback complete; hit ratio 94%, latency normal.")
                        .mark("2026-05-12 14:30", SOLUTION_READY, "v8.3.1 reads v7 keys and writes both; request "
                                + "coalescing on misses.")
                        .mark("2026-05-12 15:10", RESOLVED, "v8.3.1 rolled out behind a canary; hit ratio steady.")
                        .mark("2026-05-13 09:00", CLOSED, "Incident closed.")
                        .timeline())
                .analysis(new Analysis(
                        "A serializer upgrade changed the cache key version, so all keys missed at once. The database "
                                + "took the full read load and the autoscaler added connections until it fell over.",
                        "Cold cache after a key-version bump overloaded the database.",
                        "The change looked config-only and skipped the canary. A canary would have shown the hit "
                                + "ratio collapse on one pod without touching the rest.",
                        new RootCause("Key version bump made the whole cache cold at once.",
                                "Keys are prefixed with the serializer version; v8 could not read v7 entries.",
                                "Nothing in review flagged that the bump invalidates the cache.",
                                "Staging cache is empty on every deploy, so it never sees the difference."),
                        List.of(new Finding("Autoscaling on CPU added load to the database", null, null, "High"),
                                new Finding("No request coalescing on cache misses", null, null, "Medium")),
                        List.of(new Why("Why did pages time out?", "The database was saturated."),
                                new Why("Why saturated?", "Every read missed the cache."),
                                new Why("Why did every read miss?", "The key prefix changed with the serializer."),
                                new Why("Why did that ship everywhere at once?", "The canary was skipped."),
                                new Why("Why skipped?", "The change was labelled config-only.")),
                        "Rolled back, then shipped a version that reads old keys and coalesces misses.",
                        List.of("Cap autoscaler", "Roll back", "Ship dual-read version behind canary"),
                        "Hit ratio 0% to 94% within six minutes of rollback.",
                        List.of(new Finding("Rollback was one command and took 13 minutes", null, null, null)),
                        List.of(new Finding("Canary skipped", null, "Whole fleet hit at once", "High")),
                        List.of(new Finding("Tuesday mid-morning, not Monday peak", null, null, null)),
                        List.of("Rollback runbook", "Scribe kept a clean timeline"),
                        List.of("No rule that cache-affecting changes need a canary"),
                        List.of(new Lesson(LessonKind.TECHNICAL, "Version bumps need a warm path",
                                        "Changing a key format empties the cache.", "Dual-read for one release."),
                                new Lesson(LessonKind.PROCESS, "No deploy is config-only by label",
                                        "The label decided the risk.", "Canary is always on."),
                                new Lesson(LessonKind.COMMUNICATION, "Say when severity changes",
                                        "Support did not see the downgrade.", "Post severity changes to #support.")),
                        "Canary every deploy; dual-read on key changes; autoscaler respects DB connection budget.",
                        List.of(new PreventionMeasure(MeasureKind.MONITORING, "Deploy gate on cache hit ratio", true),
                                new PreventionMeasure(MeasureKind.TECHNICAL, "Request coalescing on misses", true),
                                new PreventionMeasure(MeasureKind.PROCESS, "Canary cannot be skipped", false)),
                        "", List.of(), List.of("Automatic rollback when hit ratio falls under 50%"),
                        "Hit ratio, DB CPU and p99 graphs are linked in references."))
                .actionItems(List.of(
                        new ActionItem("AI-1", "Make the canary stage mandatory", null, "Ethan Cole", Priority.P0,
                                LocalDate.of(2026, 5, 14), ActionStatus.DONE, "https://tickets.example.com/SCH-771"),
                        new ActionItem("AI-2", "Limit autoscaling by database connection budget", null, "Ravi Patel",
                                Priority.P1, LocalDate.of(2026, 5, 26), ActionStatus.DONE,
                                "https://tickets.example.com/SRE-1190"),
                        new ActionItem("AI-3", "Roll back automatically on cache hit-ratio collapse", null,
                                "Ethan Cole", Priority.P2, LocalDate.of(2026, 6, 9), ActionStatus.IN_PROGRESS,
                                "https://tickets.example.com/SCH-772")))
                .reviewers(List.of(
                        new Reviewer("Priya Raman", "Head of Infrastructure", ReviewState.LGTM,
                                LocalDate.of(2026, 5, 14)),
                        new Reviewer("Oliver Grant", "VP Engineering", ReviewState.LGTM, LocalDate.of(2026, 5, 15))))
                .reviewMeeting(new ReviewMeeting(LocalDate.of(2026, 5, 14),
                        List.of(new Attendee("Sofia Marino", "Facilitator"), new Attendee("Ethan Cole", "Scheduling"),
                                new Attendee("Ravi Patel", "SRE"), new Attendee("Grace Liu", "Scribe")),
                        List.of("What makes a change 'config-only'", "Autoscaler versus connection limits"),
                        List.of("Week 2: autoscaler limits live")))
                .communication(new Communication(
                        List.of(new Message(Scribe.at(PACIFIC, "2026-05-12 10:25"), "Status page", true,
                                        "Slow availability pages; investigating."),
                                new Message(Scribe.at(PACIFIC, "2026-05-12 10:45"), "Status page", true,
                                        "Recovered; monitoring."),
                                new Message(Scribe.at(PACIFIC, "2026-05-12 10:38"), "Slack #support", false,
                                        "Severity lowered; phone bookings can stop shortly.")),
                        List.of("Slack #inc-cache", "Slack #support", "Status page"), "Good.",
                        "Status page inside ten minutes.", "Severity change reached support late.",
                        List.of("Post severity changes to #support automatically"), 2, new YesNo(false, ""),
                        new YesNo(false, ""), List.of(new Briefing("Customer success", "2026-05-12 13:00"))))
                .relatedIncidents(List.of(new RelatedIncident(null, "https://wiki.example.com/incidents/2025-11-cache",
                        "same failure mode in 2025")))
                .references(List.of(new Link("Cache dashboard", "https://grafana.example.com/d/redis-availability"),
                        new Link("Dual-read change",
                                "https://git.example.com/scheduling/availability/-/merge_requests/612")))
                .build();
    }
}
