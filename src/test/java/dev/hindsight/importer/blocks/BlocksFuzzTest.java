package dev.hindsight.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hindsight.kernel.InvalidInput;

/**
 * Any bytes are read into blocks or refused with {@link InvalidInput}; never another exception, a stack overflow or
 * a hang. Markdown is held to its rules: every non-blank line accounted for without the net for unforeseen lines.
 *
 * <p>Without JAZZER_FUZZ this replays the kept inputs under src/test/resources (fast); with it, it fuzzes.
 */
class BlocksFuzzTest {

    static {
        // Loads (and so instruments) what every input reaches before the fuzzer times the first one.
        Blocks.read("---\ntitle: x\n---\n# T\n\n- [x] ~~a~~\n\n| a |\n|---|\n| 1 |\n".getBytes());
        Blocks.read("<html><body><h1>T</h1><ul><li>a</li></ul></body></html>".getBytes());
    }

    @FuzzTest(maxDuration = "10m")
    void anyBytesAreReadIntoBlocksOrRefusedWithAReason(FuzzedDataProvider data) {
        byte[] content = data.consumeRemainingAsBytes();
        SourceText read;
        try {
            read = Blocks.read(content);
        } catch (InvalidInput refused) {
            return;
        }
        assertThat(LineCoverage.uncovered(read)).isEmpty();
        if (read.format().equals("markdown")) {
            SourceText strict = MarkdownBlocks.parse(Blocks.decode(content));
            assertThat(LineCoverage.uncovered(strict)).as(strict.lines().toString()).isEmpty();
        }
        for (Block block : read.blocks()) {
            assertThat(block.lines().last()).isLessThanOrEqualTo(read.lines().size());
        }
    }
}
