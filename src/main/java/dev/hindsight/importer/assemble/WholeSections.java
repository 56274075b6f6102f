package dev.hindsight.importer.assemble;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.read.ImportLog;
import java.util.List;

/**
 * How sections a seed layout writes one entry a line are read apart from the general shapes ({@code sections.json}
 * "writtenWhole"): a timeline whose every entry has its time, an impact list whose labels the layout writes even
 * when they are not filled in. Stateless.
 */
final class WholeSections {

    private WholeSections() {
    }

    /**
     * A timeline written one entry a line: a top-level item with no figure in its opening words has no time, so
     * it cannot be placed; it is skipped and said so, not made a detail of the entry before it. An item that is
     * only the template's placeholder ("[Time]: [Event]") is skipped quietly.
     */
    static List<Block> timedItems(List<Block> blocks, ImportLog log) {
        List<Block> out = new java.util.ArrayList<>();
        for (Block b : blocks) {
            String text = b.text().strip();
            String lead = text.length() > 25 ? text.substring(0, 25) : text;
            if (!b.is(Block.Kind.LIST_ITEM) || b.level() > 0 || lead.chars().anyMatch(Character::isDigit)) {
                out.add(b);
            } else if (dev.hindsight.importer.read.Placeholders.isUnfilled(text.split(":", 2)[0])) {
                log.skip(b.lines(), "'" + text + "' is the template's placeholder, not filled in");
            } else {
                log.skip(b.lines(), "a timeline entry with no time");
                log.note("timeline entry '" + text + "' has no time; skipped");
            }
        }
        return out;
    }

    /** In a seed layout, a list item that is a label and nothing else, or a placeholder, is not filled in. */
    static boolean unfilled(Block b, ImportLog log) {
        if (b.text().indexOf('\n') >= 0) {
            return false;
        }
        boolean empty = dev.hindsight.importer.read.LabelledLines.read(b.text().strip())
                .filter(l -> dev.hindsight.importer.read.Placeholders.isUnfilled(l.value())).isPresent();
        if (empty) {
            log.skip(b.lines(), "'" + b.text().strip() + "' is not filled in");
        }
        return empty;
    }
}
