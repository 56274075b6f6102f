package dev.hindsight.importer.sections;

import dev.hindsight.importer.blocks.Block;
import java.util.ArrayList;
import java.util.List;

/**
 * Section titles written as lines of their own, as plain text writes them (a Google Docs text export has no
 * heading marks): in a document without a single heading, a short line standing alone that names a section the
 * vocabulary knows ("Impact summary", "What went well?") is read as that section's heading. A document with any
 * heading keeps its own outline. Stateless.
 */
public final class LineTitles {

    /** Longer lines, or lines of more words, are prose even when they open with a section's name. */
    private static final int LONGEST = 80;
    private static final int MOST_WORDS = 10;

    private LineTitles() {
    }

    /** The blocks with such lines as level-2 headings; the same blocks when the document has headings. */
    public static List<Block> promote(List<Block> blocks, Vocabulary vocabulary, String layout) {
        if (blocks.stream().anyMatch(b -> b.is(Block.Kind.HEADING))) {
            return blocks;
        }
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            out.add(isTitle(b, vocabulary, layout) ? Block.heading(2, b.text().strip(), b.lines()) : b);
        }
        return out;
    }

    private static boolean isTitle(Block b, Vocabulary vocabulary, String layout) {
        String text = b.text().strip();
        return b.is(Block.Kind.PARAGRAPH) && !text.isEmpty() && text.length() <= LONGEST && text.indexOf('\n') < 0
                && text.indexOf('\t') < 0 && !text.endsWith(".") && !text.endsWith(":")
                && text.split("\\s+").length <= MOST_WORDS && vocabulary.kindOf(text, layout).isPresent();
    }
}
