package dev.hindsight.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The wikis' markups besides Jira's and AsciiDoc's: Textile's (Redmine) and DokuWiki's tables, DokuWiki's headings
 * that count down, MediaWiki's links, bold, code and items; and what is not taken for them.
 */
class OtherWikiMarkupBlocksTest {

    private static List<Block> blocks(String document) {
        return MarkdownBlocks.parse(document).blocks();
    }

    private static List<Block> of(List<Block> blocks, Block.Kind kind) {
        return blocks.stream().filter(b -> b.is(kind)).toList();
    }

    @Test
    void aTextileTableIsAHeaderAndRowsWithoutItsCellMarks() {
        List<Block> read = blocks("h2. Timeline\n\n|_. Time |_. What happened |\n| 04:10 | Pump 3 tripped. |\n"
                + "|{color:red}. 04:25 | Standby pump started by hand. |\n\np. After the table.\n");

        assertThat(of(read, Block.Kind.TABLE_HEADER)).singleElement()
                .satisfies(h -> assertThat(h.cells()).containsExactly("Time", "What happened"));
        assertThat(of(read, Block.Kind.TABLE_ROW)).extracting(Block::cells, Block::lines).containsExactly(
                tuple(List.of("04:10", "Pump 3 tripped."), Lines.of(4)),
                tuple(List.of("04:25", "Standby pump started by hand."), Lines.of(5)));
    }

    @Test
    void aDokuWikiTableReadsCaretHeadersFactRowsAndLinksByTheirLabels() {
        List<Block> read = blocks("^ Ticket   | PIR-88 |\n^ Severity | Sev 2 |\n\n"
                + "^ Action ^ Owner ^ Due ^\n| Rotate the key | [[user:rpatel|Ravi Patel]] | 2027-01-15 |\n"
                + "| Page venue ops |  | Q1 2027 |\n");

        assertThat(read.stream().filter(b -> !b.cells().isEmpty())).extracting(Block::kind, Block::cells)
                .containsExactly(tuple(Block.Kind.TABLE_HEADER, List.of("Ticket", "PIR-88")),
                        tuple(Block.Kind.TABLE_ROW, List.of("Severity", "Sev 2")),
                        tuple(Block.Kind.TABLE_HEADER, List.of("Action", "Owner", "Due")),
                        tuple(Block.Kind.TABLE_ROW, List.of("Rotate the key", "Ravi Patel", "2027-01-15")),
                        tuple(Block.Kind.TABLE_ROW, List.of("Page venue ops", "", "Q1 2027")));
    }

    @Test
    void aMarkdownTableAndASingleBarredLineAreNotTakenForOne() {
        List<Block> read = blocks("| Time | Event |\n|---|---|\n| 10:02 | Alert |\n\nThe ratio was a|b at |peak|\n");

        assertThat(of(read, Block.Kind.TABLE_HEADER)).singleElement()
                .satisfies(h -> assertThat(h.cells()).containsExactly("Time", "Event"));
        assertThat(of(read, Block.Kind.TABLE_ROW)).singleElement()
                .satisfies(r -> assertThat(r.cells()).containsExactly("10:02", "Alert"));
        assertThat(of(read, Block.Kind.PARAGRAPH)).extracting(Block::text).containsExactly("The ratio was a|b at |peak|");
    }

    @Test
    void dokuWikiHeadingsCountDownAndLoseTheirClosingMarks() {
        List<Block> read = blocks("====== PIR: scanners ======\n\n===== Summary =====\n\nText.\n\n"
                + "==== Detail ====\n\nMore.\n");

        assertThat(of(read, Block.Kind.HEADING)).extracting(Block::text, Block::level).containsExactly(
                tuple("PIR: scanners", 1), tuple("Summary", 2), tuple("Detail", 3));
    }

    @Test
    void mediaWikiHeadingsCountUpAndItsInlineMarksAreMarkdowns() {
        List<Block> read = blocks("== Summary ==\nThe '''alias''' moved to <code>catalogue-v42</code> at 13:02.\n\n"
                + "=== Timeline ===\n''All times in UTC.''\n\n* 13:09 Alert paged [[User:Kbright|Kit Bright]].\n\n"
                + "== Actionables ==\n* {{Done}} Restore the wait step\n# Add a check – [[phab:T4419]]\n");

        assertThat(of(read, Block.Kind.HEADING)).extracting(Block::text, Block::level).containsExactly(
                tuple("Summary", 2), tuple("Timeline", 3), tuple("Actionables", 2));
        assertThat(of(read, Block.Kind.PARAGRAPH)).extracting(Block::text)
                .contains("The alias moved to catalogue-v42 at 13:02.", "All times in UTC.");
        assertThat(of(read, Block.Kind.LIST_ITEM)).extracting(b -> b.text().strip(), Block::checked).containsExactly(
                tuple("13:09 Alert paged Kit Bright.", null), tuple("Restore the wait step", true),
                tuple("Add a check – phab:T4419", null));
    }

    @Test
    void aMarkdownDocumentWithWikiLinksButNoWikiHeadingKeepsThem() {
        List<Block> read = blocks("# Outage\n\nSee [[runbooks/dns]] and the '''quoted''' word.\n");

        assertThat(of(read, Block.Kind.PARAGRAPH)).extracting(Block::text)
                .containsExactly("See [[runbooks/dns]] and the '''quoted''' word.");
    }
}
