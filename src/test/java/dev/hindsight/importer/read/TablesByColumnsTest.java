package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.actions.ActionStatus;
import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Blocks;
import dev.hindsight.incident.Impact;
import dev.hindsight.metrics.Metric;
import dev.hindsight.metrics.ReportedTime;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.Reviewer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables read by their columns' header words (importer/columns.json), whatever order the columns come in. */
class TablesByColumnsTest {

    private static List<Block> blocks(String markdown) {
        return Blocks.markdown(markdown).blocks();
    }

    @Test
    void aReviewersTableIsReadByItsColumnsAndItsStateWords() {
        var log = new ImportLog();
        var reviewers = ReviewersReader.read(blocks("""
                | Date | Name | State (Not Reviewed/LGTM) |
                | --- | --- | --- |
                | 2026-07-05 | Lea Fischer | LGTM |
                |  | Priya Natarajan | Not Reviewed |
                | 2026-07-11 | [Name] | Approved |
                | 2026-07-12 | Tom Becker | thinking about it |
                """), log);

        assertThat(reviewers).extracting(Sourced::value).containsExactly(
                new Reviewer("Lea Fischer", null, ReviewState.LGTM, LocalDate.of(2026, 7, 5)),
                new Reviewer("Priya Natarajan", null, ReviewState.NOT_REVIEWED, null),
                new Reviewer("Tom Becker", null, ReviewState.NOT_REVIEWED, LocalDate.of(2026, 7, 12)));
        assertThat(log.notes()).singleElement().asString().contains("'thinking about it'", "Tom Becker");
    }

    @Test
    void anApprovalsTableGivesRolesAndAYesIsAnApproval() {
        var reviewers = ReviewersReader.read(blocks("""
                | Role | Name | Approved | Date | Comment |
                |------|------|----------|------|---------|
                | Technical Lead | Ana Ruiz | Yes | 2026-01-03 | fine by me |
                """), new ImportLog());

        assertThat(reviewers).extracting(Sourced::value).containsExactly(new Reviewer("Ana Ruiz", "Technical Lead",
                ReviewState.LGTM, LocalDate.of(2026, 1, 3), null, "fine by me", 0, false));
    }

    @Test
    void aStateWrittenInMoreWordsIsReadByItsLongestStatePhrase() {
        var log = new ImportLog();

        assertThat(ReviewersReader.state("No - changes requested", "Omar", log)).isEqualTo(ReviewState.CHANGES_REQUESTED);
        assertThat(ReviewersReader.state("Approved, with one comment", "Omar", log)).isEqualTo(ReviewState.NOT_REVIEWED);
        assertThat(log.notes()).singleElement().asString().contains("'Approved, with one comment'");
    }

    @Test
    void tabSeparatedRowsWithAnUnmarkedHeaderAreReadToo() {
        var reviewers = ReviewersReader.read(blocks("Name\tState\tDate\nLea Fischer\tLGTM\t2026-07-05\n"),
                new ImportLog());

        assertThat(reviewers).extracting(r -> r.value().name()).containsExactly("Lea Fischer");
    }

    @Test
    void blastRadiusFiguresAreTakenOutOfTheImpactText() {
        var log = new ImportLog();
        var reading = BlastRadius.read(blocks("""
                Checkout failed for some clinics.

                | Measure | Number affected |
                | --- | --- |
                | Number of Patients affected | Unknown |
                | Number of Providers affected | 1,827 |
                | Number of Clinics affected | < ## Unknown > |
                | Region | EU |
                """), log);

        assertThat(reading.figures()).extracting(Sourced::value).containsExactly(
                new Impact.BlastRadiusFigure("Patients", null), new Impact.BlastRadiusFigure("Providers", 1827L),
                new Impact.BlastRadiusFigure("Clinics", null));
        assertThat(reading.rest()).extracting(Block::text).containsExactly("Checkout failed for some clinics.",
                "Region | EU");
    }

    @Test
    void theAppsAndApisAffectedAreAListAndTheirPlaceholdersAreNone() {
        var reading = BlastRadius.read(blocks("""
                | Apps/APIs Affected | Web, iOS; Partner API |
                | --- | --- |

                | Apps/APIs Affected | <Patient/Provider> <Web/iOS/Android/All> |
                | --- | --- |
                """), new ImportLog());

        assertThat(reading.appsAndApis()).extracting(Sourced::value).containsExactly("Web", "iOS", "Partner API");
        assertThat(reading.rest()).isEmpty();
    }

    @Test
    void aMetricsTableAgainstTargetsGivesTheActualFigure() {
        var times = StatsReader.read(blocks("""
                | Metric | Target | Actual | Met? |
                |--------|--------|--------|------|
                | Time to Detect | 5 min | 12 min | No |
                | Time to Mitigate | 30 min | [X min] | [Yes/No] |
                """), new ImportLog());

        assertThat(times).extracting(Sourced::value)
                .containsExactly(new ReportedTime(Metric.TIME_TO_DETECT, 12L, "12 min"));
    }

    @Test
    void aLabelCellThatExplainsItselfInBracketsIsReadByItsWords() {
        var times = StatsReader.read(blocks("""
                | Time to detect the issue (From when the issue started in production to when eng realized) | 54 minutes |
                | --- | --- |
                """), new ImportLog());

        assertThat(times).extracting(Sourced::value)
                .containsExactly(new ReportedTime(Metric.TIME_TO_DETECT, 54L, "54 minutes"));
    }

    @Test
    void aBracketedAsideAboutWhenIsNoState() {
        assertThat(ActionGroup.of("P0 Action Items (should be done within 48 hours)", false).status()).isNull();
        assertThat(ActionGroup.of("P0 Action Items (should be done within 48 hours)", false).priorityLabel())
                .isEqualTo("P0");
        assertThat(ActionGroup.of("Immediate Actions (Completed)", false).status()).isEqualTo(ActionStatus.DONE);
    }

    @Test
    void anEntryNamingItsMilestoneByItsLabelIsThatMilestone() {
        assertThat(MilestoneMarks.of("Detected: first page from the checkout SLO"))
                .map(MilestoneMarks.Marked::kind).contains(dev.hindsight.timeline.EventKind.DETECTED);
        assertThat(MilestoneMarks.of("Detected the fault in the replica")).isEmpty();
    }
}
