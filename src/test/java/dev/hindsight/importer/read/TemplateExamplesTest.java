package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Blocks;
import org.junit.jupiter.api.Test;

/** A template's examples and placeholders left in a findings list are not findings. */
class TemplateExamplesTest {

    @Test
    void examplesAndBracketedPlaceholdersArePassedOverAndLogged() {
        var log = new ImportLog();
        var blocks = Blocks.markdown("""
                - E.g. Oncall identified the impact within 3 minutes
                - <E.g. it happened on off hours>
                - Paging reached the right team, e.g. within a minute
                - [Key point 1]
                """).blocks();

        var kept = TemplateExamples.without(blocks, log);

        assertThat(kept).extracting(Block::text).containsExactly("Paging reached the right team, e.g. within a minute");
        assertThat(log.skipped()).hasSize(3);
    }
}
