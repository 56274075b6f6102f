package dev.hindsight.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Shapes the sixth set of unseen documents brought (imports/unseen-documents-6, docs/import.md): an Emacs org-mode
 * review, a short note whose only timeline is a list under its title, chat shortcodes before a timeline entry's
 * words, an owner in brackets before the item's full stop.
 */
class OrgAndShortNoteShapesImportTest {

    private final DocumentImporter importer = new DocumentImporter(Conventions.defaults());

    private Imported imported(String document) {
        return importer.read(document.getBytes(StandardCharsets.UTF_8), null);
    }

    private PostMortem read(String document) {
        return imported(document).record();
    }

    private static final String ORG = """
            #+TITLE: Search index rebuild overran the maintenance window
            #+AUTHOR: Halima Yusuf
            #+DATE: <2026-05-14 Thu>
            #+STARTUP: overview

            * Summary
            The weekly rebuild ran past its window. All times UTC.

            * Timeline
            - [2026-05-13 Wed 22:00] Rebuild starts on schedule.
            - [2026-05-13 Wed 23:40] Search errors start climbing; error rate alert fires.
            - [2026-05-14 Thu 01:05] Rebuild finished and search recovered.

            * Action items
            ** TODO [#A] Split the rebuild into per-shard steps                :search:
               DEADLINE: <2026-06-01 Mon>
               :PROPERTIES:
               :OWNER:    Halima Yusuf
               :END:
            ** DONE Move the rebuild to 21:00
               CLOSED: [2026-05-14 Thu 09:12]
            * Notes
            The rebuild's =max_parallel= setting was left at ~2~.
            """;

    @Test
    void anOrgModeReviewGivesItsTitleSectionsAndTimeline() {
        PostMortem r = read(ORG);
        assertThat(r.title()).isEqualTo("Search index rebuild overran the maintenance window");
        assertThat(r.timeline().events()).extracting(TimelineEvent::at).containsExactly(
                Instant.parse("2026-05-13T22:00:00Z"), Instant.parse("2026-05-13T23:40:00Z"),
                Instant.parse("2026-05-14T01:05:00Z"));
        assertThat(r.timeline().events()).extracting(TimelineEvent::kind).contains(EventKind.DETECTED, EventKind.RESOLVED);
        assertThat(r.analysis().summary()).startsWith("The weekly rebuild ran past its window.");
    }

    @Test
    void anOrgTodoHeadingIsAnActionItemWithItsDeadlineOwnerAndPriority() {
        PostMortem r = read(ORG);
        assertThat(r.actionItems()).hasSize(2);
        ActionItem first = r.actionItems().get(0);
        assertThat(first.title()).isEqualTo("Split the rebuild into per-shard steps");
        assertThat(first.owner()).isEqualTo("Halima Yusuf");
        assertThat(first.dueDate()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(first.priorityLabel()).isEqualTo("P1");
        assertThat(r.actionItems().get(1).title()).isEqualTo("Move the rebuild to 21:00");
        assertThat(r.actionItems().get(1).status()).isEqualTo(ActionStatus.DONE);
    }

    @Test
    void anOrgDocumentsSettingsAndDrawerMarksAreSkippedWithTheirReason() {
        Imported i = imported(ORG);
        assertThat(i.report().lines()).filteredOn(l -> l.use().equals("skipped")).extracting(l -> l.line() + " " + l.to())
                .contains("4 org-mode setting", "19 org-mode drawer mark",
                        "21 org-mode planning line (scheduled or closed)");
        assertThat(i.record().extraSections()).anySatisfy(e -> assertThat(e.body())
                .isEqualTo("The rebuild's max_parallel setting was left at 2."));
    }

    @Test
    void aMarkdownDocumentWithStarBulletsIsNotReadAsOrg() {
        PostMortem r = read("""
                # Checkout slow

                * Summary of what we saw
                * Who was paged

                ## Timeline

                - 2026-05-13 10:00 UTC: latency alert fires
                """);
        assertThat(r.analysis().summary()).contains("Summary of what we saw");
    }

    @Test
    void aTimedListUnderTheTitleIsTheTimelineWhenNoSectionIs() {
        PostMortem r = read("""
                # Invoice job ran twice, Tue 4 Aug 2026 (UTC)

                Two scheduler hosts both ran the invoice job, so 212 customers got two invoices.

                - 1:00 AM — both hosts start the job
                - 7:45 AM — Rosa in Finance spots duplicate invoice numbers and posts in #billing
                - 9:30 AM — duplicates voided, apology email sent

                Follow-up: give the invoice job a lease so only one host can run it (Ben).
                """);
        assertThat(r.timeline().events()).hasSize(3);
        assertThat(r.detectedAt()).contains(Instant.parse("2026-08-04T07:45:00Z"));
        assertThat(r.analysis().summary()).doesNotContain("7:45");
        assertThat(r.actionItems()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("give the invoice job a lease so only one host can run it.");
            assertThat(a.owner()).isEqualTo("Ben");
        });
    }

