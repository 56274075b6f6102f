package dev.hindsight.importer.sections;

import dev.hindsight.importer.blocks.Block;
import java.util.ArrayList;
import java.util.List;

/** A document's sections in order, each knowing its parent: the second stage of the reading pipeline. */
public record Outline(List<DocSection> sections) {

    public Outline {
        sections = List.copyOf(sections);
    }

    /**
     * Splits blocks at their headings. Front matter and anything before the first heading is the preamble: front
     * matter wherever it stands, as a YAML record's keys stand between the prose its other keys hold ("title:",
     * then "notes: |" read as a section, then "action_items:").
     */
    public static Outline of(List<Block> blocks) {
        List<DocSection> out = new ArrayList<>();
        List<Block> current = new ArrayList<>();
        Block heading = null;
        int level = 0;
        int parent = -1;
        for (Block block : blocks) {
            if (heading != null && block.is(Block.Kind.FRONT_MATTER)) {
                continue; // taken into the preamble below
            }
            if (block.is(Block.Kind.HEADING)) {
                if (out.isEmpty() && heading == null) {
                    // The preamble: what stands before the first heading, and the front matter after it.
                    blocks.stream().skip(current.size()).filter(b -> b.is(Block.Kind.FRONT_MATTER))
                            .forEach(current::add);
                }
                if (heading != null || !current.isEmpty()) {
                    out.add(new DocSection(out.size(), level, heading, current, parent));
                }
                heading = block;
                level = Math.max(1, block.level());
                parent = parentOf(out, level);
                current = new ArrayList<>();
            } else {
                current.add(block);
            }
        }
        if (heading != null || !current.isEmpty()) {
            out.add(new DocSection(out.size(), level, heading, current, parent));
        }
        return new Outline(out);
    }

    /** The nearest earlier section with a higher heading (a lower level number), or -1. */
    private static int parentOf(List<DocSection> earlier, int level) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            DocSection s = earlier.get(i);
            if (s.heading() != null && s.level() < level) {
                return i;
            }
        }
        return -1;
    }

    public DocSection get(int index) {
        return sections.get(index);
    }

    /** Whether {@code descendant} lies under {@code ancestor}, at any depth. */
    public boolean isUnder(int descendant, int ancestor) {
        for (int p = sections.get(descendant).parent(); p >= 0; p = sections.get(p).parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
