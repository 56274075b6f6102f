package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.incident.Analysis.RootCause;
import org.junit.jupiter.api.Test;

/** The root cause, read from its own section or from the sentence of a summary that states it. */
class RootCauseReaderTest {

    @Test
    void theFirstSentenceIsTheSummaryAndTheRestIsWhatHappened() {
        var blocks = AnalysisBlocks.from(40)
                .paragraph("A nightly import job held row locks on the ledger table for 90 minutes. "
                        + "Writes queued behind the locks until the connection pool (max. 200) was exhausted, e.g. "
                        + "for card captures.")
                .paragraph("The job had run for months, but a schema change made each batch 20x larger.")
                .blocks();

        var cause = RootCauseReader.read(blocks).orElseThrow();

        assertThat(cause.value()).isEqualTo(new RootCause(
                "A nightly import job held row locks on the ledger table for 90 minutes.",
                "Writes queued behind the locks until the connection pool (max. 200) was exhausted, e.g. for card "
                        + "captures.\n\nThe job had run for months, but a schema change made each batch 20x larger.",
                "", ""));
        assertThat(cause.lines()).isEqualTo(new Lines(40, 42));
    }

    @Test
    void labelledLinesFillTheirParts() {
        var blocks = AnalysisBlocks.from(5)
                .item("What failed: the certificate for api.example.net expired at 00:00 UTC")
                .item("Why it failed: renewal depended on a cron job on a host retired in May")
                .item("Signals missed: the expiry alert went to an archived channel")
                .item("Root cause: certificate renewal had no owner after the host migration")
                .blocks();

        assertThat(RootCauseReader.read(blocks).orElseThrow().value()).isEqualTo(new RootCause(
                "certificate renewal had no owner after the host migration",
                "the certificate for api.example.net expired at 00:00 UTC",
                "renewal depended on a cron job on a host retired in May",
                "the expiry alert went to an archived channel"));
    }

    @Test
    void subsectionHeadingsFillTheirParts() {
        var blocks = AnalysisBlocks.from(60)
                .paragraph("DNS for the internal zone stopped resolving.")
                .heading(3, "Why it happened")
                .paragraph("A zone file was pushed with a syntax error that the linter did not cover.")
                .heading(3, "Why wasn't it caught earlier?")
                .paragraph("Staging uses a different resolver that tolerated the error.")
                .blocks();

        assertThat(RootCauseReader.read(blocks).orElseThrow().value()).isEqualTo(new RootCause(
                "DNS for the internal zone stopped resolving.", "",
                "A zone file was pushed with a syntax error that the linter did not cover.",
                "Staging uses a different resolver that tolerated the error."));
    }

    @Test
    void aListOfCausesHasItsFirstItemAsTheSummary() {
        var blocks = AnalysisBlocks.from(1)
                .item("Retry storm from the mobile clients after the 502s")
                .item("No rate limit on the token endpoint")
                .blocks();

        assertThat(RootCauseReader.read(blocks).orElseThrow().value()).isEqualTo(new RootCause(
                "Retry storm from the mobile clients after the 502s", "- No rate limit on the token endpoint", "", ""));
    }

    @Test
    void anUnnamedSubsectionsHeadingIsNeverTheSummary() {
        var blocks = AnalysisBlocks.from(1)
                .heading(3, "Immediate Trigger")
                .paragraph("A config push set the pool size to 0.")
                .heading(3, "Analysis")
                .paragraph("The validator accepted 0 as a size. Nothing else checked it.")
                .blocks();

        assertThat(RootCauseReader.read(blocks).orElseThrow().value()).isEqualTo(new RootCause(
                "The validator accepted 0 as a size.",
                "A config push set the pool size to 0.\n\n**Analysis**\n\nNothing else checked it.", "", ""));
    }

    @Test
    void anEmptySectionHasNoRootCause() {
        assertThat(RootCauseReader.read(AnalysisBlocks.from(1).paragraph(" ").blocks())).isEmpty();
    }

    @Test
    void theSummarysRootCauseSentenceIsFoundWithTheLinesItSpans() {
        var blocks = AnalysisBlocks.from(8)
                .paragraph("On March 3 checkout failed for 48 minutes.")
                .paragraph("Card payments were declined for most EU customers. The root cause for this incident\n"
                        + "was an expired intermediate certificate on the payment gateway. We renewed it at 14:20.")
                .blocks();

        var cause = RootCauseReader.fromSummary(blocks).orElseThrow();

        assertThat(cause.value().summary()).isEqualTo(
                "The root cause for this incident was an expired intermediate certificate on the payment gateway.");
        assertThat(cause.lines()).isEqualTo(new Lines(10, 11));
    }

    @Test
    void aCausedBySentenceIsTheRootCauseWhenNoneIsNamed() {
        var blocks = AnalysisBlocks.from(3)
                .paragraph("Search was down for 66 minutes. This was caused by a file descriptor leak under load.")
                .blocks();

        assertThat(RootCauseReader.fromSummary(blocks).orElseThrow().value().summary())
                .isEqualTo("This was caused by a file descriptor leak under load.");
    }

    @Test
    void aRootCauseNotYetKnownIsNoRootCause() {
        var blocks = AnalysisBlocks.from(3)
                .paragraph("The root cause is still under investigation; we will update this document.")
                .blocks();

        assertThat(RootCauseReader.fromSummary(blocks)).isEmpty();
    }
}
