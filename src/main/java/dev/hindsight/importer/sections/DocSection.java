package dev.hindsight.importer.sections;

import dev.hindsight.importer.blocks.Block;
import java.util.List;

/**
 * A heading and the blocks under it, down to the next heading of any level; its subsections are sections of
 * their own, linked by {@code parent}.
 *
 * @param index   its place in the outline
 * @param level   the heading's level; 0 for what comes before the first heading (front matter, a preamble)
 * @param heading the heading block, or null for the preamble
 * @param blocks  the blocks under the heading, not counting subsections
 * @param parent  the index of the enclosing section, or -1
 */
public record DocSection(int index, int level, Block heading, List<Block> blocks, int parent) {

    public DocSection {
        blocks = List.copyOf(blocks);
    }

    /** The heading's text, or "" for the preamble. */
    public String title() {
        return heading == null ? "" : heading.text().strip();
    }
}
