package dev.hindsight.importer.assemble;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.read.LabelledLines;
import dev.hindsight.importer.read.Sourced;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads the labelled facts among some blocks (a header, a metadata, impact or detection section) into the fields
 * their labels name ({@code importer/labels.json}), each field once: the first statement of it wins. Stateless.
 */
final class LabelledFacts {

    private LabelledFacts() {
    }

    /**
     * @param wanted which fields these blocks may fill (an impact section fills impact fields, not the date)
     * @return the blocks left: those no fact was read from in whole
     */
    static List<Block> read(List<Block> blocks, LabelledFact writer, RecordDraft draft, String layout,
                            Predicate<LabelVocabulary.Target> wanted) {
        Set<Block> used = new HashSet<>();
        for (Block b : blocks) {
            if (b.is(Block.Kind.FRONT_MATTER)) {
                used.add(b);
            }
        }
        LabelVocabulary vocabulary = LabelVocabulary.builtIn();
        for (Sourced<LabelledLines.Labelled> line : LabelledLines.read(blocks)) {
            var target = vocabulary.of(line.value().label(), layout).filter(wanted);
            if (target.isEmpty() || draft.has(target.get().field())) {
                continue;
            }
            // A label's own block is used when it is that line alone; a line within a paragraph leaves the rest.
            for (Block b : writer.write(target.get(), line, blocks)) {
                if (b.lines().first() == line.lines().first() && b.lines().last() == line.lines().last()
                        || !b.lines().contains(line.lines().first())) {
                    used.add(b);
                }
            }
        }
        List<Block> rest = new ArrayList<>();
        for (Block b : blocks) {
            if (!used.contains(b)) {
                rest.add(b);
            }
        }
        return rest;
    }
}
