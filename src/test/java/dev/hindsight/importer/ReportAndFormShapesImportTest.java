package dev.hindsight.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * More shapes of the sixth set of unseen documents (imports/unseen-documents-6, docs/import.md): a report to a
 * regulator counting from "T+0 is …" with a wall-clock column beside the relative one, a relative timeline whose
 * zero point is stated mid-sentence, owners written as a Notion mention or before an arrow, a ticketing tool's
 * form with dot leaders.
 */
class ReportAndFormShapesImportTest {

    private final DocumentImporter importer = new DocumentImporter(Conventions.defaults());

    private PostMortem read(String document) {
        return importer.read(document.getBytes(StandardCharsets.UTF_8), null).record();
    }

    @Test
    void aReportCountingFromTPlusZeroReadsItsWallClockColumn() {
        PostMortem r = read("""
                # Card declines — incident report

                | | |
                |---|---|
                | **Classification** | Major |

                For this report, **T+0 is 14:20 BST on Thursday 2 July 2026**, when the incident was classified.

                ## Chronology

                | Relative time | Wall clock (BST) | Event |
                |---|---|---|
                | T−00:35 | 13:45 | First incorrect declines for the affected ranges. |
                | T−00:22 | 13:58 | An analyst raises an alert with the duty manager. |
                | T+02:45 | 17:05 | Service restored. |

                ## Remediation actions

                | Ref | Action | Accountable executive | Target date |
                |---|---|---|---|
                | RA-1 | Enforce dual approval in the load tool. | Head of Payments Operations | 30/09/2026 |
                """);
        assertThat(r.startedAt()).contains(Instant.parse("2026-07-02T12:45:00Z"));
        assertThat(r.detectedAt()).contains(Instant.parse("2026-07-02T12:58:00Z"));
        assertThat(r.resolvedAt()).contains(Instant.parse("2026-07-02T16:05:00Z"));
        assertThat(r.severity().label()).isEqualTo("Major");
        assertThat(r.actionItems()).singleElement().satisfies(a -> {
            assertThat(a.owner()).isEqualTo("Head of Payments Operations");
            assertThat(a.dueDate()).isEqualTo(LocalDate.of(2026, 9, 30));
        });
    }

    @Test
    void aZeroPointSetEqualMidSentencePlacesARelativeTimeline() {
        PostMortem r = read("""
                # Checkout build broke Safari

                Times are relative to **T0 = 2026-08-18T03:22Z**, the first failed purchase.

                ## Timeline

                | Offset | Event |
                |---|---|
                | T+0 (03:22) | Build live on all traffic. |
                | T+9m (03:31) | Alert: checkout success rate < 80%. |
                | T+1h48m (05:10) | Purchases back to normal. Incident resolved. |
                """);
        assertThat(r.timeline().events()).hasSize(3);
        assertThat(r.detectedAt()).contains(Instant.parse("2026-08-18T03:31:00Z"));
        assertThat(r.resolvedAt()).contains(Instant.parse("2026-08-18T05:10:00Z"));
    }

    @Test
    void ownersWrittenAsAMentionOrBeforeAnArrowOrDash() {
        PostMortem r = read("""
                # Stale flags

                ## Action items

                - [ ] Make contract tests blocking for deploys @Priya Nair Due: September 18, 2026
                - Gina → rewrite the certificate rotation runbook
                - Derek — make the rejection-file alert permanent
                - Android client: reject snapshots older than the current one
                """);
        assertThat(r.actionItems()).extracting(ActionItem::owner).containsExactly("Priya Nair", "Gina", "Derek", "");
        assertThat(r.actionItems().get(0).title()).isEqualTo("Make contract tests blocking for deploys");
        assertThat(r.actionItems().get(1).title()).isEqualTo("rewrite the certificate rotation runbook");
    }

    @Test
    void aFormsDotLeaderFieldsAreLabels() {
        PostMortem r = read("""
                Problem PRB0041233

                Short description .... Payslip portal shows the wrong month
                Priority ............. 2 - High
                Assigned to .......... Arjun Mehta
                Opened ............... 2026-02-17 08:14:55 GMT

                Problem statement

                The portal showed January's payslip as February's.
                """);
        assertThat(r.severity()).isNotNull();
        assertThat(r.severity().level()).isEqualTo(2);
    }

    @Test
    void aTableOfContentsWithDotLeadersIsNotAForm() {
        assertThat(dev.hindsight.importer.blocks.Blocks.markdown("# Review\n\nSummary ..... 3\n\nText.\n").blocks())
                .extracting(dev.hindsight.importer.blocks.Block::text).contains("Summary ..... 3");
        assertThat(dev.hindsight.importer.blocks.Blocks.markdown("# Form\n\nA ..... 1\nB ..... 2\nC ..... 3\n")
                .blocks()).extracting(dev.hindsight.importer.blocks.Block::text).contains("A: 1\nB: 2\nC: 3");
    }

    @Test
    void aFormsQuestionForRecommendationsHeadsTheActionItems() {
        PostMortem r = read("""
                # Exam platform outage

                ### What are any recommendations to prevent this incident from occurring again?

                1) Move the export job to its own host. (Owner: Infrastructure Services, target: 2026/05/15)
                2) Lower the capacity warning to 80%. (Owner: Infrastructure Services, target: end of May 2026)
                """);
        assertThat(r.actionItems()).hasSize(2);
        assertThat(r.actionItems().get(0).owner()).isEqualTo("Infrastructure Services");
        assertThat(r.actionItems().get(0).dueDate()).isEqualTo(LocalDate.of(2026, 5, 15));
    }

