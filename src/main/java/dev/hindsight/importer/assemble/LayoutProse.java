package dev.hindsight.importer.assemble;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.importer.read.Placeholders;
import dev.hindsight.importer.read.ImportLog;
import dev.hindsight.importer.read.Sourced;
import dev.hindsight.importer.sections.Classifier;
import dev.hindsight.importer.sections.SectionKind;
import dev.hindsight.importer.words.ReadingWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The prose a seed layout has no field for (data: {@code proseWithoutField} in importer/sections.json): a
 * Google-Docs post-mortem has no summary, so a paragraph above its fact table is the team's note, not the
 * summary; its metrics sections hold figures, so a sentence there is a note too. In a document of such a layout,
 * that prose is kept as an extra section under its heading. Immutable.
 */
final class LayoutProse {

    private static final Map<String, Set<SectionKind>> WITHOUT_FIELD = SectionKind.byName(
            ReadingWords.load("sections.json").namesByName("proseWithoutField"));

    private LayoutProse() {
    }

    /** Whether the layout has no field for the prose of sections of this kind (SUMMARY: the text under the title). */
    static boolean withoutField(String layout, SectionKind kind) {
        return WITHOUT_FIELD.getOrDefault(layout == null ? "" : layout, Set.of()).contains(kind);
    }

    /** The paragraphs and quotes among the blocks that hold no timed entry ("Times come from the job logs."). */
    static List<Block> untimedProse(List<Block> blocks) {
        return blocks.stream().filter(b -> (b.is(Block.Kind.PARAGRAPH) || b.is(Block.Kind.QUOTE))
                && !Classifier.startsWithTime(b.text())).toList();
    }

    /**
     * The blocks that hold the team's words: a subheading among them is context ("Timing of the response" inside
     * "Incident Response Metrics"), a row that only labels a placeholder ("Time to solution | &lt;put time here&gt;")
     * is not filled in.
     */
    static List<Block> prose(List<Block> blocks, ImportLog log) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b.is(Block.Kind.HEADING)) {
                log.context(b.lines(), "subheading '" + b.text().strip() + "'");
            } else if ((b.is(Block.Kind.TABLE_ROW) || b.is(Block.Kind.TABLE_HEADER)) && b.cells().size() > 1
                    && b.cells().subList(1, b.cells().size()).stream().allMatch(Placeholders::isUnfilled)) {
                log.skip(b.lines(), "'" + b.cells().get(0).strip() + "' is not filled in");
            } else {
                out.add(b);
            }
        }
        return out;
    }

    /** The blocks none of whose lines the values were read from. */
    static List<Block> unread(List<Block> blocks, List<? extends Sourced<?>> read) {
        return blocks.stream().filter(b -> read.stream().noneMatch(r -> overlaps(r.lines(), b.lines()))).toList();
    }

    private static boolean overlaps(Lines a, Lines b) {
        return a.first() <= b.last() && b.first() <= a.last();
    }
}
