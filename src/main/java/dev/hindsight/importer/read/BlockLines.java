package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;

/** The source line of one line of a block's text. Thread-safe. */
final class BlockLines {

    private BlockLines() {
    }

    /**
     * The source line holding line {@code index} (0-based) of the block's text. A block keeps its source's line
     * breaks, so the lines count from its first; when the text has more lines than the source (it cannot tell),
     * the whole block.
     */
    static Lines lineOf(Block block, int index) {
        int line = block.lines().first() + index;
        return line <= block.lines().last() ? Lines.of(line) : block.lines();
    }
}
