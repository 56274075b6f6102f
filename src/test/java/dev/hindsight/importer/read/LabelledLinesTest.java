package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.importer.read.LabelledLines.Labelled;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Label: value" pairs as documents state them, each with the line it is on. */
class LabelledLinesTest {

    @Test
    void eachLineOfAParagraphIsReadOnItsOwnLine() {
        var blocks = AnalysisBlocks.from(4)
                .paragraph("Created by: Priya Raman\nSeverity: Major (High Impact, checkout down)\nStatus: Final")
                .blocks();

        var read = LabelledLines.read(blocks);

        assertThat(read).extracting(Sourced::value).containsExactly(
                new Labelled("Created by", "Priya Raman"),
                new Labelled("Severity", "Major (High Impact, checkout down)"),
                new Labelled("Status", "Final"));
        assertThat(read).extracting(Sourced::lines).containsExactly(Lines.of(4), Lines.of(5), Lines.of(6));
    }

    @Test
    void aLineOfPairsBetweenDotsIsReadAsALineForEachPair() {
        var blocks = AnalysisBlocks.from(3)
                .paragraph("Author: Nico Berg · Reviewers: Dara Lee, Anjali Rao · Severity: Major")
                .paragraph("Owner: Halima Yusuf · not a label here")
                .blocks();

        assertThat(LabelledLines.read(blocks)).extracting(Sourced::value).containsExactly(
                new Labelled("Author", "Nico Berg"),
                new Labelled("Reviewers", "Dara Lee, Anjali Rao"),
                new Labelled("Severity", "Major"),
                new Labelled("Owner", "Halima Yusuf · not a label here"));
    }

    @Test
    void aBylinesPairsBetweenDotsStandBeforeItsClosingNoteButOnePairAndANoteAreOneLabel() {
        var blocks = AnalysisBlocks.from(3)
                .paragraph("Severity: S3 · Author: Rhea Tan · Reviewed with Billing Eng on 14 Aug")
                .paragraph("Status: draft · thanks to everyone who joined")
                .blocks();

        assertThat(LabelledLines.read(blocks)).extracting(Sourced::value).containsExactly(
                new Labelled("Severity", "S3"),
                new Labelled("Author", "Rhea Tan"),
                new Labelled("Status", "draft · thanks to everyone who joined"));
    }

    @Test
    void fieldsSideBySideArePartedAtTheGapBeforeTheSecondLabelNotAtTheFirstLabelsPadding() {
        var blocks = AnalysisBlocks.from(1)
                .paragraph("""
                        Type:         Post-incident review     Priority:    Highest
                        Reporter:     Astrid Berg              Assignee:    Henrik Lind
                        Summary:      Ledger replay stalled    for two hours""")
                .blocks();

        assertThat(LabelledLines.read(blocks)).extracting(Sourced::value).containsExactly(
                new Labelled("Type", "Post-incident review"),
                new Labelled("Priority", "Highest"),
                new Labelled("Reporter", "Astrid Berg"),
                new Labelled("Assignee", "Henrik Lind"),
                new Labelled("Summary", "Ledger replay stalled    for two hours"));
    }

    @Test
    void boldLabelsInEitherPlaceOfTheColonLoseTheirMarks() {
        assertThat(LabelledLines.read("**Severity:** SEV-2")).contains(new Labelled("Severity", "SEV-2"));
        assertThat(LabelledLines.read("**Duration**: 1h 48m")).contains(new Labelled("Duration", "1h 48m"));
        assertThat(LabelledLines.read("- __Owner:__ @dlee")).contains(new Labelled("Owner", "@dlee"));
        assertThat(LabelledLines.read("Component: ledger-api<br>")).contains(new Labelled("Component", "ledger-api"));
    }

    @Test
    void linksTimesAndSentencesWithoutAColonAreNotLabels() {
        assertThat(LabelledLines.read("https://status.example.com/incidents/42")).isEmpty();
        assertThat(LabelledLines.read("at 10:30 the primary failed over")).isEmpty();
        assertThat(LabelledLines.read("16:58 UTC: alerts fired")).isEmpty();
        assertThat(LabelledLines.read("The page fired, then the secondary acknowledged")).isEmpty();
        assertThat(LabelledLines.read("std::vector grew without bound")).isEmpty();
    }

    @Test
    void aLabelLongerThanFortyCharactersIsProse() {
        assertThat(LabelledLines.read("What we would have done with better dashboards: rolled back")).isEmpty();
        assertThat(LabelledLines.read("Time to recovery (TTR, first page): 84 min"))
                .contains(new Labelled("Time to recovery (TTR, first page)", "84 min"));
    }

    @Test
    void aLabelWithNothingAfterItIsKeptForWhatFollows() {
        assertThat(LabelledLines.read("Affected services:")).contains(new Labelled("Affected services", ""));
    }

    @Test
    void listItemsTwoCellRowsAndFrontMatterAreLabelledToo() {
        var blocks = AnalysisBlocks.from(1)
                .frontMatter("title", "Ledger write outage")
                .item("Impact: 41% of writes failed")
                .header("Metric", "Value")
                .row("Time to detect", "12 min")
                .row("a", "b", "c")
                .blocks();

        var read = LabelledLines.read(blocks);

        assertThat(read).extracting(Sourced::value).containsExactly(
                new Labelled("title", "Ledger write outage"),
                new Labelled("Impact", "41% of writes failed"),
                new Labelled("Metric", "Value"),
                new Labelled("Time to detect", "12 min"));
        assertThat(read.get(3).lines()).isEqualTo(blocks.get(3).lines());
    }

    @Test
    void aParagraphWhoseBreaksAreNotTheSourcesKeepsTheBlocksLines() {
        // An HTML paragraph of two text lines read from one source line.
        var block = Block.paragraph("Severity: 2\nDuration: 3h", Lines.of(12));

        assertThat(LabelledLines.read(List.of(block))).extracting(Sourced::lines).containsExactly(Lines.of(12), Lines.of(12));
    }

    @Test
    void aFormsParagraphNumberBeforeALabelWithALeaderIsNoPartOfIt() {
        assertThat(LabelledLines.read("2.3  Occurrence end ........ 1140Z (gates back in service)"))
                .contains(new Labelled("Occurrence end", "1140Z (gates back in service)"));
        assertThat(LabelledLines.read("4 Severity class ..... MINOR")).contains(new Labelled("Severity class", "MINOR"));
    }
}
