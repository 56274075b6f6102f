package dev.hindsight.importer.sections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Headings written as plain lines, as a page copied from a wiki or a tracker has them. */
class PlainHeadingsTest {

    private final Vocabulary vocabulary = Vocabulary.builtIn();

    @Test
    void aKnownSectionNameAloneOnItsLineIsAHeading() {
        List<Block> blocks = List.of(Block.paragraph("Incidents/2025-06-09 uploads", Lines.of(1)),
                Block.paragraph("Timeline[edit | edit source]\nAll times are in UTC.", new Lines(3, 4)),
                Block.item(0, "-", "08:14 credentials rotated", null, false, null, Lines.of(5)));

        List<Block> read = PlainHeadings.of(blocks, vocabulary);

        assertThat(read).extracting(Block::kind).containsExactly(Block.Kind.PARAGRAPH, Block.Kind.HEADING,
                Block.Kind.PARAGRAPH, Block.Kind.LIST_ITEM);
        assertThat(read.get(1).text()).isEqualTo("Timeline");
        assertThat(read.get(1).lines()).isEqualTo(Lines.of(3));
        assertThat(read.get(2).text()).isEqualTo("All times are in UTC.");
        assertThat(read.get(2).lines()).isEqualTo(Lines.of(4));
    }

    @Test
    void aHeadingJoinedToTheListItemAboveItEndsThatItem() {
        List<Block> blocks = List.of(Block.item(0, "-", "10:11 uploads work again\nWhat went well?\nThe alert fired",
                null, false, null, new Lines(5, 7)));

        List<Block> read = PlainHeadings.of(blocks, vocabulary);

        assertThat(read).extracting(Block::kind).containsExactly(Block.Kind.LIST_ITEM, Block.Kind.HEADING,
                Block.Kind.PARAGRAPH);
        assertThat(read.get(0).text()).isEqualTo("10:11 uploads work again");
        assertThat(read.get(0).lines()).isEqualTo(Lines.of(5));
        assertThat(read.get(1).text()).isEqualTo("What went well?");
    }

    @Test
    void aSentenceThatStartsWithASectionNameStaysProse() {
        List<Block> blocks = List.of(Block.paragraph("Impact was limited to uploads.\nTimeline of the fix below",
                new Lines(1, 2)));

        assertThat(PlainHeadings.of(blocks, vocabulary)).isEqualTo(blocks);
    }

    @Test
    void aDocumentWithHeadingsOfItsOwnIsLeftAsItIs() {
        List<Block> blocks = List.of(Block.heading(1, "Uploads outage", Lines.of(1)),
                Block.heading(2, "Summary", Lines.of(3)), Block.paragraph("Timeline\nSee below.", new Lines(5, 6)));

        assertThat(PlainHeadings.of(blocks, vocabulary)).isEqualTo(blocks);
    }

    @Test
    void subsectionsOfActionItemsNamingAKindOfWorkAreGroupsOfTheItems() {
        List<Block> blocks = List.of(Block.heading(1, "Tiles outage", Lines.of(1)),
                Block.heading(2, "Action items", Lines.of(3)), Block.heading(3, "Prevention", Lines.of(5)),
                Block.item(0, "-", "Refuse unknown sources", null, false, null, Lines.of(7)),
                Block.heading(3, "Detection", Lines.of(9)),
                Block.item(0, "-", "Alert on empty tiles", null, false, null, Lines.of(11)),
                Block.heading(3, "Mitigation", Lines.of(13)),
                Block.item(0, "-", "Serve the last good style", null, false, null, Lines.of(15)),
                Block.heading(2, "Detection", Lines.of(17)), Block.paragraph("Support saw it first.", Lines.of(19)));

        List<ReadSection> read = new Classifier(vocabulary).classify(Outline.of(blocks), 0, "");

        assertThat(read).extracting(ReadSection::kind).containsExactly(SectionKind.ACTION_ITEMS, SectionKind.DETECTION);
        assertThat(read.get(0).blocks()).filteredOn(b -> b.is(Block.Kind.LIST_ITEM)).hasSize(3);
    }

    @Test
    void aShortLineStandingAloneIsAHeadingWhenItsStartNamesAKnownSection() {
        List<Block> blocks = dev.hindsight.importer.blocks.Blocks.markdown("Title\tDisk full\n\nImpact summary\n\n"
                + "- Paging worked\n\nImpact was limited to one region.\n").blocks();

        List<Block> read = PlainHeadings.of(blocks, vocabulary, "");

        assertThat(read).extracting(Block::kind).containsExactly(Block.Kind.TABLE_ROW, Block.Kind.HEADING,
                Block.Kind.LIST_ITEM, Block.Kind.PARAGRAPH);
        assertThat(read.get(1).text()).isEqualTo("Impact summary");
    }

    @Test
    void aDocumentWithAnOutlineOfItsOwnKeepsIt() {
        List<Block> blocks = dev.hindsight.importer.blocks.Blocks.markdown(
                "# Disk full\n\n## Summary\n\nWhat went well?\n\n- Paging worked\n").blocks();

        assertThat(PlainHeadings.of(blocks, vocabulary, "")).isEqualTo(blocks);
    }
}
