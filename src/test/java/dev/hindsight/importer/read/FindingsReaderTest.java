package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.incident.Analysis.Finding;
import org.junit.jupiter.api.Test;

/** What went well, what went wrong, where we got lucky and contributing factors, as teams list them. */
class FindingsReaderTest {

    @Test
    void aShortBoldLabelSplitsTitleFromDescription() {
        var blocks = AnalysisBlocks.from(30)
                .item("Fast rollback: the deploy tool reverted all 14 pods in under 3 minutes.")
                .item("Paging - the secondary was paged within a minute of the primary missing it.")
                .item("Customer support had a macro ready before the status page went up")
                .blocks();

        var found = FindingsReader.read(blocks);

        assertThat(found).extracting(Sourced::value).containsExactly(
                new Finding("Fast rollback", "the deploy tool reverted all 14 pods in under 3 minutes.", "", ""),
                new Finding("Paging", "the secondary was paged within a minute of the primary missing it.", "", ""),
                Finding.of("Customer support had a macro ready before the status page went up"));
        assertThat(found).extracting(Sourced::lines).containsExactly(Lines.of(30), Lines.of(31), Lines.of(32));
    }

    @Test
    void aLongLeadIsNotTakenForATitle() {
        var blocks = AnalysisBlocks.from(1)
                .paragraph("We were lucky that the batch job which held the locks runs only on weekdays at night: "
                        + "a daytime run would have hit peak traffic.")
                .blocks();

        assertThat(FindingsReader.read(blocks)).extracting(s -> s.value().description()).containsExactly("");
    }

    @Test
    void boldMarksKeptByTheSourceMakeTheBoldRunTheTitle() {
        assertThat(FindingsReader.split("**Alert fatigue.** The disk alert had fired 40 times that week."))
                .isEqualTo(new Finding("Alert fatigue", "The disk alert had fired 40 times that week.", "", ""));
    }

    @Test
    void nestedImpactAndSeverityFillTheirParts() {
        var blocks = AnalysisBlocks.from(12)
                .item("Stale runbook (High)")
                .item(1, "Impact: on-call lost 25 minutes following removed steps")
                .item(1, "The failover section still named the old cluster")
                .item("Slow escalation")
                .item(1, "Severity: Medium")
                .blocks();

        var found = FindingsReader.read(blocks);

        assertThat(found).extracting(Sourced::value).containsExactly(
                new Finding("Stale runbook", "The failover section still named the old cluster",
                        "on-call lost 25 minutes following removed steps", "High"),
                new Finding("Slow escalation", "", "", "Medium"));
        assertThat(found.get(0).lines()).isEqualTo(new Lines(12, 14));
    }

    @Test
    void aTableIsReadByItsColumnNames() {
        var blocks = AnalysisBlocks.from(50)
                .header("Severity", "Issue", "Impact")
                .row("High", "No alert on replication lag", "Lag grew for 2 hours unseen")
                .blocks();

        var log = new ImportLog();

        assertThat(FindingsReader.read(blocks, log)).extracting(Sourced::value).containsExactly(
                new Finding("No alert on replication lag", "", "Lag grew for 2 hours unseen", "High"));
        assertThat(log.context()).extracting(ImportLog.Context::lines).containsExactly(new Lines(50, 51));
    }

    @Test
    void aNumberColumnIsDroppedAndAKindColumnStaysWithTheFindingLabelled() {
        var blocks = AnalysisBlocks.from(50)
                .header("#", "Factor", "Kind")
                .row("1", "Sandbox covers only one card brand.", "Testing")
                .row("2.", "Config releases are not canaried.", "")
                .blocks();

        assertThat(FindingsReader.read(blocks, new ImportLog())).extracting(Sourced::value).containsExactly(
                new Finding("Sandbox covers only one card brand.", "Kind: Testing", "", ""),
                new Finding("Config releases are not canaried.", "", "", ""));
    }

    @Test
    void aHeadingFollowedByParagraphsIsOneFinding() {
        var blocks = AnalysisBlocks.from(70)
                .heading(3, "The canary covered one region")
                .paragraph("Only us-east received the canary, so the eu-only code path was untested.")
                .heading(3, "Dashboards lagged")
                .paragraph("The error dashboard refreshes every 5 minutes.")
                .paragraph("Responders watched a stale graph.")
                .blocks();

        var found = FindingsReader.read(blocks);

        assertThat(found).extracting(Sourced::value).containsExactly(
                new Finding("The canary covered one region",
                        "Only us-east received the canary, so the eu-only code path was untested.", "", ""),
                new Finding("Dashboards lagged",
                        "The error dashboard refreshes every 5 minutes.\n\nResponders watched a stale graph.", "", ""));
        assertThat(found.get(1).lines()).isEqualTo(new Lines(74, 78));
    }

    @Test
    void withoutALogAGroupingHeadingIsCountedWithTheFindingAfterIt() {
        var blocks = AnalysisBlocks.from(90)
                .heading(4, "Process")
                .item("Nobody owned the import job")
                .blocks();

        var found = FindingsReader.read(blocks);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo(Finding.of("Nobody owned the import job"));
            assertThat(f.lines()).isEqualTo(new Lines(90, 92));
        });
    }
}