    /** The second review of these changes found each of these misread. */
    @Test
    void dotLeadersStayOnTheirLineAndOutOfCodeAndProse() {
        var blocks = dev.hindsight.importer.blocks.Blocks.markdown("""
                # Boot log

                Checking replicas
                ... ok
                Checking disks
                ... ok
                Checking queues
                ... ok

                ```
                loading modules ... done
                loading drivers ... done
                loading config ... done
                ```

                We waited ... and waited ... and then it came back.
                """).blocks();
        assertThat(blocks).extracting(dev.hindsight.importer.blocks.Block::text)
                .contains("Checking replicas\n... ok\nChecking disks\n... ok\nChecking queues\n... ok")
                .anySatisfy(t -> assertThat(t).contains("loading modules ... done"));
    }

    @Test
    void anAreaBeforeADashOrAMentionAfterWithIsNoOwner() {
        PostMortem r = read("""
                # Shard map

                ## Action items

                - Database — migrate the shard map
                - Review → update the runbook
                - Sync the rollout plan with @Priya Nair
                - Platform Team → add a canary stage
                """);
        assertThat(r.actionItems()).extracting(ActionItem::owner).containsExactly("", "", "", "Platform Team");
        assertThat(r.actionItems().get(2).title()).isEqualTo("Sync the rollout plan with @Priya Nair");
        assertThat(r.actionItems().get(3).team()).isEqualTo("Platform Team");
    }

    @Test
    void aDataClassificationIsNoSeverityAndAFixedErrorNoStart() {
        PostMortem r = read("""
                # Export delayed, 3 Mar 2026 (UTC)

                Data classification: Confidential

                ## Timeline

                - 10:00 export job starts late
                - 10:20 alert fires
                - 10:50 first error-free run of the export
                - 11:00 resolved
                """);
        assertThat(r.severity()).isNull();
        assertThat(r.startedAt()).isEmpty();
    }

    @Test
    void aZoneAbbreviationIsOneOnlyInCapitals() {
        assertThat(dev.hindsight.importer.read.Times.zone("state of the art tooling")).isEmpty();
        assertThat(dev.hindsight.importer.read.Times.zone("we eat lunch at noon")).isEmpty();
        assertThat(dev.hindsight.importer.read.Times.zone("10:00 ART")).isPresent();
    }

    @Test
    void markdownQuotingReStructuredTextOrOpeningWithShortcodesIsNotReStructuredText() {
        PostMortem fenced = read("""
                Docs build broke
                ================

                The build failed on this snippet:

                ```
                .. code-block:: python
                .. _x:
                ```

                Summary
                -------

                The docs build failed for an hour.
                """);
        assertThat(fenced.analysis().summary()).contains("The docs build failed for an hour.");
        PostMortem emoji = read("""
                ---
                status: draft
                ---

                Payments outage
                ===============

                :warning: Payments failed for 20 minutes.
                :bulb: The retry queue saved most of them.
                """);
        assertThat(String.valueOf(emoji.analysis().summary()) + emoji.extraSections())
                .contains(":warning: Payments failed");
    }

    @Test
    void aChatWrapUpsFollowUpsAreItsActionItems() {
        PostMortem r = read("""
                :white_check_mark: wrap-up for yesterday's widget blank-out, Tue 9 June 2026: from 06:10 to 06:55 HKT \
                the weather tile showed nothing. Follow-ups: @kwan is adding an expiry alert for the provider key by \
                Fri 12 June, and @maya.leung will write the key-rotation steps into the runbook. Replies welcome.
                """);
        assertThat(r.actionItems()).extracting(ActionItem::owner).containsExactly("@kwan", "@maya.leung");
        assertThat(r.actionItems().get(0).title()).isEqualTo("Adding an expiry alert for the provider key");
        assertThat(r.actionItems().get(0).dueDate()).isEqualTo(LocalDate.of(2026, 6, 12));
        assertThat(r.actionItems().get(1).title()).isEqualTo("Write the key-rotation steps into the runbook");
    }

    @Test
    void followUpsThatAreNotEachSomeoneDoingSomethingAreNoItems() {
        PostMortem r = read("""
                # Widget blank

                The tile showed nothing for 45 minutes. Follow-ups: more monitoring, and a runbook page.
                """);
        assertThat(r.actionItems()).isEmpty();
        for (String update : java.util.List.of("Next steps: Kafka will be upgraded next quarter, and Redis is being "
                + "replaced.", "Follow-ups: Monitoring is improving, and Support will reach out to the customers.",
                "Follow-ups: Alice is on leave until Monday, and Bob is out sick.")) {
            assertThat(read("# Widget blank\n\nThe tile showed nothing. " + update + "\n").actionItems())
                    .as(update).isEmpty();
        }
    }

    @Test
    void aProblemRecordsTasksLinedUpWithSpacesAreItsActionItemsAndEmptyNamesNoOne() {
        PostMortem r = read("""
                Problem PRB0007710
                ==================
                Short description .... Night batch posted refunds twice
                Priority ............. 2 - High
                State ................ Fix in Progress

                Root cause
                ----------
                The refund job retried a batch whose first run had already committed.

                Problem tasks
                -------------
                Number        Short description                           Assigned to      Due date
                PTASK00311    Make the refund job idempotent per batch    Oskar Lind       2026-06-12
                              and log the batch key it commits
                PTASK00312    Alert when one batch posts twice            (empty)          (empty)
                """);
        assertThat(r.actionItems()).extracting(a -> a.title() + " | " + a.owner() + " | " + a.dueDate())
                .containsExactly("Make the refund job idempotent per batch and log the batch key it commits | Oskar "
                        + "Lind | 2026-06-12", "Alert when one batch posts twice |  | null");
    }
}
