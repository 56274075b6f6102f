package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A root-cause section that holds its whole analysis ("Why did it happen?": a paragraph, a bulleted list, a
 * numbered list of whys), as a layout that writes one record entry a line lays it out: the numbered items that
 * ask why ("1. Why did X? Y") are the five whys, the other items the contributing factors, the rest the prose of
 * the root cause. Stateless.
 */
public final class CauseSection {

    /** The section's blocks by what they state. */
    public record Parts(List<Block> prose, List<Block> factors, List<Block> whys) {
    }

    private CauseSection() {
    }

    public static Parts split(List<Block> blocks) {
        List<Block> prose = new ArrayList<>();
        List<Block> factors = new ArrayList<>();
        List<Block> whys = new ArrayList<>();
        for (Block b : blocks) {
            if (!b.is(Block.Kind.LIST_ITEM)) {
                prose.add(b);
            } else if (isNumbered(b) && asksWhy(b.text())) {
                whys.add(b);
            } else {
                factors.add(b);
            }
        }
        return new Parts(prose, factors, whys);
    }

    /** A numbered item ("1.", "2)"): the list item's marker is its first cell. */
    private static boolean isNumbered(Block b) {
        return !b.cells().isEmpty() && !b.cells().get(0).isEmpty() && Character.isDigit(b.cells().get(0).charAt(0));
    }

    private static boolean asksWhy(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("why") && t.indexOf('?') > 0;
    }
}
