package dev.hindsight.importer.sections;

import dev.hindsight.importer.blocks.Block;
import java.util.List;

/**
 * A section as the extractors read it: what it was classified as, and its blocks together with those of the
 * subsections that belong to it (a timeline's "### 5:00 PM" headings, the "Immediate actions (completed)" under
 * "Action items"), their headings included.
 *
 * @param kind    what it is
 * @param section the section itself
 * @param blocks  its blocks and its merged subsections' blocks, in document order
 * @param why     how it was classified, for the report: "heading 'Remediation'", "its items start with times"
 */
public record ReadSection(SectionKind kind, DocSection section, List<Block> blocks, String why) {
    public ReadSection {
        blocks = List.copyOf(blocks);
    }
}
