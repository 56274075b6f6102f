package dev.hindsight.importer.assemble;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.read.ImportLog;
import dev.hindsight.importer.read.LabelledLines;
import dev.hindsight.importer.read.TimeContext;
import dev.hindsight.importer.sections.ReadSection;
import java.util.ArrayList;
import java.util.List;

/**
 * A document that ends with a fact sheet ("**Document Status:** Final / **Next Review:** 2026-08-22 /
 * **Owner:** Lea Fischer", one fact a line) states there what a header states elsewhere: it is read as header
 * facts ({@code importer/labels.json}), not as part of the last section it stands under. Stateless.
 */
final class ClosingFacts {

    /** A fact sheet has at least this many lines; one labelled line at the end is the last section's own. */
    private static final int FEWEST_FACTS = 2;

    private ClosingFacts() {
    }

    /** The sections, the last one without its closing fact sheet (whose facts are read), or as they were. */
    static List<ReadSection> read(List<ReadSection> sections, RecordDraft draft, TimeContext time,
                                  Conventions conventions, ImportLog log, String layout) {
        if (sections.isEmpty()) {
            return sections;
        }
        ReadSection last = sections.get(sections.size() - 1);
        List<Block> blocks = last.blocks();
        if (blocks.isEmpty() || !isFactSheet(blocks.get(blocks.size() - 1))) {
            return sections;
        }
        Block sheet = blocks.get(blocks.size() - 1);
        List<Block> kept = new ArrayList<>(blocks.subList(0, blocks.size() - 1));
        // Lines no label of the data names stay with the section, as written.
        kept.addAll(HeaderFields.read(List.of(sheet), draft, time, conventions, log, layout));
        List<ReadSection> out = new ArrayList<>(sections.subList(0, sections.size() - 1));
        out.add(new ReadSection(last.kind(), last.section(), kept, last.why()));
        return out;
    }

    private static boolean isFactSheet(Block b) {
        if (!b.is(Block.Kind.PARAGRAPH)) {
            return false;
        }
        String[] lines = b.text().strip().split("\n");
        return lines.length >= FEWEST_FACTS && LabelledLines.read(List.of(b)).size() == lines.length;
    }
}
