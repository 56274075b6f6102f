package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.metrics.Metric;
import dev.hindsight.metrics.ReportedTime;
import org.junit.jupiter.api.Test;

/** Response times as documents state them, in stats lines and in prose. */
class StatsReaderTest {

    @Test
    void statsLinesNameTheirMetric() {
        var blocks = AnalysisBlocks.from(7)
                .paragraph("Time to detect: 12 min\nTime to acknowledge (page to ack): 4 minutes\n"
                        + "Time to mitigate: 1 hour and 5 minutes\nDuration: 1 hour and 48 minutes\nDowntime: 2h")
                .blocks();
        var log = new ImportLog();

        var times = StatsReader.read(blocks, log);

        assertThat(times).extracting(Sourced::value).containsExactly(
                new ReportedTime(Metric.TIME_TO_DETECT, 12L, "12 min"),
                new ReportedTime(Metric.TIME_TO_ACKNOWLEDGE, 4L, "4 minutes"),
                new ReportedTime(Metric.TIME_TO_MITIGATE, 65L, "1 hour and 5 minutes"),
                new ReportedTime(Metric.TOTAL_DURATION, 108L, "1 hour and 48 minutes"));
        assertThat(times).extracting(Sourced::lines).containsExactly(Lines.of(7), Lines.of(8), Lines.of(9), Lines.of(10));
        assertThat(log.notes()).singleElement().asString().contains("Total Duration", "'2h'", "the first is kept");
    }

    @Test
    void recoveryAbbreviationsAreReadAsTimeToResolveAndLoggedAsAGuess() {
        var blocks = AnalysisBlocks.from(3).item("TTR: 1h 24m").blocks();
        var log = new ImportLog();

        assertThat(StatsReader.read(blocks, log)).extracting(Sourced::value)
                .containsExactly(new ReportedTime(Metric.TIME_TO_RESOLVE, 84L, "1h 24m"));
        assertThat(log.guesses()).singleElement().satisfies(g -> {
            assertThat(g.what()).isEqualTo("'TTR' read as Time to Resolve");
            assertThat(g.from()).isEqualTo(Lines.of(3));
        });
        assertThat(StatsReader.read(AnalysisBlocks.from(1).paragraph("Time to recovery: 84 minutes").blocks(), log))
                .extracting(Sourced::value).containsExactly(new ReportedTime(Metric.TIME_TO_RESOLVE, 84L, "84 minutes"));
    }

    @Test
    void proseStatesDurationsToo() {
        var blocks = AnalysisBlocks.from(1)
                .paragraph("Users saw errors during an outage lasting 1 hour and 48 minutes, which we\n"
                        + "detected within 6 minutes and mitigated after about an hour.")
                .blocks();

        var times = StatsReader.read(blocks, new ImportLog());

        assertThat(times).extracting(Sourced::value).containsExactlyInAnyOrder(
                new ReportedTime(Metric.TOTAL_DURATION, 108L, "1 hour and 48 minutes"),
                new ReportedTime(Metric.TIME_TO_DETECT, 6L, "6 minutes"),
                new ReportedTime(Metric.TIME_TO_MITIGATE, 60L, "about an hour"));
        assertThat(times).filteredOn(t -> t.value().metric() == Metric.TIME_TO_DETECT)
                .extracting(Sourced::lines).containsExactly(Lines.of(2));
    }

    @Test
    void downForAndLastedAreTotalDurations() {
        assertThat(StatsReader.read(AnalysisBlocks.from(1).paragraph("Search was down for 66 minutes.").blocks(),
                new ImportLog())).extracting(Sourced::value)
                .containsExactly(new ReportedTime(Metric.TOTAL_DURATION, 66L, "66 minutes"));
        assertThat(StatsReader.read(AnalysisBlocks.from(1).paragraph("The incident lasted until 18:46, "
                + "but the backlog lasted 3 hrs more.").blocks(), new ImportLog())).extracting(Sourced::value)
                .containsExactly(new ReportedTime(Metric.TOTAL_DURATION, 180L, "3 hrs"));
    }

    @Test
    void aPartRecoveringOrADurationWithoutATriggerIsNoIncidentTime() {
        var blocks = AnalysisBlocks.from(1)
                .paragraph("The replica recovered in 2 minutes, and we restored service in 3 steps over 40 minutes.")
                .blocks();

        assertThat(StatsReader.read(blocks, new ImportLog())).isEmpty();
    }

    @Test
    void aTableOfMetricsIsRead() {
        var blocks = AnalysisBlocks.from(20)
                .header("Metric", "Value")
                .row("MTTD", "9 min")
                .row("Total duration", "16:58 - 18:46 UTC")
                .blocks();
        var log = new ImportLog();

        assertThat(StatsReader.read(blocks, log)).extracting(Sourced::value).containsExactly(
                new ReportedTime(Metric.TIME_TO_DETECT, 9L, "9 min"),
                new ReportedTime(Metric.TOTAL_DURATION, 108L, "16:58 - 18:46 UTC"));
        assertThat(log.guesses()).singleElement().satisfies(g -> assertThat(g.what()).contains("108 minutes"));
    }

    @Test
    void placeholdersAndUnknownsAreNotRead() {
        var blocks = AnalysisBlocks.from(1)
                .paragraph("Time to detect: N/A\nDuration: {time from initial breakage to final resolution}\n"
                        + "Time to mitigate: X hours Y minutes")
                .blocks();

        assertThat(StatsReader.read(blocks, new ImportLog())).isEmpty();
    }

    @Test
    void aFigureInWordsIsKeptWithoutMinutes() {
        var blocks = AnalysisBlocks.from(1).paragraph("Time to resolve: most of the afternoon").blocks();

        assertThat(StatsReader.read(blocks, new ImportLog())).extracting(Sourced::value)
                .containsExactly(new ReportedTime(Metric.TIME_TO_RESOLVE, null, "most of the afternoon"));
    }

    @Test
    void aLabelledDurationWinsOverAnEarlierOneInProseAndTheDisagreementIsNoted() {
        var blocks = AnalysisBlocks.from(4)
                .item("Checkout was down for 50 minutes before the first rollback.")
                .item("Total downtime: 2 hours 10 minutes, until the queue drained")
                .blocks();
        var log = new ImportLog();

        var times = StatsReader.read(blocks, log);

        assertThat(times).extracting(Sourced::value)
                .containsExactly(new ReportedTime(Metric.TOTAL_DURATION, 130L, "2 hours 10 minutes"));
        assertThat(times).extracting(Sourced::lines).containsExactly(Lines.of(5));
        assertThat(log.notes()).singleElement().asString().contains("'50 minutes'", "the labelled one is kept");
    }

    @Test
    void theLabelledAndTheProseFiguresCanBeReadApart() {
        var blocks = AnalysisBlocks.from(1)
                .paragraph("Time to detect: 9 minutes")
                .paragraph("Payments were unavailable for 1 hour and 5 minutes.")
                .blocks();

        var stated = StatsReader.readApart(blocks, new ImportLog());

        assertThat(stated.labelled()).extracting(Sourced::value)
                .containsExactly(new ReportedTime(Metric.TIME_TO_DETECT, 9L, "9 minutes"));
        assertThat(stated.inProse()).extracting(Sourced::value)
                .containsExactly(new ReportedTime(Metric.TOTAL_DURATION, 65L, "1 hour and 5 minutes"));
        assertThat(stated.labels(Metric.TIME_TO_DETECT)).isTrue();
        assertThat(stated.labels(Metric.TOTAL_DURATION)).isFalse();
    }
}
