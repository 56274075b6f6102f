package dev.hindsight.importer.assemble;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.read.LabelledLines;
import dev.hindsight.importer.read.Sourced;
import java.util.ArrayList;
import java.util.List;

/**
 * Which blocks a labelled line stands for: the block it is written in, the list items under it, or the paragraphs
 * its value runs on in. A label's value is not always on its own line ("Areas Affected:" then a list), and the
 * blocks it takes are then no one else's to read. Part of {@link LabelledFact}. Thread-safe.
 */
final class LabelBlocks {

    private LabelBlocks() {
    }

    /**
     * A layout's labelled item whose text runs on in paragraphs of its own ("- Resolution method: ..." and a
     * second paragraph of it): those paragraphs, up to the next list, entry or label.
     */
    static List<Block> continuation(List<Block> used, List<Block> blocks, String layout) {
        if (used.isEmpty() || !used.get(0).is(Block.Kind.LIST_ITEM)) {
            return List.of();
        }
        List<Block> out = new ArrayList<>();
        for (int i = blocks.indexOf(used.get(0)) + 1; i < blocks.size() && blocks.get(i).is(Block.Kind.PARAGRAPH)
                && !dev.hindsight.importer.sections.Classifier.startsWithTime(blocks.get(i).text())
                && !startsWithLabel(blocks.get(i), layout); i++) {
            out.add(blocks.get(i));
        }
        return out;
    }

    /** A paragraph opening with a label the layout knows: a fact of its own, no continuation of the one before. */
    private static boolean startsWithLabel(Block paragraph, String layout) {
        return LabelledLines.read(List.of(paragraph)).stream().limit(1)
                .anyMatch(l -> LabelVocabulary.builtIn().of(l.value().label(), layout).isPresent());
    }

    /** The label's block and the list items under it (deeper than it), which the label stands for. */
    static List<Block> under(List<Block> used, List<Block> blocks) {
        if (used.isEmpty()) {
            return used;
        }
        Block label = used.get(0);
        int level = label.is(Block.Kind.LIST_ITEM) ? label.level() : -1;
        List<Block> out = new ArrayList<>(used);
        for (int i = blocks.indexOf(label) + 1; i < blocks.size() && blocks.get(i).is(Block.Kind.LIST_ITEM)
                && blocks.get(i).level() > level; i++) {
            out.add(blocks.get(i));
        }
        return out;
    }

    /** The block the label line is in. */
    static List<Block> own(Sourced<LabelledLines.Labelled> line, List<Block> blocks) {
        return blocks.stream().filter(b -> b.lines().contains(line.lines().first())).limit(1).toList();
    }
}
