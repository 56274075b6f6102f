package dev.hindsight.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.importer.blocks.Block.Kind;
import java.util.List;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** Markdown (and plain text) read into blocks: what each kind of line becomes, with the lines it came from. */
class MarkdownBlocksTest {

    static List<Block> blocks(String markdown) {
        return MarkdownBlocks.read(markdown).blocks();
    }

    static List<Block> of(Kind kind, List<Block> blocks) {
        return blocks.stream().filter(b -> b.is(kind)).toList();
    }

    static List<String> reasons(SourceText read) {
        return read.skipped().stream().map(SourceText.Skip::reason).toList();
    }

    @Test
    void aBulletWithABoldTimeReadsAsPlainText() {
        Block item = blocks("- **16:58 UTC** - Error rate alert fires for *search-eu*").get(0);

        assertThat(item.kind()).isEqualTo(Kind.LIST_ITEM);
        assertThat(item.text()).isEqualTo("16:58 UTC - Error rate alert fires for search-eu");
        assertThat(item.cells()).containsExactly("-");
        assertThat(item.level()).isZero();
        assertThat(item.checked()).isNull();
        assertThat(item.lines()).isEqualTo(Lines.of(1));
    }

    @Test
    void aTickedStruckTaskKeepsItsIssueReference() {
        Block item = blocks("- [x] ~~Rotate keys~~ (#12829)").get(0);

        assertThat(item.checked()).isTrue();
        assertThat(item.struck()).isTrue();
        assertThat(item.text()).isEqualTo("Rotate keys (#12829)");
    }

    @Test
    void taskBoxesAreReadTickedInEitherCaseAndOpen() {
        List<Block> items = blocks("- [ ] Add alert\n- [X] Page the owner\n- [x] Write runbook\n- plain");

        assertThat(items).extracting(Block::checked).containsExactly(false, true, true, null);
        assertThat(items).extracting(Block::struck).containsOnly(false);
    }

    @Test
    void anItemIsStruckOnlyWhenItOpensStruckAndMostOfItIs() {
        List<Block> items = blocks("- ~~Add alert~~ done in #123\n- Fix it ~~tomorrow~~\n"
                + "- ~~a~~ then a long plain explanation of why not");

        assertThat(items).extracting(Block::struck).containsExactly(true, false, false);
    }

    @Test
    void aWrappedItemKeepsItsContinuationLinesButNotItsNestedItems() {
        String md = """
                - [ ] Alert on cache hit ratio,
                  owner @priya
                  - [x] Dashboard panel
                    1. Deep numbered
                - Next
                """;
        List<Block> items = blocks(md);

        assertThat(items).extracting(Block::text)
                .containsExactly("Alert on cache hit ratio,\nowner @priya", "Dashboard panel", "Deep numbered", "Next");
        assertThat(items).extracting(Block::level).containsExactly(0, 1, 2, 0);
        assertThat(items).extracting(Block::lines)
                .containsExactly(new Lines(1, 2), Lines.of(3), Lines.of(4), Lines.of(5));
        assertThat(items.get(2).cells()).containsExactly("1.");
    }

    @Test
    void listMarkersAreKeptAsWrittenAndNumbersCountOnFromTheStart() {
        List<Block> items = blocks("* star\n\n+ plus\n\n3. third\n4. fourth\n\n1) paren");

        assertThat(items).extracting(b -> b.cells().get(0)).containsExactly("*", "+", "3.", "4.", "1)");
    }

    @Test
    void anImageAndAFencedLogBetweenTimelineEntriesAreBlocksOfTheirOwn() {
        String md = """
                - 16:58 Alert fires

                ![Error rate graph](https://img.example.com/errors.png)

                ```log
                16:58:01 ERROR search-eu: index empty
                ```

                - 17:10 Alias rolled back
                """;
        List<Block> blocks = blocks(md);

        assertThat(blocks).extracting(Block::kind)
                .containsExactly(Kind.LIST_ITEM, Kind.IMAGE, Kind.CODE, Kind.LIST_ITEM);
        assertThat(blocks.get(1).text()).isEqualTo("Error rate graph");
        assertThat(blocks.get(1).links()).containsExactly("https://img.example.com/errors.png");
        assertThat(blocks.get(2).text()).isEqualTo("16:58:01 ERROR search-eu: index empty");
        assertThat(blocks.get(2).cells()).containsExactly("log");
        assertThat(blocks.get(2).lines()).isEqualTo(new Lines(5, 7));
        assertThat(blocks.get(3).lines()).isEqualTo(Lines.of(9));
    }

