package dev.hindsight.importer.sections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Blocks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain text writes its section titles as lines of their own. */
class LineTitlesTest {

    @Test
    void aLineNamingAKnownSectionIsItsHeadingInADocumentWithoutHeadings() {
        List<Block> blocks = Blocks.markdown("Title\tDisk full\n\nWhat went well?\n\n- Paging worked\n\n"
                + "Impact was limited to one region.\n").blocks();

        List<Block> promoted = LineTitles.promote(blocks, Vocabulary.builtIn(), "");

        assertThat(promoted).extracting(Block::kind).containsExactly(Block.Kind.TABLE_ROW, Block.Kind.HEADING,
                Block.Kind.LIST_ITEM, Block.Kind.PARAGRAPH);
        assertThat(promoted.get(1).text()).isEqualTo("What went well?");
    }

    @Test
    void aDocumentWithHeadingsKeepsItsOutline() {
        List<Block> blocks = Blocks.markdown("# Disk full\n\nWhat went well?\n\n- Paging worked\n").blocks();

        assertThat(LineTitles.promote(blocks, Vocabulary.builtIn(), "")).isEqualTo(blocks);
    }
}
