package dev.hindsight.importer.assemble;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.sections.SectionKind;
import dev.hindsight.importer.sections.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lessons section that groups its lists under labels naming other parts of the analysis: "**What went well**",
 * a list, "**What went wrong**", a list, "**Where we got lucky**", a list. The list under each such label is what
 * the label names, not lessons; the rest of the section (a closing paragraph) stays the lessons. A label is a
 * one-line paragraph of a few words, its colon optional, directly followed by a list, that the section vocabulary
 * names as what went well, what went wrong or where the team got lucky. Stateless; thread-safe.
 */
final class LessonGroups {

    private static final int MOST_WORDS = 5;
    private static final Set<SectionKind> GROUPS = Set.of(SectionKind.WENT_WELL, SectionKind.WENT_WRONG,
            SectionKind.LUCKY);

    /** The lists under labels, each with the kind its label names, and the blocks left as the lessons. */
    record Split(Map<Block, SectionKind> labels, Map<SectionKind, List<Block>> grouped, List<Block> lessons) {
    }

    private LessonGroups() {
    }

    /** The section split by its labels; every block in the lessons when it has none. */
    static Split of(List<Block> blocks, String layout) {
        Map<Block, SectionKind> labels = new LinkedHashMap<>();
        Map<SectionKind, List<Block>> grouped = new LinkedHashMap<>();
        List<Block> lessons = new ArrayList<>();
        SectionKind open = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            SectionKind named = i + 1 < blocks.size() && blocks.get(i + 1).is(Block.Kind.LIST_ITEM)
                    ? label(b, layout) : null;
            if (named != null) {
                labels.put(b, named);
                open = named;
            } else if (open != null && b.is(Block.Kind.LIST_ITEM)) {
                grouped.computeIfAbsent(open, k -> new ArrayList<>()).add(b);
            } else {
                // what follows a labelled list and is no list item is the section's own again
                open = null;
                lessons.add(b);
            }
        }
        return new Split(labels, grouped, lessons);
    }

    private static SectionKind label(Block b, String layout) {
        if (!b.is(Block.Kind.PARAGRAPH)) {
            return null;
        }
        String text = b.text().strip();
        if (text.indexOf('\n') >= 0) {
            return null;
        }
        String name = text.endsWith(":") ? text.substring(0, text.length() - 1).strip() : text;
        if (name.isEmpty() || name.split("\\s+").length > MOST_WORDS) {
            return null;
        }
        return Vocabulary.builtIn().kindOf(name, layout).filter(GROUPS::contains).orElse(null);
    }
}
