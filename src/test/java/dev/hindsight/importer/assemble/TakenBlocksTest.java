package dev.hindsight.importer.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The blocks left once a timeline has taken its entries out of a section. */
class TakenBlocksTest {

    @Test
    void theBlocksLeftKeepTheirOrderAndLoseOnlyTheTakenOnes() {
        Block intro = Block.paragraph("Paging went to the wrong rota.", Lines.of(1));
        Block first = Block.paragraph("08:12 alert fires", Lines.of(2));
        Block aside = Block.paragraph("Times are UTC.", Lines.of(3));
        Block second = Block.paragraph("08:20 rollback", Lines.of(4));

        assertThat(SectionFields.without(List.of(intro, first, aside, second), List.of(second, first)))
                .containsExactly(intro, aside);
    }

    @Test
    @Timeout(10)
    void aChatOfAHundredThousandLinesIsTakenApartInLinearTime() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            blocks.add(Block.paragraph("08:12 Name " + i % 7 + ": message " + i, Lines.of(i + 1)));
        }
        List<Block> taken = blocks.subList(1, blocks.size());

        assertThat(SectionFields.without(blocks, taken)).containsExactly(blocks.get(0));
    }
}
