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
        // The section the document's last block is in: a subsection merged into one above it is read with it.
        int at = -1;
        for (int i = 0; i < sections.size(); i++) {
            List<Block> blocks = sections.get(i).blocks();
            if (!blocks.isEmpty() && (at < 0 || last(sections.get(at)).lines().last() < last(sections.get(i)).lines()
                    .last())) {
                at = i;
            }
        }
        if (at < 0 || !isFactSheet(last(sections.get(at)))) {
            return sections;
        }
        ReadSection holder = sections.get(at);
        List<Block> blocks = holder.blocks();
        List<Block> kept = new ArrayList<>(blocks.subList(0, blocks.size() - 1));
        // Lines no label of the data names stay with the section, as written.
        kept.addAll(HeaderFields.read(List.of(last(holder)), draft, time, conventions, log, layout));
        List<ReadSection> out = new ArrayList<>(sections);
        out.set(at, new ReadSection(holder.kind(), holder.section(), kept, holder.why()));
        return out;
    }

    private static Block last(ReadSection section) {
        return section.blocks().get(section.blocks().size() - 1);
    }

    private static boolean isFactSheet(Block b) {
        if (!b.is(Block.Kind.PARAGRAPH)) {
            return false;
        }
        String[] lines = b.text().strip().split("\n");
        var facts = LabelledLines.read(List.of(b));
        // "Action 3: Run a game day / Owner: Sofia / Due: 2026-09-09": the last action item, not the document's.
        return lines.length >= FEWEST_FACTS && facts.size() == lines.length
                && facts.stream().noneMatch(f -> ITEM_LABELS.matcher(f.value().label()).matches());
    }

    /** Labels only an action item has: its number, or when it is due. */
    private static final java.util.regex.Pattern ITEM_LABELS = java.util.regex.Pattern.compile(
            "(?i)(?:action(?: item)?|task|follow[- ]?up)\\s*#?\\d{0,3}|due(?: date| by)?|deadline|target date|eta");
}
