package dev.hindsight.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.hindsight.importer.blocks.Block.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GFM tables read into a header and rows, each row on its own line. */
class MarkdownTablesTest {

    @Test
    void aTableWithADateTimeColumnGivesAHeaderAndOneRowPerLine() {
        String md = """
                | Date/Time | Event | Ticket |
                |-----------|-------|--------|
                | 2026-03-02 11:50 PM PST | Index rebuild **started** | [OPS-9](https://t.example.com/OPS-9) |
                |  |  |  |
                | 3/3/2026 2:10 AM PST | Alias switched back | |
                """;
        SourceText read = MarkdownBlocks.read(md);

        assertThat(read.blocks()).extracting(Block::kind)
                .containsExactly(Kind.TABLE_HEADER, Kind.TABLE_ROW, Kind.TABLE_ROW);
        assertThat(read.blocks().get(0).cells()).containsExactly("Date/Time", "Event", "Ticket");
        assertThat(read.blocks().get(1).cells()).containsExactly("2026-03-02 11:50 PM PST", "Index rebuild started", "OPS-9");
        assertThat(read.blocks().get(1).links()).containsExactly("https://t.example.com/OPS-9");
        assertThat(read.blocks()).extracting(Block::lines).containsExactly(Lines.of(1), Lines.of(3), Lines.of(5));
        assertThat(read.skipped()).containsExactly(new SourceText.Skip(Lines.of(2), "table delimiter row"),
                new SourceText.Skip(Lines.of(4), "empty table row"));
    }

    @Test
    void aRowWithMoreCellsThanItsHeaderKeepsTheExtraCellsAsWritten() {
        List<Block> blocks = MarkdownBlocks.read("| Time | Event |\n|---|---|\n| 14:02 | failed | again **twice** |\n")
                .blocks();

        assertThat(blocks.get(1).cells()).containsExactly("14:02", "failed", "again **twice**");
    }

    @Test
    void aTableInsideAListItemOrAQuoteIsReadTheSame() {
        List<Block> blocks = MarkdownBlocks.read("- Timeline\n\n  | Time | Event |\n  |---|---|\n  | 14:02 | paged |\n\n"
                + "> | Owner | Action |\n> |---|---|\n> | Raj | Add alert | extra |\n").blocks();

        assertThat(blocks).extracting(Block::kind).containsExactly(Kind.LIST_ITEM, Kind.TABLE_HEADER, Kind.TABLE_ROW,
                Kind.TABLE_HEADER, Kind.TABLE_ROW);
        assertThat(blocks.get(2).cells()).containsExactly("14:02", "paged");
        assertThat(blocks.get(4).cells()).containsExactly("Raj", "Add alert", "extra");
        assertThat(blocks.get(4).lines()).isEqualTo(Lines.of(9));
    }

    @Test
    void anHtmlTableInMarkdownGivesEachRowTheLinesItIsWrittenOn() {
        SourceText read = MarkdownBlocks.read("<table>\n  <tr><th>Time</th><th>Event</th></tr>\n"
                + "  <tr><td>14:02</td><td>Alert &amp; page</td></tr>\n  <tr><td>14:09</td><td>acked</td></tr>\n</table>\n");

        assertThat(read.blocks()).extracting(Block::kind, Block::text, Block::lines).containsExactly(
                tuple(Kind.TABLE_HEADER, "Time | Event", new Lines(1, 2)),
                tuple(Kind.TABLE_ROW, "14:02 | Alert & page", Lines.of(3)),
                tuple(Kind.TABLE_ROW, "14:09 | acked", new Lines(4, 5)));
    }
}
