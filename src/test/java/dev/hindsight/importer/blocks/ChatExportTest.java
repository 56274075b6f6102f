package dev.hindsight.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A chat channel's export read as a list of timed messages, each on the lines it was written on. */
class ChatExportTest {

    private static List<Block> blocks(String document) {
        return MarkdownBlocks.parse(document).blocks();
    }

    @Test
    void eachMessageIsATimedItemWithItsSenderAndItsIndentedText() {
        List<Block> read = blocks("""
                CHANNEL HISTORY

                Alertmanager  APP  02:14
                    Firing: disk full on db-3

                Lena Vogt  2:16 AM
                    ack, looking
                    the WAL volume is at 100%

                Sam Ortiz  2:19 AM
                    my bad, I turned off the cleanup job yesterday
                """);

        assertThat(read).filteredOn(b -> b.is(Block.Kind.LIST_ITEM)).extracting(Block::text, b -> b.lines().first())
                .containsExactly(tuple("02:14 Alertmanager APP:\nFiring: disk full on db-3", 3),
                        tuple("2:16 AM Lena Vogt:\nack, looking\nthe WAL volume is at 100%", 6),
                        tuple("2:19 AM Sam Ortiz:\nmy bad, I turned off the cleanup job yesterday", 10));
    }

    @Test
    void twoMessagesOrALabelledTableAreLeftAsWritten() {
        String two = "Lena Vogt  2:16 AM\n    ack\n\nSam Ortiz  2:19 AM\n    on it\n";
        String aligned = "Start  02:14\n    (UTC)\nEnd  03:10\n    (UTC)\nDuration  56 min\n";

        assertThat(blocks(two)).noneMatch(b -> b.is(Block.Kind.LIST_ITEM));
        assertThat(blocks(aligned)).noneMatch(b -> b.is(Block.Kind.LIST_ITEM));
    }
}
