package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.importer.blocks.Lines;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Free text read back as readable text, and list-shaped text read as one string per entry. */
class ProseReaderTest {

    @Test
    void aSummaryKeepsItsParagraphsListsTablesQuotesAndCode() {
        var blocks = AnalysisBlocks.from(3)
                .paragraph("From 16:58 to 18:46 UTC the ledger API returned errors\nfor most write requests.")
                .item("Card payments failed")
                .item(1, "Retries made it worse")
                .task(true, "Status page updated")
                .header("Region", "Error rate")
                .row("eu-west", "41%")
                .quote("We are investigating elevated errors.")
                .code("sql", "SELECT count(*) FROM ledger_locks;")
                .heading(3, "Customer communication")
                .paragraph("Support answered 212 tickets.")
                .blocks();

        var text = ProseReader.text(blocks).orElseThrow();

        assertThat(text.value()).isEqualTo("""
                From 16:58 to 18:46 UTC the ledger API returned errors
                for most write requests.

                - Card payments failed
                  - Retries made it worse
                - [x] Status page updated

                | Region | Error rate |
                | --- | --- |
                | eu-west | 41% |

                > We are investigating elevated errors.

                ```sql
                SELECT count(*) FROM ledger_locks;
                ```

                **Customer communication**

                Support answered 212 tickets.""");
        assertThat(text.lines()).isEqualTo(new Lines(3, blocks.get(blocks.size() - 1).lines().last()));
    }

    @Test
    void numberedStepsKeepTheirNumbersAndStruckItemsStayStruck() {
        var blocks = AnalysisBlocks.from(10)
                .numbered(1, "Drained node pool b")
                .numbered(2, "Rolled back to v4.12.0")
                .struck("Restart the queue workers")
                .blocks();

        assertThat(ProseReader.text(blocks).orElseThrow().value())
                .isEqualTo("1. Drained node pool b\n2. Rolled back to v4.12.0\n- ~~Restart the queue workers~~");
    }

    @Test
    void aCodeBlockHoldingBackticksGetsALongerFence() {
        var blocks = AnalysisBlocks.from(1).code("md", "```\nnested\n```").blocks();

        assertThat(ProseReader.text(blocks).orElseThrow().value()).isEqualTo("````md\n```\nnested\n```\n````");
    }

    @Test
    void aSectionWithoutWordsHasNoText() {
        assertThat(ProseReader.text(AnalysisBlocks.from(1).paragraph("  ").blocks())).isEmpty();
        assertThat(ProseReader.text(List.of())).isEmpty();
    }

    @Test
    void eachTopLevelItemIsOneStepWithItsNestedItemsUnderIt() {
        var blocks = AnalysisBlocks.from(20)
                .paragraph("We took these steps:")
                .numbered(1, "Paused the nightly import job")
                .item(1, "It held 1,900 row locks on the ledger table")
                .numbered(2, "Failed over to the replica in eu-central")
                .code("sh", "kubectl rollout undo deploy/ledger-api")
                .numbered(3, "Re-enabled writes")
                .blocks();

        var log = new ImportLog();
        var steps = ProseReader.items(blocks, log);

        assertThat(steps).extracting(Sourced::value).containsExactly(
                "Paused the nightly import job\n  - It held 1,900 row locks on the ledger table",
                "Failed over to the replica in eu-central\n  ```sh\n  kubectl rollout undo deploy/ledger-api\n  ```",
                "Re-enabled writes");
        assertThat(steps.get(0).lines()).isEqualTo(new Lines(22, 23));
        assertThat(log.context()).singleElement().satisfies(c -> assertThat(c.lines()).isEqualTo(Lines.of(20)));
    }

    @Test
    void withoutALogTheIntroductionIsKeptAsAnItemSoNoWordsAreLost() {
        var blocks = AnalysisBlocks.from(20)
                .paragraph("We took these steps:")
                .item("Paused the import job")
                .blocks();

        assertThat(ProseReader.items(blocks)).extracting(Sourced::value)
                .containsExactly("We took these steps:", "Paused the import job");
    }

    @Test
    void withoutAListEachParagraphIsOneItem() {
        var blocks = AnalysisBlocks.from(5)
                .paragraph("No runbook covered a lock held by a batch job.")
                .paragraph("The replica promotion script needed a flag\nnobody on call knew about.")
                .blocks();

        var gaps = ProseReader.items(blocks);

        assertThat(gaps).extracting(Sourced::value).containsExactly(
                "No runbook covered a lock held by a batch job.",
                "The replica promotion script needed a flag\nnobody on call knew about.");
        assertThat(gaps.get(1).lines()).isEqualTo(new Lines(7, 8));
    }

    @Test
    void bulletsPastedIntoAParagraphAreItemsEachWithItsOwnLine() {
        var blocks = AnalysisBlocks.from(40)
                .paragraph("• Scaled the pool to 40\n• Flushed the CDN cache\n• Re-ran the import")
                .blocks();

        var steps = ProseReader.items(blocks);

        assertThat(steps).extracting(Sourced::value)
                .containsExactly("Scaled the pool to 40", "Flushed the CDN cache", "Re-ran the import");
        assertThat(steps).extracting(Sourced::lines).containsExactly(Lines.of(40), Lines.of(41), Lines.of(42));
    }

    @Test
    void tableRowsAreItemsAndTheHeaderIsContext() {
        var blocks = AnalysisBlocks.from(8)
                .header("Step", "Who")
                .row("Rolled back the release", "@mhernandez")
                .row("Purged the cache", "@tkoh")
                .blocks();

        var log = new ImportLog();

        assertThat(ProseReader.items(blocks, log)).extracting(Sourced::value)
                .containsExactly("| Rolled back the release | @mhernandez |", "| Purged the cache | @tkoh |");
        assertThat(log.context()).extracting(ImportLog.Context::lines).containsExactly(new Lines(8, 9));
    }
}
