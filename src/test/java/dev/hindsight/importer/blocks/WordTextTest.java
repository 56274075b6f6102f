package dev.hindsight.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A Word document saved as plain text: numbered tab headings, captioned tab tables and page footers. */
class WordTextTest {

    private static final String REPORT = String.join("\n",
            "ACME FREIGHT",
            "Incident Report",
            "",
            "1.\tIncident Overview",
            "",
            "Severity:\tP3",
            "Site:\tLeeds",
            "",
            "Table 1: Timeline",
            "Date\tTime\tEvent",
            "03-Mar-26\t06:10\tLabel printers stop",
            "03-Mar-26\t07:02\tPrinters back",
            "",
            "Page 1 of 2",
            "",
            "2.1\tWhat went well",
            "",
            "The night shift switched to hand labels.",
            "",
            "1.\tan item of a list, not alone",
            "2.\tanother");

    @Test
    void aNumberedTabHeadingIsAHeadingALevelForEachPartOfItsNumber() {
        SourceText read = MarkdownBlocks.read(REPORT);

        assertThat(read.blocks()).filteredOn(b -> b.is(Block.Kind.HEADING))
                .extracting(Block::level, Block::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "1. Incident Overview"),
                        org.assertj.core.groups.Tuple.tuple(3, "Timeline (Table 1)"),
                        org.assertj.core.groups.Tuple.tuple(3, "2.1. What went well"));
    }

    @Test
    void aCaptionOverATabTableHeadsItAndTheRowsKeepTheirLines() {
        SourceText read = MarkdownBlocks.read(REPORT);

        assertThat(read.blocks()).filteredOn(b -> b.is(Block.Kind.TABLE_ROW) && b.lines().first() >= 10)
                .extracting(b -> b.lines().first()).containsExactly(10, 11, 12);
        assertThat(read.line(9)).isEqualTo("Table 1: Timeline"); // the file's own line, for provenance
    }

    @Test
    void aPageFooterIsSkippedAndAListItemBesideAnotherStaysAnItem() {
        SourceText read = MarkdownBlocks.read(REPORT);

        assertThat(read.skipped()).anySatisfy(s -> {
            assertThat(s.lines()).isEqualTo(Lines.of(14));
            assertThat(s.reason()).isEqualTo("page footer");
        });
        assertThat(read.blocks()).filteredOn(b -> b.is(Block.Kind.LIST_ITEM)).hasSize(2);
    }

    @Test
    void textWithoutTabsIsLeftAlone() {
        String plain = "1. Summary\n\nPage 1 of 2\n";

        assertThat(WordText.asMarkdown(plain).body()).isEqualTo(plain);
    }

    @Test
    void aTabInACodeFenceIsCodeNotAHeading() {
        SourceText read = MarkdownBlocks.read("# Export failed\n\n```\nrows\tstatus\n\n1\tfailed to open the bucket\n\n```\n");

        assertThat(read.blocks()).filteredOn(b -> b.is(Block.Kind.HEADING)).hasSize(1);
    }
}
