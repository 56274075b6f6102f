package dev.hindsight.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A plain-text table lined up with spaces read as a Markdown table's header and rows; prose left alone. */
class AlignedTablesTest {

    private static List<Block> tableBlocks(String document) {
        return MarkdownBlocks.parse(document).blocks().stream()
                .filter(b -> b.is(Block.Kind.TABLE_HEADER) || b.is(Block.Kind.TABLE_ROW)).toList();
    }

    @Test
    void rowsLinedUpUnderAHeaderAreTableRowsAndIndentedLinesGoOnWithTheirCells() {
        String doc = """
                Follow-up tasks
                ---------------
                Task       What                                  Owner           Due
                --------   -----------------------------------   -------------   ----------
                TSK-101    Alert on queue depth falling to zero   Oskar Lind      2026-05-02
                           within one minute
                TSK-102    Purge tool asks for the cluster name    Platform team   (none)
                TSK-103    Runbook for replaying the ledger      (none)          2026-05-20

                Notes follow here.
                """;
        assertThat(tableBlocks(doc)).extracting(b -> b.kind() + " " + b.cells() + " " + b.lines()).containsExactly(
                "TABLE_HEADER [Task, What, Owner, Due] line 3",
                "TABLE_ROW [TSK-101, Alert on queue depth falling to zero within one minute, Oskar Lind, 2026-05-02]"
                        + " lines 5-6",
                "TABLE_ROW [TSK-102, Purge tool asks for the cluster name, Platform team, (none)] line 7",
                "TABLE_ROW [TSK-103, Runbook for replaying the ledger, (none), 2026-05-20] line 8");
        assertThat(MarkdownBlocks.parse(doc).skipped()).anyMatch(s -> s.lines().first() == 4
                && s.reason().contains("rule"));
    }

    @Test
    void anIndentedLineThatFillsCellsTheLineAboveHadRoomInIsARowWithoutAKey() {
        String doc = """
                Follow-up tasks
                ---------------
                Task       What                                  Owner           Due
                --------   -----------------------------------   -------------   ----------
                TSK-101    Alert on queue depth falling to zero  Oskar Lind      2026-05-02
                           within one minute
                           Dashboard for ledger replay lag       Platform team   2026-05-20
                TSK-103    Runbook for replaying the ledger      (none)          2026-06-01
                """;
        assertThat(tableBlocks(doc)).extracting(b -> b.cells() + " " + b.lines()).containsExactly(
                "[Task, What, Owner, Due] line 3",
                "[TSK-101, Alert on queue depth falling to zero within one minute, Oskar Lind, 2026-05-02] lines 5-6",
                "[, Dashboard for ledger replay lag, Platform team, 2026-05-20] line 7",
                "[TSK-103, Runbook for replaying the ledger, (none), 2026-06-01] line 8");
    }

    @Test
    void anIndentedLineGoesOnWithEveryCellItFillsWhenEachRanOutOfRoomAbove() {
        String doc = """
                Task       What                                  Owner           Due
                --------   -----------------------------------   -------------   ----------
                TSK-101    Alert on queue depth falling to zero  Platform        2026-05-02
                           within one minute                     reliability
                TSK-102    Purge tool asks for the cluster name  Oskar Lind      2026-05-09
                """;
        assertThat(tableBlocks(doc)).extracting(b -> b.cells() + " " + b.lines()).containsExactly(
                "[Task, What, Owner, Due] line 1",
                "[TSK-101, Alert on queue depth falling to zero within one minute, Platform reliability, 2026-05-02]"
                        + " lines 3-4",
                "[TSK-102, Purge tool asks for the cluster name, Oskar Lind, 2026-05-09] line 5");
    }

    @Test
    void proseWithDoubleSpacesAfterItsSentencesIsNoTable() {
        String doc = """
                The queue drained.  Payments stopped.  We paged the on-call.
                Nobody had seen this before.  The runbook said nothing.
                """;
        assertThat(tableBlocks(doc)).isEmpty();
    }

    @Test
    void fieldsTwoALineLinedUpAreLabelsNotATable() {
        String doc = """
                Type:         Post-incident review     Priority:    Highest
                Reporter:     Astrid Berg              Assignee:    Henrik Lind
                """;
        assertThat(tableBlocks(doc)).isEmpty();
    }

    @Test
    void linesThatDoNotLineUpWithTheHeaderLeaveItAsText() {
        String doc = """
                Time    Who    What
                09:12 paged Oskar about the queue
                """;
        assertThat(tableBlocks(doc)).isEmpty();
        assertThat(MarkdownBlocks.parse(doc).blocks()).extracting(Block::kind).containsExactly(Block.Kind.PARAGRAPH);
    }

    @Test
    void aTableQuotedInACodeFenceStaysCode() {
        String doc = """
                ```
                NAME       READY   STATUS
                api-7f9c   0/1     CrashLoopBackOff
                ```
                """;
        assertThat(tableBlocks(doc)).isEmpty();
    }
}
