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
        return read(blocks, writer, draft, layout, wanted, Set.of());
    }

    /** @param readBefore lines another reader already took (the author's line): in a fact sheet, they go too */
    static List<Block> read(List<Block> blocks, LabelledFact writer, RecordDraft draft, String layout,
                            Predicate<LabelVocabulary.Target> wanted, Set<Integer> readBefore) {
        Set<Block> used = new HashSet<>();
        for (Block b : blocks) {
            if (b.is(Block.Kind.FRONT_MATTER)) {
                used.add(b);
            }
        }
        LabelVocabulary vocabulary = LabelVocabulary.builtIn();
        Set<Integer> readLines = new HashSet<>(readBefore);
        for (Sourced<LabelledLines.Labelled> line : withWiderRows(LabelledLines.read(blocks), blocks, layout)) {
            var target = vocabulary.of(line.value().label(), layout).filter(wanted);
            if (target.isEmpty()) {
                continue;
            }
            if (draft.has(target.get().field())) {
                // A seed layout states some facts twice (the header and a table): the second is its own line too.
                restated(target.get(), line, blocks, used, writer);
                continue;
            }
            // A label's own block is used when it is that line alone; a line within a paragraph leaves the rest.
            for (Block b : writer.write(target.get(), line, blocks)) {
                if (b.lines().first() == line.lines().first() && b.lines().last() == line.lines().last()
                        || !b.lines().contains(line.lines().first())) {
                    used.add(b);
                } else if (line.lines().first() == line.lines().last()) {
                    readLines.add(line.lines().first());
                }
            }
        }
        List<Block> rest = new ArrayList<>();
        for (Block b : blocks) {
            if (!used.contains(b)) {
                unread(b, readLines).ifPresent(rest::add);
            }
        }
        return rest;
    }

    /**
     * The labelled lines, and the rows of a two-column fact table that are wider than its header and open with a
     * label of the layout's own ("| Data Loss | Errors | mobile |"): the value held a '|' the writer did not
     * escape, and is the rest of the row. Elsewhere a wider row is no label and value.
     */
    private static List<Sourced<LabelledLines.Labelled>> withWiderRows(List<Sourced<LabelledLines.Labelled>> read,
                                                                       List<Block> blocks, String layout) {
        List<Sourced<LabelledLines.Labelled>> out = null;
        int columns = 0;
        for (Block b : blocks) {
            columns = b.is(Block.Kind.TABLE_HEADER) ? b.cells().size() : b.is(Block.Kind.TABLE_ROW) ? columns : 0;
            if (!b.is(Block.Kind.TABLE_ROW) || columns != 2 || b.cells().size() <= 2
                    || LabelVocabulary.builtIn().of(b.cells().get(0), layout)
                    .filter(LabelVocabulary.Target::ownsEmptyLine).isEmpty()) {
                continue;
            }
            out = out == null ? new ArrayList<>(read) : out;
            out.add(new Sourced<>(new LabelledLines.Labelled(b.cells().get(0).strip(),
                    String.join(" | ", b.cells().subList(1, b.cells().size())).strip()), b.lines()));
        }
        if (out == null) {
            return read;
        }
        out.sort(java.util.Comparator.comparingInt(l -> l.lines().first()));
        return out;
    }

    /** A layout's label for a field already read: its line alone is the layout's, reported as context. */
    private static void restated(LabelVocabulary.Target target, Sourced<LabelledLines.Labelled> line,
                                 List<Block> blocks, Set<Block> used, LabelledFact writer) {
        if (!target.ownsEmptyLine()) {
            return;
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.lines().first() == line.lines().first() && b.lines().last() == line.lines().last()) {
                used.add(b);
                writer.restated(target, line);
                // "- Actions taken:" again, with its list: the list is the restatement's too.
                for (int j = i + 1; b.is(Block.Kind.LIST_ITEM) && j < blocks.size()
                        && blocks.get(j).is(Block.Kind.LIST_ITEM) && blocks.get(j).level() > b.level(); j++) {
                    used.add(blocks.get(j));
                    writer.restated(target, new Sourced<>(line.value(), blocks.get(j).lines()));
                }
            }
        }
    }

    /**
     * A paragraph of facts one a line ("Date: ...", "Impact: ...") some of which were read: the lines not read,
     * or nothing when every line was. Only where each text line is one source line.
     */
    private static java.util.Optional<Block> unread(Block b, Set<Integer> readLines) {
        if ((b.is(Block.Kind.TABLE_ROW) || b.is(Block.Kind.TABLE_HEADER)) && b.lines().first() == b.lines().last()
                && readLines.contains(b.lines().first())) {
            return java.util.Optional.empty(); // a fact sheet's row another reader took (the author's)
        }
        String[] parts = b.text().split("\n", -1);
        boolean exact = b.lines().last() - b.lines().first() + 1 == parts.length;
        if (!exact || readLines.stream().noneMatch(n -> b.lines().contains(n)) || !(b.is(Block.Kind.PARAGRAPH) || b.is(Block.Kind.QUOTE))) {
            return java.util.Optional.of(b);
        }
        // Only a fact sheet, a line a fact: a value running on over the next lines stays whole with its label.
        for (String part : parts) {
            if (!part.isBlank() && LabelledLines.read(part).isEmpty()) {
                return java.util.Optional.of(b);
            }
        }
        List<String> kept = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (int i = 0; i < parts.length; i++) {
            int number = b.lines().first() + i;
            if (!readLines.contains(number)) {
                kept.add(parts[i]);
                first = first < 0 ? number : first;
                last = number;
            }
        }
        if (kept.size() == parts.length) {
            return java.util.Optional.of(b);
        }
        if (kept.stream().allMatch(String::isBlank)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Block(b.kind(), b.level(), String.join("\n", kept).strip(), b.cells(),
                b.checked(), b.struck(), b.links(), new dev.hindsight.importer.blocks.Lines(first, last)));
    }
}
