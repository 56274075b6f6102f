package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import java.util.Arrays;
import java.util.List;

/** The shape of an action items section: its own heading, its introduction, which subsections hold lists. */
final class ActionSection {

    private ActionSection() {
    }

    /** For each block, whether its subsection (up to the next heading) holds a list or a table. */
    static boolean[] listedSubsections(List<Block> blocks) {
        boolean[] out = new boolean[blocks.size()];
        int start = 0;
        for (int i = 0; i <= blocks.size(); i++) {
            if (i == blocks.size() || blocks.get(i).is(Block.Kind.HEADING)) {
                boolean listed = false;
                for (int k = start; k < i; k++) {
                    Block.Kind kind = blocks.get(k).kind();
                    listed |= kind == Block.Kind.LIST_ITEM || kind == Block.Kind.TABLE_ROW;
                }
                Arrays.fill(out, start, i, listed);
                start = i + 1;
            }
        }
        return out;
    }

    /**
     * Where the section's introduction ends: the first subsection heading after its own heading (or after its
     * first text, when its own heading is not given). Paragraphs before it ("Each item below has an owner")
     * introduce the items rather than being items. Blocks that start with a subsection heading have none.
     */
    static int introEnd(List<Block> blocks, int ownHeading) {
        if (!blocks.isEmpty() && blocks.get(0).is(Block.Kind.HEADING) && ownHeading != 0) {
            return 0;
        }
        for (int i = 1; i < blocks.size(); i++) {
            if (blocks.get(i).is(Block.Kind.HEADING)) {
                return i;
            }
        }
        return 0;
    }

    /** The section's own heading: the first block, when it is a heading no later heading is above or beside. */
    static int ownHeading(List<Block> blocks) {
        if (blocks.isEmpty() || !blocks.get(0).is(Block.Kind.HEADING)) {
            return -1;
        }
        int level = blocks.get(0).level();
        for (int i = 1; i < blocks.size(); i++) {
            if (blocks.get(i).is(Block.Kind.HEADING) && blocks.get(i).level() <= level) {
                return -1;
            }
        }
        return 0;
    }
}
