package dev.hindsight.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes the fourth set of unseen documents brought (imports/unseen-documents-4, docs/import.md): an incident
 * tool's "Key moments" table, a timeline counted from "T+0", a reStructuredText report, a form with dot leaders, a
 * one-screen write-up dated only in its byline, a runbook log under a title that starts with a section's words.
 */
class ToolExportShapesImportTest {

    private final DocumentImporter importer = new DocumentImporter(Conventions.defaults());

    private PostMortem read(String document) {
        return importer.read(document.getBytes(StandardCharsets.UTF_8), null).record();
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void aKeyMomentsTableNamesEachMilestoneInItsOwnColumn() {
        PostMortem r = read("""
                # INC-482: Search results stale for new listings

                ## Summary

                From 13:40 BST on 6 May 2026, new listings stopped appearing in search.

                ## Key moments

                | Moment | Time (BST) | Note |
                |---|---|---|
                | Impact started | 6 May 2026 13:40 | Consumers stop committing offsets. |
                | Reported | 6 May 2026 14:02 | Josh relays a seller's complaint. |
                | Mitigated | 6 May 2026 14:51 | Batch size reverted. |
                | Resolved | 6 May 2026 15:55 | Lag back to zero. |
                | Customer call | 6 May 2026 16:30 | Account team briefs the seller. |

                ## Updates posted during the incident

                **14:10 BST – Investigating** · Priya Raman
                Checking the indexer now.
                """);

        assertThat(r.startedAt()).contains(at("2026-05-06T12:40:00Z"));
        assertThat(r.detectedAt()).contains(at("2026-05-06T13:02:00Z"));
        assertThat(r.resolvedAt()).contains(at("2026-05-06T14:55:00Z"));
        // The summary's "From 13:40 BST on 6 May 2026" states the day the updates' bare times are on.
        assertThat(r.timeline().events()).extracting(TimelineEvent::at).contains(at("2026-05-06T13:10:00Z"));
        // A moment that names no milestone is kept beside the entry, as any other column is.
        assertThat(r.timeline().events()).filteredOn(e -> e.at().equals(at("2026-05-06T15:30:00Z")))
                .singleElement().satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(EventKind.NOTE);
                    assertThat(e.details()).containsExactly("Moment: Customer call");
                });
    }

    @Test
    void aTimelineCountedFromAnAnchoredTPlusZeroIsPlacedFromIt() {
        PostMortem r = read("""
                # Thumbnail workers OOM-looping

                > **Anchor:** T+0 = 2026-02-17 22:48 UTC (first worker killed).

                ## Timeline

                | Relative | Event |
                |---|---|
                | T\u22123h05m | Dependency batch deployed. |
                | T+0 | First OOM kill. |
                | T+9m | Restart-rate alert pages the on-call. |
                | T+1h52m | Memory flat across all pods. Incident resolved. |
                """);

        assertThat(r.timeline().events()).extracting(TimelineEvent::at).containsExactly(at("2026-02-17T19:43:00Z"),
                at("2026-02-17T22:48:00Z"), at("2026-02-17T22:57:00Z"), at("2026-02-18T00:40:00Z"));
        assertThat(r.startedAt()).contains(at("2026-02-17T22:48:00Z"));
        assertThat(r.detectedAt()).contains(at("2026-02-17T22:57:00Z"));
    }

    @Test
    void aRestructuredTextReportGivesItsFieldsAndItsWrappedEntriesWhole() {
        PostMortem r = read("""
                =====================================================
                Post-mortem: Nightly billing run charged cards twice
                =====================================================

                :Severity: Severity 1
                :Impact start: 02:41 CET (first duplicate charge)

                Timeline
                ========

                All times CET on 3 November 2026.

                02:00
                    Billing run starts on schedule.
                04:12
                    Billing run completes. Summary report shows 104.6% of expected
                    revenue; nobody reviews it until morning.
                11:50
                    All duplicates voided or refunded; idempotency check re-enabled
                    and verified. Resolved.
                """);

        assertThat(r.startedAt()).contains(at("2026-11-03T01:41:00Z"));
        assertThat(r.resolvedAt()).contains(at("2026-11-03T10:50:00Z"));
        assertThat(r.timeline().events()).filteredOn(e -> e.at().equals(at("2026-11-03T03:12:00Z"))).singleElement()
                .satisfies(e -> {
                    assertThat(e.text()).isEqualTo("Billing run completes. Summary report shows 104.6% of expected "
                            + "revenue; nobody reviews it until morning.");
                    assertThat(e.details()).isEmpty();
                });
    }

    @Test
    void aFormWithDotLeadersGivesItsLabelsAndTheDayItsTimelineIsOn() {
        PostMortem r = read("""
                THIRD-PARTY OUTAGE RECORD
                -------------------------
                Severity ......... Sev 2
                All times ........ UTC

                IMPACT WINDOW
                  Start .......... 2026-12-01 16:22  (first failed OTP SMS)
                  Resolved ....... 2026-12-01 18:12  (success rate back above 98%)

                TIMELINE
                  16:29  Alert pages identity on-call (Nadia Farouk).
                  18:40  Banner removed.
                """);

        assertThat(r.severity().label()).isEqualTo("Sev 2");
        assertThat(r.startedAt()).contains(at("2026-12-01T16:22:00Z"));
        assertThat(r.detectedAt()).contains(at("2026-12-01T16:29:00Z"));
        assertThat(r.timeline().events()).extracting(TimelineEvent::at).contains(at("2026-12-01T18:40:00Z"));
    }

    @Test
    void aShortWriteUpDatedOnlyInItsBylineIsOnThatDayAndItsLabelledListsAreSections() {
        PostMortem r = read("""
                ## Mini post-mortem: loghost-03 disk full

                `S4` · 2026-04-02 · UTC · written by Marco Bellini

                **What:** loghost-03 filled its data disk.

                **Minute by minute (UTC):**
                - 04:10 disk 100%, ingest errors begin
                - 04:55 page to infra on-call (Ines Kowalczyk)
                - 05:20 old indices deleted, ingestion resumed

                **Do next:**
                - rotate indices hourly (@infra, Apr 10)
                """);

        assertThat(r.detectedAt()).contains(at("2026-04-02T04:55:00Z"));
        assertThat(r.timeline().events()).hasSize(3);
        assertThat(r.actionItems()).singleElement().satisfies(a -> assertThat(a.owner()).isEqualTo("@infra"));
    }

    @Test
    void aDatedSentenceInPassingIsNoBylineAndGivesNoDay() {
        PostMortem r = read("""
                # Postmortem

                A similar problem was fixed in the release of 2024-11-05, which we thought covered this.

                ## Timeline

                - 14:02 deploy of build 88
                """);

        assertThat(r.timeline().events()).isEmpty();
    }

    @Test
    void aTitleStartingWithASectionsWordsIsTheTitleAndItsHeaderSectionIsMetadata() {
        PostMortem r = read("""
                # Response log and review: reporting replica lag (RB-DB-07)

                Priority: P2
                Date: Monday 14 September 2026, times in UTC

                ## Incident header

                - **Began:** 13:20 UTC, when replica lag started climbing past 60 seconds.
                - **Noticed:** 13:48 UTC, when Chloe asked in #data-help.
                - **Resolved:** 15:10 UTC, replica lag below 5 seconds.

                ## Root cause

                A vacuum tuning change stalled replay.
                """);

        assertThat(r.title()).isEqualTo("Response log and review: reporting replica lag (RB-DB-07)");
        assertThat(r.severity().label()).isEqualTo("P2");
        assertThat(r.startedAt()).contains(at("2026-09-14T13:20:00Z"));
        assertThat(r.detectedAt()).contains(at("2026-09-14T13:48:00Z"));
        assertThat(r.resolvedAt()).contains(at("2026-09-14T15:10:00Z"));
    }

    @Test
    void numberedHeadingsGiveTheSeverityUnderItsOwnHeadingAndTheDayOfTheFirstSection() {
        PostMortem r = read("""
                **Postmortem: Mobile API unreachable after DNS record change**

                Owner: Alba Ruiz · Last edited 11 Jun 2026 · Status: Final

                All times are Pacific Daylight Time (PDT, UTC−07:00).

                # 1. Summary

                ## 1.1 What happened

                On Tuesday 9 June 2026, from 10:15 to 12:03 PDT, most app requests failed.

                ## 1.2 Severity

                P1. Declared P2 at 10:31 and raised to P1 at 10:44.

                # 2. Timeline

                - 10:24 — Availability alert fires and pages the edge on-call.
                """);

        assertThat(r.severity().label()).isEqualTo("P1");
        // The day the document was last edited is not the incident's.
        assertThat(r.detectedAt()).contains(at("2026-06-09T17:24:00Z"));
    }

    @Test
    void boldLabelsHeadTheirPartsAndNumberedActionsAreActionItemsWithTheirOwnOwners() {
        PostMortem r = read("""
                # Stale feature flags served to EU clients

                **Severity:** S2

                **Contributing factors:**

                - Invalidation parse failures are not counted as errors.

                **What went well:** Support escalated within minutes of the ticket arriving.

                **Action 1:** Add an invalidation round-trip test with non-ASCII segment names.
                **Owner:** Lukas Meier
                **Due:** 2026-08-21

                **Action 2:** Run a game day on EU edge invalidation.
                **Owner:** Sofia Lindqvist
                **Due:** 2026-09-09
                """);

        assertThat(r.analysis().wentWell()).singleElement().satisfies(f -> assertThat(f.title()).startsWith("Support"));
        assertThat(r.actionItems()).extracting(a -> a.owner()).containsExactly("Lukas Meier", "Sofia Lindqvist");
        // The last item's "Owner:" is the item's, not a closing fact sheet naming the document's owner.
        assertThat(r.owner()).isNullOrEmpty();
    }

    @Test
    void anAlertThatIsAlsoAcknowledgedIsWhenTheIncidentWasDetected() {
        PostMortem r = read("""
                # Admission webhook

                ## Timeline

                All times UTC on 12 March 2026.

                - 14:14 Webhook pods rescheduled to the general pool.
                - 14:21 Secret-scanning alert received by AppSec. Shreya acknowledges.
                - 14:30 Sam acknowledges the follow-up page.
                """);

        assertThat(r.detectedAt()).contains(at("2026-03-12T14:21:00Z"));
        assertThat(r.timeline().events()).extracting(TimelineEvent::kind).containsExactly(EventKind.NOTE,
                EventKind.DETECTED, EventKind.ACKNOWLEDGED);
    }

    @Test
    void aTimelinePastedAsCommaSeparatedValuesIsReadByItsHeadersColumns() {
        PostMortem r = read("""
                # Invoice PDFs stuck in the render queue

                ## Timeline

                Timestamps are UTC.

                ```csv
                timestamp_utc,source,who,event
                2026-08-12 13:52:40,render-worker,-,"first ENOSPC errors in worker logs; jobs re-queued"
                2026-08-12 14:03:10,alertmanager,-,"RenderQueueDepthHigh fired (depth 1240, threshold 500)"
                2026-08-12 14:05:31,slack,Rhea Tan,"acked, looking at worker logs"
                2026-08-12 15:30:12,statuspage,Jonah Pike,"resolved"
                ```
                """);

        assertThat(r.timeline().events()).extracting(TimelineEvent::at, TimelineEvent::text, TimelineEvent::author)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(at("2026-08-12T13:52:40Z"),
                                "first ENOSPC errors in worker logs; jobs re-queued", null),
                        org.assertj.core.groups.Tuple.tuple(at("2026-08-12T14:03:10Z"),
                                "RenderQueueDepthHigh fired (depth 1240, threshold 500)", null),
                        org.assertj.core.groups.Tuple.tuple(at("2026-08-12T14:05:31Z"),
                                "acked, looking at worker logs", "Rhea Tan"),
                        org.assertj.core.groups.Tuple.tuple(at("2026-08-12T15:30:12Z"), "resolved", "Jonah Pike"));
        assertThat(r.timeline().events().get(0).details()).containsExactly("source: render-worker");
        assertThat(r.startedAt()).hasValue(at("2026-08-12T13:52:40Z"));
        assertThat(r.detectedAt()).hasValue(at("2026-08-12T14:03:10Z"));
    }

    @Test
    void aSummarySentenceSayingHowItWasFoundOutIsTheDetectionInTheZoneOfTheStart() {
        PostMortem r = read("""
                ## Gift card balance lookups failing (March 2026)

                On Tuesday, March 3rd, 2026, from about 10:20 to 11:05 Mountain time, balance lookups failed at every
                register. A store manager called the help line at 10:35, which is how we found out.
                """);

        assertThat(r.startedAt()).hasValue(at("2026-03-03T17:20:00Z"));
        assertThat(r.detectedAt()).hasValue(at("2026-03-03T17:35:00Z"));
    }

    @Test
    void aProviderThatStartsHoldingMessagesIsTheStart() {
        PostMortem r = read("""
                # Reservation SMS delays, 23 June 2026

                ## Timeline (UTC)

                - **18:02** – Primary SMS provider starts holding messages. Our send-error rate stays at 0%.
                - **18:26** – Alert fired for delivery receipts.
                - **19:24** – Resolved.
                """);

        assertThat(r.startedAt()).hasValue(at("2026-06-23T18:02:00Z"));
    }
}
