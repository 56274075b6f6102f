package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.incident.Analysis.Why;
import org.junit.jupiter.api.Test;

/** The five whys in the shapes teams write them. */
class FiveWhysReaderTest {

    @Test
    void aNumberedListWithQuestionAndAnswerOnOneLine() {
        var blocks = AnalysisBlocks.from(14)
                .numbered(1, "Why did checkout fail? — Because the payment service timed out.")
                .numbered(2, "Why did it time out? Because its connection pool was exhausted.")
                .numbered(3, "Why was the pool exhausted? -> A batch job held every connection.")
                .blocks();

        var whys = FiveWhysReader.read(blocks);

        assertThat(whys).extracting(Sourced::value).containsExactly(
                new Why("Why did checkout fail?", "Because the payment service timed out."),
                new Why("Why did it time out?", "Because its connection pool was exhausted."),
                new Why("Why was the pool exhausted?", "A batch job held every connection."));
        assertThat(whys).extracting(Sourced::lines).containsExactly(Lines.of(14), Lines.of(15), Lines.of(16));
    }

    @Test
    void boldQuestionsWithTheirAnswerAfterThem() {
        // "**Why did the alert not fire?** The threshold ..." once inline markup is gone.
        var blocks = AnalysisBlocks.from(3)
                .paragraph("Why did the alert not fire? The threshold was set per host, not per cluster.")
                .paragraph("Why 2: Why was it per host? It was copied from the old VM setup.")
                .blocks();

        assertThat(FiveWhysReader.read(blocks)).extracting(Sourced::value).containsExactly(
                new Why("Why did the alert not fire?", "The threshold was set per host, not per cluster."),
                new Why("Why was it per host?", "It was copied from the old VM setup."));
    }

    @Test
    void questionAndAnswerOnConsecutiveLines() {
        var blocks = AnalysisBlocks.from(20)
                .paragraph("Q: Why were users logged out?\nA: Session keys rotated early.\n"
                        + "Q: Why did they rotate early?\nA: The rotation job read the wrong clock.")
                .blocks();

        var whys = FiveWhysReader.read(blocks);

        assertThat(whys).extracting(Sourced::value).containsExactly(
                new Why("Why were users logged out?", "Session keys rotated early."),
                new Why("Why did they rotate early?", "The rotation job read the wrong clock."));
        assertThat(whys).extracting(Sourced::lines).containsExactly(new Lines(20, 21), new Lines(22, 23));
    }

    @Test
    void aQuestionItemWithItsAnswerNestedOrInTheNextParagraph() {
        var blocks = AnalysisBlocks.from(30)
                .numbered(1, "Why did the deploy break login?")
                .item(1, "The new build dropped a required header.")
                .numbered(2, "Why was the header dropped?")
                .paragraph("A proxy setting was removed as unused.")
                .blocks();

        var whys = FiveWhysReader.read(blocks);

        assertThat(whys).extracting(Sourced::value).containsExactly(
                new Why("Why did the deploy break login?", "The new build dropped a required header."),
                new Why("Why was the header dropped?", "A proxy setting was removed as unused."));
        assertThat(whys.get(1).lines()).isEqualTo(new Lines(32, 34));
    }

    @Test
    void oneHeadingPerQuestion() {
        var blocks = AnalysisBlocks.from(50)
                .heading(4, "Why did the queue back up?")
                .paragraph("Consumers crashed on a malformed message.")
                .blocks();

        assertThat(FiveWhysReader.read(blocks)).extracting(Sourced::value)
                .containsExactly(new Why("Why did the queue back up?", "Consumers crashed on a malformed message."));
    }

    @Test
    void aTableWithWhyAndBecauseColumns() {
        var blocks = AnalysisBlocks.from(60)
                .header("#", "Why?", "Because")
                .row("1", "Why was the site slow?", "The cache hit rate fell to 3%")
                .row("2", "Why did the hit rate fall?", "Keys gained a per-request nonce")
                .blocks();

        var log = new ImportLog();

        assertThat(FiveWhysReader.read(blocks, log)).extracting(Sourced::value).containsExactly(
                new Why("Why was the site slow?", "The cache hit rate fell to 3%"),
                new Why("Why did the hit rate fall?", "Keys gained a per-request nonce"));
        assertThat(log.context()).hasSize(1);
    }

    @Test
    void aChainWrittenAsStatementsIsKeptAsAnswers() {
        var blocks = AnalysisBlocks.from(1)
                .numbered(1, "Users saw 502s because the gateway had no healthy backends.")
                .blocks();

        assertThat(FiveWhysReader.read(blocks)).extracting(Sourced::value)
                .containsExactly(new Why("", "Users saw 502s because the gateway had no healthy backends."));
    }

    @Test
    void anUnansweredQuestionIsStillAStep() {
        var blocks = AnalysisBlocks.from(1)
                .numbered(1, "Why did nobody notice the disk filling?")
                .numbered(2, "Why was the alert muted? Because of a maintenance window left open.")
                .blocks();

        assertThat(FiveWhysReader.read(blocks)).extracting(Sourced::value).containsExactly(
                new Why("Why did nobody notice the disk filling?", ""),
                new Why("Why was the alert muted?", "Because of a maintenance window left open."));
    }
}