    @Test
    void codeAndParagraphsInsideAnItemAreTheirOwnBlocks() {
        String md = """
                - 17:02 Restarted the pods

                  ```
                  kubectl rollout restart deploy/search
                  ```

                  The restart did not help.
                """;
        List<Block> blocks = blocks(md);

        assertThat(blocks).extracting(Block::kind).containsExactly(Kind.LIST_ITEM, Kind.CODE, Kind.PARAGRAPH);
        assertThat(blocks.get(0).text()).isEqualTo("17:02 Restarted the pods");
        assertThat(blocks.get(1).text()).isEqualTo("kubectl rollout restart deploy/search");
        assertThat(blocks.get(1).lines()).isEqualTo(new Lines(3, 5));
    }

    @Test
    void eachImageOfAParagraphOfImagesIsABlockOnItsOwnLine() {
        // The images' own lines come from a second reading that keeps inline nodes' lines: the first does not.
        String md = """
                - 16:58 Alert fires

                ![Error rate](e.png)
                ![Latency](l.png)
                ![Saturation](s.png)
                """;
        List<Block> images = of(Kind.IMAGE, blocks(md));

        assertThat(images).extracting(Block::text).containsExactly("Error rate", "Latency", "Saturation");
        assertThat(images).extracting(Block::lines).containsExactly(Lines.of(3), Lines.of(4), Lines.of(5));
    }

    @Test
    void anImageInsideTextGivesItsAltTextAndItsSource() {
        Block paragraph = blocks("See ![the graph](g.png) for the spike").get(0);

        assertThat(paragraph.kind()).isEqualTo(Kind.PARAGRAPH);
        assertThat(paragraph.text()).isEqualTo("See the graph for the spike");
        assertThat(paragraph.links()).containsExactly("g.png");
    }

    @Test
    void headingsOfBothKindsAreReadWithTheirLevelAndPlainText() {
        List<Block> blocks = blocks("# Incident **42**: search down\n\n### 5:00 PM\n\nTimeline (PST)\n---\n\nWhy\n===");

        assertThat(blocks).extracting(Block::kind).containsOnly(Kind.HEADING);
        assertThat(blocks).extracting(Block::text)
                .containsExactly("Incident 42: search down", "5:00 PM", "Timeline (PST)", "Why");
        assertThat(blocks).extracting(Block::level).containsExactly(1, 3, 2, 1);
        assertThat(blocks.get(2).lines()).isEqualTo(new Lines(5, 6));
    }

    @Test
    void aParagraphKeepsItsLineBreaksAndDropsInlineMarkup() {
        Block paragraph = blocks("All times **US/Pacific**.  \nSee [the channel](https://chat.example.com/c/42) and "
                + "`#incident-42`\n<https://status.example.com> or https://bare.example.com").get(0);

        assertThat(paragraph.text()).isEqualTo("All times US/Pacific.\nSee the channel and #incident-42\n"
                + "https://status.example.com or https://bare.example.com");
        assertThat(paragraph.links()).containsExactly("https://chat.example.com/c/42", "https://status.example.com");
        assertThat(paragraph.lines()).isEqualTo(new Lines(1, 3));
    }

    @Test
    void aQuoteGivesOneQuoteBlockPerParagraphAndItsListsAsItems() {
        String md = "> **Note:** all times UTC\n>\n> Second paragraph\n> - [ ] quoted task\n>> deeper";
        SourceText read = MarkdownBlocks.read(md);

        assertThat(read.blocks()).extracting(Block::kind)
                .containsExactly(Kind.QUOTE, Kind.QUOTE, Kind.LIST_ITEM, Kind.QUOTE);
        assertThat(read.blocks()).extracting(Block::text)
                .containsExactly("Note: all times UTC", "Second paragraph", "quoted task", "deeper");
        assertThat(read.blocks()).extracting(Block::level).containsExactly(1, 1, 0, 2);
        assertThat(read.blocks().get(2).checked()).isFalse();
        assertThat(read.skipped()).containsExactly(new SourceText.Skip(Lines.of(2), "empty quote line"));
    }

    @Test
    void indentedCodeIsVerbatimWithAnEmptyInfoString() {
        Block code = blocks("Log:\n\n    ERROR  pool exhausted\n      at Pool.get\n").get(1);

        assertThat(code.kind()).isEqualTo(Kind.CODE);
        assertThat(code.text()).isEqualTo("ERROR  pool exhausted\n  at Pool.get");
        assertThat(code.cells()).containsExactly("");
    }

    @Test
    void rulesCommentsAndReferenceDefinitionsAreSkippedWithTheirReason() {
        String md = "Text\n\n---\n\n<!-- One paragraph describing\nwhat happened -->\n\n[chan]: https://chat.example.com\n";
        SourceText read = MarkdownBlocks.read(md);

        assertThat(read.blocks()).extracting(Block::text).containsExactly("Text");
        assertThat(read.skipped()).containsExactly(new SourceText.Skip(Lines.of(3), "horizontal rule"),
                new SourceText.Skip(new Lines(5, 6), "HTML comment"),
                new SourceText.Skip(Lines.of(8), "link reference definition"));
    }

