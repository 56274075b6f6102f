package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every text-field reader reads a section in time proportional to its length, whatever the text holds: long runs of
 * digits, spaces, colons, bold marks or trigger words cost no more than prose. The bounds are generous (a warm
 * run takes a small fraction of them); a pattern that backtracks over a line takes minutes, not seconds.
 */
class AnalysisReadersCostTest {

    private static final Conventions CONVENTIONS = Conventions.defaults();

    @BeforeAll
    static void warmUp() {
        // The first run pays for loading classes and compiling patterns, which is not what is measured.
        readAll(section(7_000));
    }

    @Test
    void halfAMegabyteOfProseListsAndTablesIsReadQuickly() {
        var blocks = section(7_000);
        assertThat(blocks.stream().mapToInt(b -> b.text().length()).sum()).isGreaterThan(450_000);

        assertThat(millisToRead(blocks)).isLessThan(5_000);
    }

    @Test
    void pathologicalLinesCostNoMoreThanOrdinaryOnes() {
        List<String> lines = List.of(
                "1".repeat(900_000),
                " ".repeat(900_000) + "lasted",
                "root cause ".repeat(90_000) + "is",
                "Why ".repeat(200_000) + "?",
                ("a:" + "b".repeat(40)).repeat(20_000),
                "**".repeat(400_000),
                "lasted 1h ".repeat(90_000),
                "all users in " + "eu.".repeat(300_000),
                "Severity: " + " ".repeat(900_000) + "x",
                "Services affected: a" + " ".repeat(900_000) + "and b",
                "Stale runbook (" + " ".repeat(900_000) + "(High)");
        for (String line : lines) {
            assertThat(millisToRead(List.of(Block.paragraph(line, Lines.of(1))))).as(line.substring(0, 12)).isLessThan(2_000);
            assertThat(millisToRead(List.of(Block.item(0, "-", line, null, false, List.of(), Lines.of(1)))))
                    .as(line.substring(0, 12)).isLessThan(2_000);
        }
    }

    private static List<Block> section(int blocks) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; out.size() < blocks; i++) {
            int line = out.size() + 1;
            out.add(Block.paragraph("At 16:" + (i % 60) + " the root cause of the backlog was the queue: it lasted 1 "
                    + "hour and 4 minutes for about 1,200 customers, Severity: SEV-2 - why did it fail? Because it did.",
                    Lines.of(line)));
            out.add(Block.item(0, "-", "Why did the import run at noon? — Because the cron moved " + i + " times.",
                    null, false, List.of(), Lines.of(line + 1)));
            out.add(Block.item(1, "-", "Impact: 30% of users - Severity: High", null, false, List.of(), Lines.of(line + 2)));
            out.add(Block.row(List.of("Time to detect", i + " min"), List.of(), Lines.of(line + 3)));
        }
        return out;
    }

    private static long millisToRead(List<Block> blocks) {
        long start = System.nanoTime();
        readAll(blocks);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void readAll(List<Block> blocks) {
        var log = new ImportLog();
        ProseReader.text(blocks);
        ProseReader.items(blocks, log);
        FindingsReader.read(blocks, log);
        RootCauseReader.read(blocks);
        RootCauseReader.fromSummary(blocks);
        FiveWhysReader.read(blocks, log);
        ImpactReader.read(blocks, CONVENTIONS, log);
        StatsReader.read(blocks, log);
        LabelledLines.read(blocks);
    }
}
