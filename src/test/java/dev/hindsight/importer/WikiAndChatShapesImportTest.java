package dev.hindsight.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.timeline.TimelineEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Shapes the fifth set of unseen documents brought (imports/unseen-documents-5, docs/import.md): a Jira issue in
 * its wiki markup, an AsciiDoc review saved as text, a Slack canvas with emoji shortcodes before its section names,
 * times in zones the importer did not know and "2:14 PM Central".
 */
class WikiAndChatShapesImportTest {

    private final DocumentImporter importer = new DocumentImporter(Conventions.defaults());

    private PostMortem read(String document) {
        return importer.read(document.getBytes(StandardCharsets.UTF_8), null).record();
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void aJiraIssueInWikiMarkupGivesItsSectionsTablesAndDates() {
        PostMortem r = read("""
                [OPS-77] Parcel scanner uploads rejected at the Leeds depot
                Created: 14/Apr/26 10:03  Updated: 20/Apr/26 09:00

                Severity:             S3

                h2. Summary

                Scanners at Leeds could not upload parcel scans for 50 minutes on 14 April 2026.

                h2. Timeline (BST)

                ||Time||Event||
                |08:10|Upload service starts rejecting scans with a certificate error.|
                |08:21|Depot supervisor reports the scanners are failing to the service desk.|
                |09:00|New certificate deployed; uploads resume. Incident resolved.|

                h2. Discussion

                {quote}that one was me, I skipped the expiry check{quote}

                h2. Follow-up actions

                ||Key||Action||Assignee||Due||
                |OPS-80|Alert thirty days before a certificate expires|Nadia Brook|30/Apr/26|
                |OPS-81|Document the certificate [renewal steps|https://wiki.example/renew]|Unassigned| |
                """);

        assertThat(r.title()).isEqualTo("[OPS-77] Parcel scanner uploads rejected at the Leeds depot");
        assertThat(r.analysis().summary()).startsWith("Scanners at Leeds could not upload");
        assertThat(r.timeline().events()).extracting(TimelineEvent::at).containsExactly(
                at("2026-04-14T07:10:00Z"), at("2026-04-14T07:21:00Z"), at("2026-04-14T08:00:00Z"));
        assertThat(r.startedAt()).contains(at("2026-04-14T07:10:00Z"));
        assertThat(r.resolvedAt()).contains(at("2026-04-14T08:00:00Z"));
        assertThat(r.actionItems()).extracting(ActionItem::owner).containsExactly("Nadia Brook", "");
        assertThat(r.actionItems()).extracting(ActionItem::dueDate).containsExactly(LocalDate.of(2026, 4, 30), null);
        // The bar inside the link's brackets is the link's, not a cell's end.
        assertThat(r.actionItems().get(1).title()).contains("renewal steps");
    }

    @Test
    void anAsciiDocReviewGivesItsHeadingsLabelledListAndTables() {
        PostMortem r = read("""
                = Post-incident review: nightly export stalled
                :revdate: 2026-03-12

                [horizontal]
                Severity:: Minor
                Date:: 10 March 2026
                Time zone:: CET

                == Summary

                The nightly export stalled for two hours.

                == Timeline

                [cols="1,4"]
                |===
                |Time (CET) |Event

                |01:10
                |Export job starts and waits on a lock
                held by the vacuum job.

                |01:40
                |Lag alert fires on the export dashboard.

                |03:05
                |Lock released; export completes. Incident resolved.
                |===

                == Action items

                * Give the export job a lock timeout (owner: Emil Sand, due 2026-03-31)
                """);

        assertThat(r.title()).isEqualTo("Post-incident review: nightly export stalled");
        assertThat(r.severity().label()).isEqualTo("Minor");
        assertThat(r.analysis().summary()).isEqualTo("The nightly export stalled for two hours.");
        assertThat(r.timeline().events()).extracting(TimelineEvent::at).containsExactly(
                at("2026-03-10T00:10:00Z"), at("2026-03-10T00:40:00Z"), at("2026-03-10T02:05:00Z"));
        // A cell's second line goes on with it.
        assertThat(r.timeline().events().get(0).text()).contains("held by the vacuum job");
        assertThat(r.detectedAt()).contains(at("2026-03-10T00:40:00Z"));
        assertThat(r.actionItems()).singleElement().satisfies(a -> assertThat(a.owner()).isEqualTo("Emil Sand"));
    }

    @Test
    void aChatCanvasWithShortcodesBeforeItsSectionNamesIsReadBySection() {
        PostMortem r = read("""
                :rotating_light: **INC-12 · Receipts e-mailed twice**

                :bookmark_tabs: **At a glance**

                • Sev: P3
                • Times: Singapore (SGT, UTC+8), Tue 3 Mar 2026

                :clock3: **What happened when** (SGT)

                • 10:05 — mailer restarted with an empty sent-log
                • 10:20 — alert `duplicate_receipts > 0` fires
                • 11:00 — sent-log restored → resolved

                :warning: **What was hard**

                • The sent-log had no backup.
                """);

        assertThat(r.timeline().events()).extracting(TimelineEvent::at).containsExactly(
                at("2026-03-03T02:05:00Z"), at("2026-03-03T02:20:00Z"), at("2026-03-03T03:00:00Z"));
        assertThat(r.resolvedAt()).contains(at("2026-03-03T03:00:00Z"));
        assertThat(r.analysis().wentWrong()).extracting(f -> f.title()).containsExactly("The sent-log had no backup.");
    }

    @Test
    void aUsZoneWordAfterAClockTimeIsThatZoneButCentralEuropeanTimeIsNot() {
        PostMortem us = read("""
                # Check deposits delayed

                ## Timeline

                - Jun 11, 2026 2:14 PM Central — deposit queue stops draining
                - Jun 11, 2026 4:38 PM Central — queue drained, resolved
                """);
        PostMortem europe = read("""
                # Fare table incomplete

                **Times:** Central European Time (CET, UTC+01:00)

                ## Timeline

                - 2026-01-23 22:50 — batch job started at the Centralen depot
                """);

        assertThat(us.timeline().events()).extracting(TimelineEvent::at).containsExactly(
                at("2026-06-11T19:14:00Z"), at("2026-06-11T21:38:00Z"));
        assertThat(europe.timeline().events()).extracting(TimelineEvent::at)
                .containsExactly(at("2026-01-23T21:50:00Z"));
        // After a 24-hour time with no AM or PM, "Central" and "Mountain" are the entry's words, not its zone.
        PostMortem words = read("""
                # Queue backlog

                Date: 2026-11-20. All times UTC.

                ## Timeline

                - 14:02 Central queue backed up
                - 14:31 Mountain View office reported errors
                """);
        assertThat(words.timeline().events()).extracting(TimelineEvent::at, TimelineEvent::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(at("2026-11-20T14:02:00Z"), "Central queue backed up"),
                org.assertj.core.groups.Tuple.tuple(at("2026-11-20T14:31:00Z"), "Mountain View office reported errors"));
    }

    @Test
    void followUpsAloneOverTheirBulletsInAChatWrapUpAreTheActionItemsAndNoDateYetIsNoDueDate() {
        PostMortem r = read("""
                Channel: #inc-0409-tax-zero
                Exported: Friday, April 10th, 2026 by Odile Fournier

                ==============================================================
                WRAP-UP (written by Odile after the channel was closed)
                ==============================================================

                From 9:52 AM to 11:37 AM on Thursday, April 9th, checkout charged no sales tax.

                Follow-ups:
                  • Pin the tax SDK to 4.x with a contract test (Odile, by April 17th)
                  • Make the tax client treat a zero rate as an error (Ravi)
                  • Decide whether to collect the missing tax (Finance, no date yet)

                ==============================================================
                CHANNEL HISTORY
                ==============================================================

                ----- Thursday, April 9th -----

                PagerDuty  APP  10:14 AM
                    Triggered: [checkout] zero-tax ratio above 5% for 10m

                Odile Fournier  10:20 AM
                    looking now
                """);

        assertThat(r.actionItems()).extracting(ActionItem::title, ActionItem::owner, ActionItem::dueDate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Pin the tax SDK to 4.x with a contract test", "Odile",
                                LocalDate.of(2026, 4, 17)),
                        org.assertj.core.groups.Tuple.tuple("Make the tax client treat a zero rate as an error", "Ravi",
                                null),
                        org.assertj.core.groups.Tuple.tuple("Decide whether to collect the missing tax", "Finance",
                                null));
        assertThat(r.actionItems().get(2).description()).contains("no date yet");
    }
}