    @Test
    void aTimedListInTheSummaryStaysTextWhenTheDocumentHasATimeline() {
        PostMortem r = read("""
                # Invoice job ran twice, 4 Aug 2026 (UTC)

                ## Summary

                - 1:00 AM — both hosts start the job
                - 7:45 AM — Rosa spots duplicate invoices
                - 9:30 AM — duplicates voided

                ## Timeline

                - 1:00 AM — job starts on both hosts
                """);
        assertThat(r.timeline().events()).hasSize(1);
        assertThat(r.analysis().summary()).contains("Rosa spots duplicate invoices");
    }

    @Test
    void aShortcodeBeforeAnEntrysWordsIsDecoration() {
        PostMortem r = read("""
                # Webhooks doubled, 9 Sep 2026

                ## Timeline

                - 14:02 — :bell: alert `events_per_settlement > 1.2` fires in #payments-alerts
                - 14:30 — :white_check_mark: duplicates stopped
                """);
        assertThat(r.timeline().events()).extracting(TimelineEvent::text).containsExactly(
                "alert events_per_settlement > 1.2 fires in #payments-alerts", "duplicates stopped");
    }

    /** The first review of these changes found each of these misread. */
    @Test
    void anOrgCommentOrALoneShortcodeLineOpensNothing() {
        PostMortem r = read("""
                #+TITLE: Pager storm 2026-10-01
                * Summary
                :smile:
                Pages fired for an hour.
                * Timeline
                - [2026-10-01 Thu 17:40] alert fires
                # TODO: check the pager log for the exact time
                - [2026-10-01 Thu 17:45] Ana acknowledges
                - [2026-10-01 Thu 18:20] resolved
                * Action items
                ** TODO Rate-limit the pager
                """);
        assertThat(r.timeline().events()).hasSize(3);
        assertThat(r.actionItems()).extracting(ActionItem::title).containsExactly("Rate-limit the pager");
    }

    @Test
    void aMarkdownReviewQuotingAnOrgKeywordInAFenceIsNotOrg() {
        PostMortem r = read("""
                # Fixture parser crashed

                * The parser read the fixture below
                * and crashed

                ```
                #+TITLE: my notes
                ```

                ## Action items

                - [ ] Add a fixture with a keyword line
                """);
        assertThat(r.actionItems()).extracting(ActionItem::title).containsExactly("Add a fixture with a keyword line");
    }

    @Test
    void anItemNamingWorkListedAboveIsAnItem() {
        PostMortem r = read("""
                # Alerts missed

                ## Action items

                - Fix the three alerts listed above
                - See above
                """);
        assertThat(r.actionItems()).extracting(ActionItem::title).containsExactly("Fix the three alerts listed above");
    }

    @Test
    void keyTimesInTheSummaryAreNotASecondTimelineBesideWhatHappened() {
        PostMortem r = read("""
                # Queue stalled, 3 Mar 2026 (UTC)

                ## Summary

                - 10:00 queue stalls
                - 10:10 alert fires
                - 11:00 resolved

                ## What happened

                - 10:00 the queue stalls after the deploy
                - 10:10 the lag alert fires
                - 10:40 the deploy is rolled back
                - 11:00 resolved
                """);
        assertThat(r.timeline().events()).hasSize(4);
    }

    @Test
    void aListOfDatesForTheFixesIsNoTimeline() {
        PostMortem r = read("""
                # Queue stalled, 3 Mar 2026 (UTC)

                The queue stalled for an hour.

                - 2026-03-16: lag alert tuned (Ana)
                - 2026-03-20: deploy gate added (Ben)
                - 2026-03-31: runbook updated (Ana)
                """);
        assertThat(r.timeline().events()).isEmpty();
    }

    @Test
    void anEntryOfOnlyAShortcodeKeepsIt() {
        PostMortem r = read("""
                # Webhooks doubled, 9 Sep 2026

                ## Timeline

                - 14:02 — alert fires
                - 14:30 :ok:
                """);
        assertThat(r.timeline().events()).extracting(TimelineEvent::text).contains(":ok:");
    }
}
