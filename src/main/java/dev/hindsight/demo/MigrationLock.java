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
 * Demo: a schema migration queued for an exclusive lock on the appointments table behind a long report
 * query, and every booking queued behind the migration. It ran in the Berlin maintenance window on the night
 * the clocks went forward (2026-03-29), so its timeline shows a gap that reads as an hour on the wall clock
 * but took three minutes. In review, not yet approved by everyone.
 */
final class MigrationLock {

    static final String TITLE = "Schema migration queued behind a report query and locked the appointments table";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private MigrationLock() {
    }

    static PostMortem build(Vocabulary words) {
        return PostMortem.builder()
                .title(TITLE)
                .dateWritten(LocalDate.of(2026, 3, 31))
                .status(Status.IN_REVIEW)
                .author("Jonas Becker")
                .owner("Data Platform team")
                .nextReviewDate(LocalDate.of(2026, 4, 14))
                .severity(words.severity(2))
                .severityAssessment("Bookings failed for everyone in the EU region, but at night with low traffic "
                        + "and no data at risk; second level was right.")
                .detection(new Detection(words.discoveryMethod("Alerts"),
                        "Booking API latency and PgBouncer waiting-client alerts fired together.",
                        new Link("Alertmanager", "https://alerts.example.com/#/alerts?receiver=db-oncall"),
                        "Lena Vogel",
                        "The BI export had been running 20 minutes longer each week for a month.",
                        List.of("No alert on sessions waiting for a lock longer than 30 seconds")))
                .impact(new Impact(
                        "EU booking API calls touching appointments hung, then failed, for 21 minutes.",
                        List.of("Backend API", "Database"), List.of("Patient web", "iOS", "Android"),
                        new Impact.UsersAffected(1_260L, null, ""), List.of("EU"),
                        "Spinning booking screen, then \"Something went wrong\".",
                        "All reads and writes on appointments blocked; other tables fine.",
                        "Night-time bookings lost to retries; 03:00 reminder SMS batch delayed by 80 minutes.",
                        "Estimated €4,100 in missed bookings", new YesNo(false, ""), "Low", new YesNo(false, ""),
                        new YesNo(false, ""), new YesNo(false, ""), 18_400L, "",
                        words.blastRadius(37L, null, 1_260L)))
                .responders(List.of(
                        words.responder("Lena Vogel", "First Responder", "Data Platform", "TechOps",
                                Scribe.at(BERLIN, "2026-03-29 01:56")),
                        words.responder("Jonas Becker", "Incident Commander", "SRE", "TechOps",
                                Scribe.at(BERLIN, "2026-03-29 03:02")),
                        words.responder("Kwame Mensah", "Technical Lead", "Scheduling", "Software",
                                Scribe.at(BERLIN, "2026-03-29 03:04"))))
                .timeZone(BERLIN)
                .timeline(new Scribe(BERLIN, "Lena Vogel", "slack")
                        .note("2026-03-29 01:45", "Deploy pipeline starts migration 2026_03_add_reminder_channel in "
                                + "the maintenance window.")
                        .mark("2026-03-29 01:48", STARTED, "ALTER TABLE appointments asks for an exclusive lock and "
                                + "waits behind the nightly BI export; every later query on the table waits behind it.")
                        .mark("2026-03-29 01:53", DETECTED, "Alerts: booking-api p99 over 5 s; PgBouncer waiting "
                                + "clients over 200.")
                        .mark("2026-03-29 01:56", ACKNOWLEDGED, "Lena acknowledges and opens the database dashboard.")
                        .note("2026-03-29 01:59", "180 sessions waiting on a lock for relation appointments.")
                        .note("2026-03-29 03:01", "Clocks went forward at 02:00; entries from here are CEST.")
                        .handOver(BERLIN, "Jonas Becker")
                        .mark("2026-03-29 03:02", DECLARED, "Incident declared at second level; Jonas takes command.")
                        .mark("2026-03-29 03:06", ROOT_CAUSE_IDENTIFIED, "pg_locks: the migration waits on the BI "
                                + "export's share lock; bookings wait on the migration.")
                        .mark("2026-03-29 03:08", MITIGATION_STARTED, "Migration cancelled with pg_cancel_backend; "
                                + "pipeline paused.")
                        .mark("2026-03-29 03:09", PARTIALLY_RECOVERED, "Lock queue drains; bookings succeed except on "
                                + "two API pods with exhausted pools.")
                        .mark("2026-03-29 03:14", MITIGATED, "Two pods restarted; latency back to normal.")
                        .mark("2026-03-29 03:40", SOLUTION_READY, "Migration rewritten with lock_timeout of 3 s and "
                                + "retries; BI export pointed at the replica.")
                        .note("2026-03-29 04:05", "Migration re-run: took its lock on the second try in 40 ms.")
                        .mark("2026-03-29 04:20", RESOLVED, "Delayed reminder SMS batch finished sending.")
                        .mark("2026-03-31 11:00", CLOSED, "Follow-up work ticketed; incident closed.")
                        .timeline())
                .analysis(new Analysis(
                        "A migration waiting for an exclusive lock blocked all traffic to the appointments table for "
                                + "21 minutes, because it had no lock timeout and a long report query held the table.",
                        "Migration without lock_timeout queued behind a report and blocked bookings.",
                        "",
                        new RootCause("Lock queueing: a waiting exclusive lock blocks every later lock request.",
                                "ALTER TABLE needs an ACCESS EXCLUSIVE lock; it queued behind the BI export's "
                                        + "ACCESS SHARE lock, and PostgreSQL queues later requests behind it.",
                                "Our migration tool sets no lock_timeout; the BI export ran on the primary.",
                                "Staging has no long-running readers, so migrations there never wait."),
                        List.of(new Finding("BI export ran on the primary", null, null, null),
                                new Finding("Maintenance window overlaps the export", null, null, null)),
                        List.of(new Why("Why did bookings fail?", "Queries on appointments waited on a lock."),
                                new Why("Why was the lock held?", "The migration was queued for an exclusive lock."),
                                new Why("Why did it wait so long?", "A 50-minute report query held the table."),
                                new Why("Why did the migration not give up?", "No lock_timeout was set."),
                                new Why("Why none?", "The migration tool's default is to wait forever.")),
                        "Cancelled the migration; re-ran it with a lock timeout after moving the export.",
                        List.of("Cancel migration", "Restart pods with exhausted pools", "Re-run with lock_timeout"),
                        "p99 booking latency 14 s at peak, 180 ms after mitigation.",
                        List.of(new Finding("pg_locks query from the runbook found the blocker in minutes", null,
                                null, null)),
                        List.of(new Finding("Declaration waited an hour on the wall clock", "It was three minutes; "
                                + "the DST change made the chat log confusing.", "Slowed the timeline review", "Low")),
                        List.of(new Finding("Happened at night", null, "Few patients booking", null)),
                        List.of("Database lock runbook"), List.of("No guidance on migration lock timeouts"),
                        List.of(new Lesson(LessonKind.TECHNICAL, "Every migration sets a lock timeout",
                                        "An unbounded wait for a lock is an outage in waiting.",
                                        "Migration tool sets lock_timeout = 3s by default."),
                                new Lesson(LessonKind.PROCESS, "Know what runs in the window",
                                        "The export and the window overlapped for weeks.",
                                        "Maintenance calendar lists scheduled jobs.")),
                        "Lock timeouts by default; long readers on replicas only.",
                        List.of(new PreventionMeasure(MeasureKind.TECHNICAL, "Default lock_timeout in migrations",
                                        true),
                                new PreventionMeasure(MeasureKind.MONITORING, "Alert on lock waits over 30 s", false)),
                        "", List.of(), List.of("Detect and cancel blocked migrations automatically"), ""))
                .actionItems(List.of(
                        new ActionItem("AI-1", "Set lock_timeout and retry in the migration runner", null,
                                "Kwame Mensah", Priority.P0, LocalDate.of(2026, 4, 1), ActionStatus.DONE,
                                "https://tickets.example.com/DATA-341"),
                        new ActionItem("AI-2", "Run the BI export against the read replica", null, "Lena Vogel",
                                Priority.P1, LocalDate.of(2026, 4, 10), ActionStatus.IN_PROGRESS,
                                "https://tickets.example.com/DATA-342"),
                        new ActionItem("AI-3", "Alert on sessions waiting for a lock over 30 seconds", null,
                                "Lena Vogel", Priority.P1, LocalDate.of(2026, 4, 14), ActionStatus.OPEN,
                                "https://tickets.example.com/DATA-343")))
                .reviewers(List.of(
                        new Reviewer("Priya Raman", "Head of Infrastructure", ReviewState.LGTM,
                                LocalDate.of(2026, 4, 1)),
                        new Reviewer("Sofia Marino", "Scheduling lead", ReviewState.CHANGES_REQUESTED,
                                LocalDate.of(2026, 4, 1)),
                        new Reviewer("Oliver Grant", "VP Engineering", ReviewState.NOT_REVIEWED, null)))
                .communication(new Communication(
                        List.of(new Message(Scribe.at(BERLIN, "2026-03-29 03:05"), "Status page", true,
                                        "EU bookings are failing; we are investigating."),
                                new Message(Scribe.at(BERLIN, "2026-03-29 03:20"), "Status page", true,
                                        "Bookings are working again."),
                                new Message(Scribe.at(BERLIN, "2026-03-29 04:25"), "Slack #eng", false,
                                        "Delayed reminders sent; post-mortem to follow.")),
                        List.of("Slack #inc-appointments-lock", "Status page"), "Adequate for the hour.",
                        "", "First status update came 17 minutes after detection.",
                        List.of("Post to the status page before declaring, not after"), 2,
                        new YesNo(false, ""), new YesNo(false, ""), List.of()))
                .references(List.of(
                        new Link("Database dashboard", "https://grafana.example.com/d/pg-primary"),
                        new Link("Migration runner change",
                                "https://git.example.com/data/migrator/-/merge_requests/41")))
                .build();
    }
}
