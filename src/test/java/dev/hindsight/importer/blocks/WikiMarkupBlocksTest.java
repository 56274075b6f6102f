package dev.hindsight.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Jira's and AsciiDoc's marks read as the Markdown blocks they stand for, each on its own lines, and nothing else
 * taken for them: code, a Markdown table whose first header cell is empty, a document with one "= " line.
 */
class WikiMarkupBlocksTest {

    private static List<Block> blocks(String document) {
        return MarkdownBlocks.parse(document).blocks();
    }

    private static List<Block> of(List<Block> blocks, Block.Kind kind) {
        return blocks.stream().filter(b -> b.is(kind)).toList();
    }

    @Test
    void aJiraTableIsAHeaderAndRowsOnTheirLines() {
        List<Block> read = blocks("h2. Timeline\n\n||Time||Event||\n|14:02|Alert fired|\n|14:30|[Rolled back|https://x.example/1]|\n");

        assertThat(of(read, Block.Kind.HEADING)).extracting(Block::text).containsExactly("Timeline");
        assertThat(of(read, Block.Kind.TABLE_HEADER)).singleElement()
                .satisfies(h -> assertThat(h.cells()).containsExactly("Time", "Event"));
        assertThat(of(read, Block.Kind.TABLE_ROW)).extracting(Block::cells).containsExactly(
                List.of("14:02", "Alert fired"), List.of("14:30", "[Rolled back|https://x.example/1]"));
        assertThat(of(read, Block.Kind.TABLE_ROW).get(1).lines()).isEqualTo(Lines.of(5));
    }

    @Test
    void aJiraFactTableKeepsEachValueBesideItsLabel() {
        List<Block> read = blocks("h1. Outage\n\n||Severity|SEV2|\n||Date|20/Nov/26|\n");

        assertThat(read.stream().filter(b -> !b.cells().isEmpty()).map(Block::cells))
                .containsExactly(List.of("Severity", "SEV2"), List.of("Date", "20/Nov/26"));
    }

    @Test
    void jiraQuotationsCodeAndNumberedItemsAreMarkdowns() {
        List<Block> read = blocks("h2. Notes\n\n{quote}\nWe should have paged sooner.\n{quote}\n\n"
                + "{quote}One line quoted.{quote}\n\nbq. Also quoted.\n\n{code:java}\nh2. not a heading\n"
                + "# not an item\n{code}\n\n# Add a canary\n# Alert on retries\n");

        assertThat(of(read, Block.Kind.QUOTE)).extracting(Block::text)
                .containsExactly("We should have paged sooner.", "One line quoted.", "Also quoted.");
        assertThat(of(read, Block.Kind.CODE)).singleElement()
                .satisfies(c -> assertThat(c.text()).contains("h2. not a heading").contains("# not an item"));
        assertThat(of(read, Block.Kind.HEADING)).extracting(Block::text).containsExactly("Notes");
        assertThat(of(read, Block.Kind.LIST_ITEM)).extracting(Block::text)
                .containsExactly("Add a canary", "Alert on retries");
        assertThat(MarkdownBlocks.parse("h2. Notes\n\n{quote}\nQuoted.\n{quote}\n").skipped())
                .extracting(SourceText.Skip::reason).contains("quotation mark");
    }

    @Test
    void anAsciiDocTableReadsCellsOverLinesSpecifiersSpansAndLongerDelimiters() {
        List<Block> read = blocks("= Outage\n\n== Timeline\n\n[cols=2*]\n|====\n|Time |Event\n\n|14:02\na|Alert fired\n"
                + "on two lines\n\n2+|A note across both\n\n|14:30 |Rolled back\n|====\n");

        assertThat(of(read, Block.Kind.TABLE_HEADER)).singleElement()
                .satisfies(h -> assertThat(h.cells()).containsExactly("Time", "Event"));
        assertThat(of(read, Block.Kind.TABLE_ROW)).extracting(Block::cells).containsExactly(
                List.of("14:02", "Alert fired on two lines"), List.of("A note across both", ""),
                List.of("14:30", "Rolled back"));
        assertThat(of(read, Block.Kind.TABLE_ROW).get(0).lines()).isEqualTo(new Lines(9, 11));
    }

    @Test
    void aRowWithMoreCellsThanColumnsGoesOnInTheNextRowWithoutFailing() {
        List<Block> read = blocks("= Outage\n\n== Timeline\n\n|===\n|Time |Event\n|14:02 |Alert fired |paged\n"
                + "|14:30 |Rolled back\n|===\n");

        assertThat(of(read, Block.Kind.TABLE_ROW)).extracting(Block::cells).containsExactly(
                List.of("Time", "Event"), List.of("14:02", "Alert fired"), List.of("paged", "14:30"),
                List.of("Rolled back"));
        assertThat(of(read, Block.Kind.TABLE_ROW)).allSatisfy(r -> assertThat(r.lines().last())
                .isGreaterThanOrEqualTo(r.lines().first()));
    }

    @Test
    void markdownCodeAndMarkdownTablesAreNotReadAsWikiMarkup() {
        String code = "# Notes\n\n```js\nconst ok = cached\n  || fetchFresh();\n```\n\n```\nh2. not a heading\n"
                + "|===\n|a |b\n|===\n```\n";
        List<Block> read = blocks(code);
        assertThat(of(read, Block.Kind.CODE)).extracting(Block::text).containsExactly(
                "const ok = cached\n  || fetchFresh();", "h2. not a heading\n|===\n|a |b\n|===");
        assertThat(of(read, Block.Kind.TABLE_ROW)).isEmpty();

        List<Block> table = blocks("# Latency\n\n|| Before | After |\n|---|---|---|\n| p50 | 40 ms | 900 ms |\n");
        assertThat(of(table, Block.Kind.TABLE_HEADER)).singleElement()
                .satisfies(h -> assertThat(h.cells()).containsExactly("", "Before", "After"));
    }

    @Test
    void oneLineStartingWithAnEqualsSignIsNoAsciiDocument() {
        List<Block> read = blocks("# Notes\n\n= not a heading in Markdown\n\nText.\n");

        assertThat(of(read, Block.Kind.HEADING)).extracting(Block::text).containsExactly("Notes");
    }
}