    @Test
    void htmlBlocksKeepTheirTextAndMarkupOnlyIsSkipped() {
        String md = "<details>\n<summary>Raw timeline</summary>\n\nInside\n\n</details>\n\n<br>\n\n"
                + "<table><tr><th>Time</th><th>Event</th></tr><tr><td>14:02</td><td>paged</td></tr></table>\n";
        SourceText read = MarkdownBlocks.read(md);

        assertThat(read.blocks()).extracting(Block::kind).containsExactly(Kind.PARAGRAPH, Kind.PARAGRAPH,
                Kind.TABLE_HEADER, Kind.TABLE_ROW);
        assertThat(read.blocks()).extracting(Block::text)
                .containsExactly("Raw timeline", "Inside", "Time | Event", "14:02 | paged");
        assertThat(read.blocks().get(0).lines()).isEqualTo(new Lines(1, 2));
        assertThat(read.blocks().get(3).lines()).isEqualTo(Lines.of(10));
        assertThat(reasons(read)).containsExactly("HTML markup only", "HTML markup only");
    }

    @Test
    void windowsLineEndsAByteOrderMarkAndNoBreakSpacesDoNotShiftLines() {
        SourceText read = MarkdownBlocks.read("\uFEFF# Title\r\n\r\n-\u00a0first\r\n- second\r\n");

        assertThat(read.lines()).containsExactly("# Title", "", "- first", "- second");
        assertThat(read.blocks()).extracting(Block::kind).containsExactly(Kind.HEADING, Kind.LIST_ITEM, Kind.LIST_ITEM);
        assertThat(read.blocks().get(2).lines()).isEqualTo(Lines.of(4));
    }

    @Test
    void aSingleTildeDoesNotStrikeTheWordsBetween() {
        Block item = blocks("- ~2,300 customers affected, ~4% of EU checkouts").get(0);

        assertThat(item.struck()).isFalse();
        assertThat(item.text()).isEqualTo("~2,300 customers affected, ~4% of EU checkouts");
    }

    @Test
    void plainTextFromAWordProcessorReadsAsParagraphsAndItsTabSeparatedLinesAsTableRows() {
        String text = "Post-incident review, card payouts\n\nTitle\tNightly ledger export failed\nAuthor\tTobias L.\t\n";
        List<Block> blocks = blocks(text);

        assertThat(blocks).extracting(Block::kind).containsExactly(Kind.PARAGRAPH, Kind.TABLE_ROW, Kind.TABLE_ROW);
        assertThat(blocks.get(0).text()).isEqualTo("Post-incident review, card payouts");
        assertThat(blocks.get(1).cells()).containsExactly("Title", "Nightly ledger export failed");
        assertThat(blocks.get(2).cells()).containsExactly("Author", "Tobias L.");
        assertThat(blocks.get(2).lines()).isEqualTo(Lines.of(4));
    }

    @Test
    void aParagraphWithSomeLinesWithoutATabStaysAParagraph() {
        List<Block> blocks = blocks("Title\tNightly ledger export failed\nthen prose without one\n");

        assertThat(blocks).extracting(Block::kind).containsExactly(Kind.PARAGRAPH);
    }

    @Test
    void emptyItemsAndHeadingsAreSkippedNotLost() {
        SourceText read = MarkdownBlocks.read("#\n\n-\n- real\n");

        assertThat(read.blocks()).extracting(Block::text).containsExactly("real");
        assertThat(read.skipped()).extracting(SourceText.Skip::reason).containsExactly("empty heading", "empty list item");
    }

    @Test
    void readingIntoBlocksCostsLittleMoreThanParsingTheMarkdown() {
        String markdown = entries(400_000);
        // The same parser as the reading's, so what is measured is the reading's own work.
        Parser plain = Parser.builder().extensions(List.of(TablesExtension.create(),
                StrikethroughExtension.builder().requireTwoTildes(true).build(), TaskListItemsExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
        long blocks = Long.MAX_VALUE;
        long parse = Long.MAX_VALUE;
        // Interleaved and best of several, so a busy machine slows both alike.
        for (int i = 0; i < 6; i++) {
            long start = System.nanoTime();
            MarkdownBlocks.read(markdown);
            blocks = Math.min(blocks, System.nanoTime() - start);
            start = System.nanoTime();
            plain.parse(markdown);
            parse = Math.min(parse, System.nanoTime() - start);
        }

        assertThat(MarkdownBlocks.read(markdown).blocks()).hasSizeGreaterThan(8_000);
        // About 1.5, a busy machine may triple it; anything growing faster than the document would be far above.
        assertThat(blocks).as("blocks against the parse alone").isLessThan(10 * parse);
    }

    private static String entries(int size) {
        StringBuilder md = new StringBuilder();
        for (int i = 0; md.length() < size; i++) {
            md.append("## Entry ").append(i).append("\n\n- **").append(i % 24).append(":00 UTC** - [x] ~~step~~ (#")
                    .append(i).append(")\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> quoted `code`\n\n");
        }
        return md.toString();
    }
}
