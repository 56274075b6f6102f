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
}
